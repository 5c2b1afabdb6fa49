import { CsvError, parse } from 'csv-parse';
import { RowError } from './rowError.js';

/** One row of a transfer log, as read from CSV; `line` counts the header as line 1. */
export interface LogRow {
  readonly line: number;
  readonly at: string;
  readonly sender: string;
  readonly recipient?: string;
  readonly amount: number;
}

/** A record as csv-parse gives it with `info: true`: the fields and the line it ends on. */
export interface LineRecord {
  readonly fields: readonly string[];
  readonly line: number;
}

const HEADER = ['at', 'sender', 'recipient', 'amount'] as const;

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((field) => typeof field === 'string');
}

/**
 * Checks what csv-parse produced with `info: true` (its types do not say so) and reads the
 * fields and the line, so that no cast is needed.
 *
 * @param value - one item the parser produced
 * @returns the fields and line, or undefined when the item has another shape
 */
export function readLineRecord(value: unknown): LineRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const fields: unknown = Reflect.get(value, 'record');
  const info: unknown = Reflect.get(value, 'info');
  if (!isStringArray(fields) || typeof info !== 'object' || info === null) return undefined;
  const line: unknown = Reflect.get(info, 'lines');
  return typeof line === 'number' && Number.isSafeInteger(line) ? { fields, line } : undefined;
}

/** The line a csv-parse error is about, when it says. */
export function csvErrorLine(error: unknown): number | null {
  if (!(error instanceof CsvError)) return null;
  const line = error['lines'];
  return typeof line === 'number' && Number.isSafeInteger(line) ? line : null;
}

/** The first line of a csv-parse error message, without its own "on line N" (the line is said once). */
export function csvErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? text).replace(/,? (?:on|at) line \d+$/, '');
}

/** Whether a field is a whole, safe number of won written in ASCII digits. */
export function isWholeWon(text: string): boolean {
  return /^(?:0|[1-9][0-9]*)$/.test(text) && Number.isSafeInteger(Number(text));
}

async function* lineRecords(records: AsyncIterable<unknown>): AsyncGenerator<LineRecord> {
  for await (const value of records) {
    const record = readLineRecord(value);
    if (record === undefined) throw new Error('csv-parse gave a record without its line');
    yield record;
  }
}

/**
 * Streams a CSV transfer log with the header `at,sender,recipient,amount`. Memory is flat: one
 * record is in hand at a time. A bad record stops the stream with a RowError naming its line
 * and column; an input that cannot be read stops it with a RowError without a line.
 *
 * @param input - the CSV bytes
 * @param options.source - how errors name the input, e.g. `kpmm audit: stdin`
 */
export async function* readTransferLog(
  input: NodeJS.ReadableStream,
  { source }: { readonly source: string },
): AsyncGenerator<LogRow> {
  const parser = parse({
    bom: true,
    trim: false,
    skip_empty_lines: true,
    relax_column_count: false,
    info: true,
  });
  // pipe() does not pass a read error on (a directory, a vanished file): without this the
  // error would be unhandled and crash the command.
  input.on('error', (error: unknown) => parser.destroy(error instanceof Error ? error : undefined));
  input.pipe(parser);
  let header = true;
  try {
    for await (const { fields, line } of lineRecords(parser)) {
      if (header) {
        header = false;
        if (fields.length !== HEADER.length || fields.some((f, i) => f.trim() !== HEADER[i])) {
          throw new RowError(source, {
            line,
            code: 'invalid_input',
            field: null,
            message: `the header must be ${HEADER.join(',')}`,
          });
        }
        continue;
      }
      const [at = '', sender = '', recipient = '', amountText = ''] = fields;
      if (!isWholeWon(amountText)) {
        throw new RowError(source, {
          line,
          code: 'invalid_amount',
          field: 'amount',
          message: `amount must be a whole number of won, not '${amountText.slice(0, 40)}'`,
        });
      }
      if (sender === '') {
        throw new RowError(source, {
          line,
          code: 'invalid_phone_number',
          field: 'sender',
          message: 'sender is empty',
        });
      }
      yield {
        line,
        at,
        sender,
        ...(recipient === '' ? {} : { recipient }),
        amount: Number(amountText),
      };
    }
  } catch (error) {
    if (error instanceof RowError) throw error;
    const line = csvErrorLine(error);
    throw new RowError(source, {
      line,
      code: 'invalid_input',
      field: null,
      message:
        line === null && !(error instanceof CsvError)
          ? `cannot read the input (${csvErrorMessage(error)})`
          : csvErrorMessage(error),
    });
  }
  if (header) {
    throw new RowError(source, {
      line: 1,
      code: 'invalid_input',
      field: null,
      message: `the file is empty; the header must be ${HEADER.join(',')}`,
    });
  }
}
