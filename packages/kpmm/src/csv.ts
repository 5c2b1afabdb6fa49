import { CsvError } from 'csv-parse';
import { escapeControls } from './text.js';

/** A record as csv-parse gives it with `info: true`: the fields and the line it ends on. */
export interface LineRecord {
  readonly fields: readonly string[];
  readonly line: number;
}

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
  return escapeControls((text.split('\n')[0] ?? text).replace(/,? (?:on|at) line \d+$/, ''));
}

/** Whether a field is a whole, safe number of won written in ASCII digits. */
export function isWholeWon(text: string): boolean {
  // Read by character codes: it runs on every row of a log.
  const n = text.length;
  if (n === 0 || n > 16 || (n > 1 && text.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return n < 16 || Number.isSafeInteger(Number(text));
}

/**
 * csv-parse options shared by every CSV the command reads, and the malformed records (an
 * unclosed quote, say) that it skipped: they do not end the parse, and the reader takes each
 * in its place among the records, by line, so that the rows before it are never lost. Short
 * and long rows are checked by the reader itself.
 */
export function csvOptions() {
  const skipped: CsvError[] = [];
  const options = {
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    // info: true gives each record's own line, which counts the blank lines skip_empty_lines drops.
    info: true,
    on_skip: (error: CsvError | undefined): undefined => {
      if (error !== undefined) skipped.push(error);
    },
  } as const;
  return {
    options,
    /** The first skipped record before `line` (every one, without a line), once. */
    skippedBefore: (line: number): CsvError | undefined => {
      const [first] = skipped;
      if (first === undefined) return undefined;
      const at = csvErrorLine(first);
      if (at !== null && at >= line) return undefined;
      skipped.shift();
      return first;
    },
  };
}

/** What a binary file's first bytes say it is, or null for what may be text. */
export function binaryKind(head: Uint8Array): string | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x1f, 0x8b)) return 'gzip-compressed data';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a zip archive';
  if (starts(0x7f, 0x45, 0x4c, 0x46)) return 'an executable (ELF)';
  if (starts(0x28, 0xb5, 0x2f, 0xfd)) return 'zstd-compressed data';
  if (starts(0x42, 0x5a, 0x68)) return 'bzip2-compressed data';
  if (starts(0x50, 0x41, 0x52, 0x31)) return 'a Parquet file';
  if (head.includes(0)) return 'binary data (it has NUL bytes)';
  return null;
}

/**
 * One CSV record with its line break: a field with a comma, a quote or a line break is quoted,
 * its quotes doubled (RFC 4180).
 *
 * @example
 * ```ts
 * csvRecord(['a', 'b,c', 'say "hi"']);
 * //=> 'a,"b,c","say ""hi"""\n'
 * ```
 */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',')}\n`;
}
