import { StringDecoder } from 'node:string_decoder';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { binaryKind, csvErrorMessage, isWholeWon } from './csv.js';
import { RowError, type RowProblem } from './rowError.js';
import { echo } from './text.js';

/** The columns a transfer log is read from; `recipient` may be missing. */
export const LOG_COLUMNS = ['at', 'sender', 'recipient', 'amount'] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

/** One row of a transfer log; `line` counts the header as line 1, `fields` are the row as read. */
export interface LogRow {
  readonly line: number;
  readonly at: string;
  readonly sender: string;
  readonly recipient?: string;
  readonly amount: number;
  readonly fields: readonly string[];
}

/** A row that could not be read as a transfer: its line, what is wrong, and the value, escaped and cut short. */
export interface InvalidLogRow {
  readonly invalid: true;
  readonly problem: RowProblem & { readonly line: number };
  readonly value: string | null;
}

/** The header as read: every column's name, where each log column is, and the columns to keep. */
export interface LogHeader {
  readonly names: readonly string[];
  readonly at: number;
  readonly sender: number;
  readonly recipient: number | null;
  readonly amount: number;
  readonly keep: readonly { readonly name: string; readonly index: number }[];
}

export interface ReadLogOptions {
  /** How errors name the input, e.g. `kpmm audit: stdin`. */
  readonly source: string;
  /** Other names for the log's columns: `{ at: 'ts' }` reads `at` from the column `ts`. */
  readonly columns?: Readonly<Partial<Record<LogColumn, string>>>;
  /** Columns to carry into the outputs. */
  readonly keep?: readonly string[];
  /** Called once with the header, before any row is read. */
  readonly onHeader?: (header: LogHeader) => void;
  /** Called with the bytes read so far, after each chunk. */
  readonly onBytes?: (bytes: number) => void;
}

/** A record longer than this is refused, so an unclosed quote cannot hold the rest of the file in memory. */
export const MAX_RECORD_CHARS = 1 << 20;

// Words that say a column holds a secret: such a column is refused before any row is read.
const SECRET_WORDS = new Set([
  'pin',
  'pins',
  'pincode',
  'password',
  'passwords',
  'passwd',
  'pwd',
  'passcode',
  'passphrase',
  '비밀번호',
  '암호',
]);

/**
 * Whether a column's name says it holds a PIN or a password: one of its words (split at
 * anything but letters and digits, and between camelCase words) is such a word, or it ends in
 * `pin` or holds `password`, `passwd` or `passcode`.
 */
export function isSecretColumn(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  const compact = words.join('');
  return /pin$|password|passwd|passcode/.test(compact);
}

function headerError(source: string, message: string): RowError {
  return new RowError(source, { line: 1, code: 'invalid_header', field: null, message });
}

/**
 * Reads the header: names matched case-insensitively, in any order, through `columns`; extra
 * columns allowed; a secret column, a missing or repeated column refused.
 */
export function readHeader(
  source: string,
  fields: readonly string[],
  { columns = {}, keep = [] }: Pick<ReadLogOptions, 'columns' | 'keep'>,
): LogHeader {
  const names = fields.map((f) => f.trim());
  const secret = names.find(isSecretColumn);
  if (secret !== undefined) {
    throw new RowError(source, {
      line: 1,
      code: 'secret_column',
      field: echo(secret),
      message: `the column '${echo(secret)}' looks like it holds a PIN or password; the log was not read (remove that column first)`,
    });
  }
  const lower = names.map((n) => n.toLowerCase());
  const find = (name: string, what: string): number | null => {
    const wanted = name.toLowerCase();
    const first = lower.indexOf(wanted);
    if (first >= 0 && lower.indexOf(wanted, first + 1) >= 0) {
      throw headerError(source, `the column '${echo(name)}' (${what}) appears twice`);
    }
    return first < 0 ? null : first;
  };
  const at = (column: LogColumn): number | null => find(columns[column] ?? column, column);
  const index = {
    at: at('at'),
    sender: at('sender'),
    recipient: at('recipient'),
    amount: at('amount'),
  };
  const missing = (['at', 'sender', 'amount'] as const).filter((c) => index[c] === null);
  if (missing.length > 0 || (columns.recipient !== undefined && index.recipient === null)) {
    const absent = [
      ...missing,
      ...(index.recipient === null && columns.recipient !== undefined
        ? ['recipient' as const]
        : []),
    ];
    throw headerError(
      source,
      `the header has no column for ${absent.map((c) => `${c}${columns[c] === undefined ? '' : ` ('${echo(columns[c] ?? '')}')`}`).join(', ')}; it needs at, sender and amount (recipient may be left out), in any order and case, or --columns to name them`,
    );
  }
  const kept = keep.map((name) => {
    const i = find(name, 'kept');
    if (i === null)
      throw headerError(source, `--keep names a column the header does not have: '${echo(name)}'`);
    return { name: names[i] ?? name, index: i };
  });
  return {
    names,
    at: index.at ?? 0,
    sender: index.sender ?? 0,
    recipient: index.recipient,
    amount: index.amount ?? 0,
    keep: kept,
  };
}

export function invalid(
  line: number,
  code: RowProblem['code'],
  field: string | null,
  message: string,
  value: string | null,
): InvalidLogRow {
  return { invalid: true, problem: { line, code, field, message }, value };
}

/** Turns one record's fields into a row, or says what is wrong with it. */
export function toRow(header: LogHeader, fields: string[], line: number): LogRow | InvalidLogRow {
  const width = header.names.length;
  if (fields.length !== width) {
    return invalid(
      line,
      'invalid_input',
      null,
      `the row has ${String(fields.length)} field${fields.length === 1 ? '' : 's'}; the header has ${String(width)}`,
      null,
    );
  }
  const amountText = fields[header.amount] ?? '';
  if (!isWholeWon(amountText)) {
    return invalid(
      line,
      'invalid_amount',
      'amount',
      'amount must be a whole number of won written in ASCII digits',
      echo(amountText),
    );
  }
  const sender = fields[header.sender] ?? '';
  if (sender === '') return invalid(line, 'invalid_phone_number', 'sender', 'sender is empty', '');
  const recipient = header.recipient === null ? '' : (fields[header.recipient] ?? '');
  const at = fields[header.at] ?? '';
  const amount = Number(amountText);
  return recipient === ''
    ? { line, at, sender, amount, fields }
    : { line, at, sender, recipient, amount, fields };
}

/** A quoted record, read by csv-parse: its fields, or what csv-parse said is wrong. */
export function parseQuoted(
  text: string,
): { fields: string[] } | { error: string; unclosed: boolean } {
  try {
    const records: unknown = parse(text, { relax_column_count: true });
    if (Array.isArray(records) && records.length === 1) {
      const fields: unknown = records[0];
      if (Array.isArray(fields) && fields.every((f) => typeof f === 'string')) return { fields };
    }
    return { error: 'the record could not be read as one CSV row', unclosed: false };
  } catch (error) {
    const unclosed = error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED';
    return { error: csvErrorMessage(error), unclosed };
  }
}

/** The number of `"` in a text. */
function quotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n += 1;
  return n;
}

/**
 * Streams a CSV transfer log in batches of rows, in flat memory. Lines without a quote are split
 * on commas; a line with a quote, and the lines its quoted field spans, are read by csv-parse,
 * so RFC 4180 input (quoted fields with commas, quotes and line breaks, CRLF, a BOM, a last line
 * without a newline) reads as csv-parse reads it. A row that cannot be read is yielded as an
 * InvalidLogRow and the reading goes on; a bad header, or an input that is not text or cannot be
 * read, stops it with a RowError.
 *
 * @param input - the CSV bytes
 * @param options - how to name the input, other column names, columns to keep, callbacks
 */
export async function* readTransferLog(
  input: AsyncIterable<Buffer | string>,
  options: ReadLogOptions,
): AsyncGenerator<(LogRow | InvalidLogRow)[]> {
  const { source } = options;
  const decoder = new StringDecoder('utf8');
  // In an object, since the callbacks below set it.
  const state: { header: LogHeader | null } = { header: null };
  let rest = '';
  let line = 0;
  let bytes = 0;
  let first = true;
  // A quoted record spanning lines: where it started and its text so far.
  let pending: { line: number; text: string; quotes: number; lines: string[] } | null = null;
  let batch: (LogRow | InvalidLogRow)[] = [];

  const record = (fields: string[], at: number): void => {
    if (state.header === null) {
      state.header = readHeader(source, fields, options);
      options.onHeader?.(state.header);
      return;
    }
    batch.push(toRow(state.header, fields, at));
  };

  const refuse = (at: number, message: string): void => {
    if (state.header === null) throw headerError(source, message);
    batch.push(invalid(at, 'invalid_input', null, message, null));
  };

  // One physical line (without its line break), numbered from 1.
  const take = (text: string, at: number): void => {
    if (pending !== null) {
      pending.text += `\n${text}`;
      pending.lines.push(text);
      pending.quotes += quotes(text);
      if (pending.quotes % 2 === 1) {
        if (pending.text.length <= MAX_RECORD_CHARS) return;
        // Give up on the record: its first line is refused, the lines after it read again.
        const { line: start, lines } = pending;
        pending = null;
        refuse(start, `a quoted field is not closed within ${String(MAX_RECORD_CHARS)} characters`);
        lines.forEach((again, i) => {
          take(again, start + 1 + i);
        });
        return;
      }
      const { line: start, text: whole } = pending;
      pending = null;
      const read = parseQuoted(whole);
      if ('fields' in read) record(read.fields, start);
      else refuse(start, read.error);
      return;
    }
    if (text === '') return;
    if (!text.includes('"')) {
      record(text.split(','), at);
      return;
    }
    const read = parseQuoted(text);
    if ('fields' in read) {
      record(read.fields, at);
    } else if (read.unclosed && quotes(text) % 2 === 1) {
      pending = { line: at, text, quotes: quotes(text), lines: [] };
    } else {
      refuse(at, read.error);
    }
  };

  const lines = (text: string, final: boolean): void => {
    let from = 0;
    for (let end = text.indexOf('\n', from); end >= 0; end = text.indexOf('\n', from)) {
      line += 1;
      const raw =
        text.charCodeAt(end - 1) === 13 && end > from
          ? text.slice(from, end - 1)
          : text.slice(from, end);
      from = end + 1;
      take(raw, line);
    }
    rest = text.slice(from);
    if (final) {
      if (rest !== '') {
        line += 1;
        take(rest.endsWith('\r') ? rest.slice(0, -1) : rest, line);
      }
      rest = '';
      const open = pending;
      if (open !== null) {
        pending = null;
        refuse(open.line, 'a quoted field is not closed before the end of the file');
        open.lines.forEach((again, i) => {
          take(again, open.line + 1 + i);
        });
      }
    } else if (rest.length > MAX_RECORD_CHARS) {
      throw new RowError(source, {
        line: line + 1,
        code: 'invalid_input',
        field: null,
        message: `the line is longer than ${String(MAX_RECORD_CHARS)} characters; a transfer log has short lines`,
      });
    }
  };

  const notText = (kind: string): RowError =>
    new RowError(source, {
      line: null,
      code: 'invalid_input',
      field: null,
      message: `the input is not text: it looks like ${kind}; a transfer log is CSV text`,
    });

  try {
    for await (const chunk of input) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (first) {
        const kind = binaryKind(buffer);
        if (kind !== null) throw notText(kind);
      } else if (buffer.includes(0)) {
        throw notText('binary data (it has NUL bytes)');
      }
      bytes += buffer.length;
      let text = decoder.write(buffer);
      if (first) {
        if (text.startsWith('\ufeff')) text = text.slice(1);
        first = false;
      }
      lines(rest + text, false);
      options.onBytes?.(bytes);
      if (batch.length > 0) {
        yield batch;
        batch = [];
      }
    }
    lines(rest + decoder.end(), true);
  } catch (error) {
    if (error instanceof RowError) throw error;
    throw new RowError(source, {
      line: null,
      code: 'invalid_input',
      field: null,
      message: `cannot read the input (${csvErrorMessage(error)})`,
    });
  }
  if (state.header === null) {
    throw new RowError(source, {
      line: 1,
      code: 'invalid_header',
      field: null,
      message: 'the file is empty; the header needs at, sender and amount (and recipient)',
    });
  }
  if (batch.length > 0) yield batch;
}
