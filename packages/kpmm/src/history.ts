import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { isKpmmError, type HistoryEntry } from 'kp-mobile-money';
import {
  csvErrorLine,
  csvErrorMessage,
  csvOptions,
  isWholeWon,
  readLineRecord,
  type LineRecord,
} from './csv.js';
import { UsageError } from './io.js';
import { RowError, rowProblemOf } from './rowError.js';
import { echo } from './text.js';

/** The sender's earlier transfers from a CSV file, with the CSV line of each (header is line 1). */
export interface History {
  readonly entries: readonly HistoryEntry[];
  readonly lines: readonly number[];
}

const HISTORY_HEADER = 'at,recipient,amount';

/** The records of a history CSV, each with its line; `where` names the file in errors. */
function parseHistoryCsv(where: string, text: string): LineRecord[] {
  const { options, skippedBefore } = csvOptions();
  let parsed: unknown[];
  try {
    parsed = parse(text, options);
  } catch (error) {
    throw new RowError(where, {
      line: csvErrorLine(error),
      code: 'invalid_input',
      field: null,
      message: csvErrorMessage(error),
    });
  }
  const records = parsed.map((value) => {
    const record = readLineRecord(value);
    if (record === undefined) throw new Error('csv-parse gave a record without its line');
    return record;
  });
  const first = skippedBefore(Number.MAX_SAFE_INTEGER);
  if (first !== undefined) {
    throw new RowError(where, {
      line: csvErrorLine(first),
      code: 'invalid_input',
      field: null,
      message: csvErrorMessage(first),
    });
  }
  return records;
}

/** Reads `--history`: a bad row is a RowError naming its CSV line and column. */
export async function readHistory(command: string, file: string): Promise<History> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(
      `kpmm ${command}: cannot read the history file '${echo(file, 200)}'`,
      'unreadable_input',
    );
  }
  const where = `kpmm ${command}: ${echo(file, 200)}`;
  const [header, ...rows] = parseHistoryCsv(where, text);
  if (header?.fields.join(',') !== HISTORY_HEADER) {
    throw new RowError(where, {
      line: header?.line ?? 1,
      code: 'invalid_input',
      field: null,
      message: `the header must be ${HISTORY_HEADER}`,
    });
  }
  const entries = rows.map(({ fields, line }) => {
    if (fields.length !== 3) {
      throw new RowError(where, {
        line,
        code: 'invalid_input',
        field: null,
        message: `the row has ${String(fields.length)} field${fields.length === 1 ? '' : 's'}; the header has 3`,
      });
    }
    const [at = '', recipient = '', amount = ''] = fields;
    if (!isWholeWon(amount)) {
      throw new RowError(where, {
        line,
        code: 'invalid_amount',
        field: 'amount',
        message: `amount must be a whole number of won in ASCII digits, not '${echo(amount)}'`,
      });
    }
    return { at, amount: Number(amount), ...(recipient === '' ? {} : { recipient }) };
  });
  return { entries, lines: rows.map((row) => row.line) };
}

/**
 * Runs `use`; a library error about history row N is reported on that row's CSV line, naming
 * the column, instead of the library's 0-based path.
 */
export function withHistoryLines<T>(
  command: string,
  historyFile: string | undefined,
  history: History,
  use: () => T,
): T {
  try {
    return use();
  } catch (error) {
    if (historyFile === undefined || !isKpmmError(error)) throw error;
    const row = rowProblemOf(error, 'history', (index) => history.lines[index] ?? null);
    if (row === undefined) throw error;
    const { line, code, field, message } = row;
    throw new RowError(`kpmm ${command}: ${echo(historyFile, 200)}`, {
      line,
      code,
      field,
      message,
    });
  }
}
