import { open } from 'node:fs/promises';
import { DAILY_CAP_2020, LIMITS_2022, type TransferPolicy } from 'kp-mobile-money';
import { oneOf, parseCommandArgs } from './args.js';
import { AuditStopped, auditLog, type AuditLogOptions, type AuditSummary } from './auditLog.js';
import { auditWithDuckdb } from './auditDuckdb.js';
import {
  AUDIT_FORMATS,
  JSON_INVALID_LISTED,
  createWriter,
  type AuditFormat,
} from './auditOutput.js';
import { createAuditAggregates } from './html/auditAggregates.js';
import { auditHtml } from './html/auditHtml.js';
import { htmlTarget, writeHtml } from './html/writeHtml.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { LOG_COLUMNS, type LogColumn } from './logReader.js';
import { createProgress } from './progress.js';
import { echo } from './text.js';

/** The most rows `--sort` holds in memory. */
export const SORT_LIMIT = 1_000_000;
/** The most records text prints at a terminal before the summary, without --all. */
export const TEXT_LIMIT = 20;

const HELP = `Usage: kpmm audit FILE|- [options]

Checks a CSV transfer log against the cap rules, streaming in flat memory; '-' reads standard
input. Every row is clean, violating or invalid, and the summary says rows = clean + violating +
invalid. Without --policy each row is judged by the policy in force at its date.

The log: a header, then one transfer a row. Columns at (an instant with an offset), sender,
amount (whole won) and recipient (may be empty, or left out) are found by name in any order and
case; other columns are allowed. A column named like a PIN or password is refused before any
row is read. The rows must be in order of at (a row out of order stops the audit, naming it).

Options:
  --policy DAILY_CAP_2020|LIMITS_2022   judge every row by this policy
  --format text|json|ndjson|csv        the output (--json is --format json); default text
  --summary                            only the summary, in the chosen format
  --all                                text at a terminal: every record (else the first ${String(TEXT_LIMIT)})
  --strict                             stop at the first invalid row
  --ids phone|opaque                   senders and recipients are North Korean numbers in any
                                       written form (default), or opaque ids such as pseudonyms,
                                       compared as exact strings
  --columns at=ts,sender=from,...      read a log column from a column of another name
  --keep col,...                       carry these columns into each violation
  --sort                               sort the rows by instant in memory first (at most
                                       ${SORT_LIMIT.toLocaleString('en-US')} rows)
  --html OUT                           also write a self-contained HTML page of charts to OUT
                                       (violations per Pyongyang day by rule, transfers per
                                       day, amounts against the 500-won cap, top senders,
                                       invalid rows by code), counted while streaming; none
                                       when the audit stops
  --engine stream|duckdb               stream (default): this process reads the rows in order;
                                       duckdb: embedded DuckDB runs the audit as SQL (kpmm sql
                                       prints it) over a CSV or .parquet FILE, in any order, for
                                       logs of many millions of rows; same outputs and codes
                                       (KPMM_DUCKDB_SHARE_ROWS: the most rows judged at once,
                                       20000000 by default; bigger logs run in shares of senders)

Outputs:
  text    one line per violation (line, Pyongyang day, UTC instant, sender -> recipient,
          amount, [policy]: codes) and per invalid row (line, code, column, message, value),
          then the summary: rows by outcome, violations by rule, code, policy and Pyongyang
          month, the ten senders with most violations, violations dated before their policy
          was first reported (before_policy_report), invalid rows by code.
  json    {"violations":[{"line","sender","recipient","amount","at","utc","day","policy",
          "codes","beforePolicyReport","columns"?},...],"invalid":[{"line","code","field",
          "message","value"},...],"invalidOmitted":N,"summary":{...},"rows":N}
          (the first ${JSON_INVALID_LISTED.toLocaleString('en-US')} invalid rows listed; the summary counts all). When the
          audit stops, "error":{"line","code","field","message"} comes before "summary".
  ndjson  one {"type":"violation",...} or {"type":"invalid",...} a line, then one
          {"type":"summary",...} line ({"type":"error",...} before it when the audit stops).
  csv     the violations with a header (codes joined by ';', kept columns last); invalid rows
          and the row counts on standard error.
When standard error is a terminal, a progress line there says rows done, rows a second and,
for a file, the share read.

Exit codes: 0 every row clean, 1 violations, 2 invalid rows or bad input. Invalid rows win over
violations: a log with rows that could not be judged was not wholly audited.
`;

export const POLICY_IDS = ['DAILY_CAP_2020', 'LIMITS_2022'] as const;
export const POLICY_BY_ID: Readonly<Record<(typeof POLICY_IDS)[number], TransferPolicy>> = {
  DAILY_CAP_2020,
  LIMITS_2022,
};

/**
 * Reads `--columns at=ts,sender=from`: each log column at most once, each name non-empty.
 *
 * @param text - the option's value
 * @param command - the command that reads it, for the messages
 * @returns the other name of each log column named
 * @example
 * ```ts
 * readColumns('at=ts, sender=from');
 * //=> { at: 'ts', sender: 'from' }
 * ```
 */
export function readColumns(text: string, command = 'audit'): Partial<Record<LogColumn, string>> {
  return readColumnPairs(text, command, LOG_COLUMNS);
}

/** Reads `--columns` pairs naming columns of `allowed` (see {@link readColumns}). */
export function readColumnPairs<const C extends string>(
  text: string,
  command: string,
  allowed: readonly C[],
): Partial<Record<C, string>> {
  const columns: Partial<Record<C, string>> = {};
  for (const pair of text.split(',')) {
    const [key = '', name = '', ...extra] = pair.split('=');
    const column = allowed.find((c) => c === key.trim().toLowerCase());
    if (column === undefined || extra.length > 0 || name.trim() === '') {
      throw new UsageError(
        `kpmm ${command}: --columns takes pairs like at=ts,sender=from, each of ${allowed.join(', ')} at most once`,
      );
    }
    if (columns[column] !== undefined) {
      throw new UsageError(`kpmm ${command}: --columns names ${column} twice`);
    }
    columns[column] = name.trim();
  }
  return columns;
}

/** Reads KPMM_DUCKDB_SHARE_ROWS: a whole number of rows from 1, or the engine's default. */
function readShareRows(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9][0-9]{0,14}$/.test(text)) {
    throw new UsageError(
      'kpmm audit: KPMM_DUCKDB_SHARE_ROWS must be a whole number of rows from 1, such as 20000000',
    );
  }
  return Number(text);
}

/** Reads `--keep a,b`: column names, none empty. */
function readKeep(text: string): string[] {
  const names = text.split(',').map((n) => n.trim());
  if (names.some((n) => n === '')) {
    throw new UsageError('kpmm audit: --keep takes column names separated by commas');
  }
  return names;
}

async function openFile(file: string) {
  try {
    const handle = await open(file, 'r');
    const { size } = await handle.stat();
    return { stream: handle.createReadStream({ highWaterMark: 1 << 16 }), size };
  } catch {
    throw new UsageError(`kpmm audit: cannot read '${echo(file, 200)}'`, 'unreadable_input');
  }
}

/** The exit code of a finished audit: invalid rows win over violations. */
export function exitOf(summary: AuditSummary): number {
  if (summary.invalid > 0) return EXIT.badInput;
  return summary.violating > 0 ? EXIT.violated : EXIT.ok;
}

export async function runAudit(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'audit',
    argv,
    {
      policy: { type: 'string' },
      format: { type: 'string' },
      summary: { type: 'boolean' },
      all: { type: 'boolean' },
      strict: { type: 'boolean' },
      ids: { type: 'string' },
      columns: { type: 'string' },
      keep: { type: 'string' },
      sort: { type: 'boolean' },
      html: { type: 'string' },
      engine: { type: 'string' },
    },
    { positionals: 1 },
  );
  if (values.help === true) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const [file] = positionals;
  if (file === undefined)
    throw new UsageError('kpmm audit: FILE is required (or - for standard input)');
  const policy =
    values.policy === undefined
      ? undefined
      : POLICY_BY_ID[oneOf('audit', 'policy', values.policy, POLICY_IDS)];
  const named =
    values.format === undefined
      ? undefined
      : oneOf('audit', 'format', values.format, AUDIT_FORMATS);
  if (values.json === true && named !== undefined && named !== 'json') {
    throw new UsageError('kpmm audit: --json and --format disagree; give one of them');
  }
  const format: AuditFormat = named ?? (values.json === true ? 'json' : 'text');
  const ids =
    values.ids === undefined ? 'phone' : oneOf('audit', 'ids', values.ids, ['phone', 'opaque']);
  const engine =
    values.engine === undefined
      ? 'stream'
      : oneOf('audit', 'engine', values.engine, ['stream', 'duckdb']);
  if (engine === 'duckdb' && (file === '-' || values.sort === true || values.html !== undefined)) {
    throw new UsageError(
      file === '-'
        ? 'kpmm audit: --engine duckdb reads a file (CSV, or Parquet by its .parquet name), not standard input'
        : values.sort === true
          ? 'kpmm audit: --engine duckdb needs no --sort: the query orders the rows itself'
          : 'kpmm audit: --html draws from the streaming audit only; leave out --engine duckdb',
    );
  }
  const shareRows =
    engine === 'duckdb' ? readShareRows(io.env['KPMM_DUCKDB_SHARE_ROWS']) : undefined;
  const columns = values.columns === undefined ? undefined : readColumns(values.columns);
  const keep = values.keep === undefined ? undefined : readKeep(values.keep);
  const html =
    values.html === undefined ? undefined : htmlTarget('audit', values.html, { stdout: false });
  const charts = html === undefined ? undefined : createAuditAggregates();
  const { stream: input, size } =
    file === '-'
      ? { stream: io.stdin, size: undefined }
      : engine === 'duckdb'
        ? { stream: undefined, size: undefined }
        : await openFile(file);
  const progress = createProgress(io.stderr, size === undefined ? {} : { totalBytes: size });
  const writer = createWriter(format, {
    stdout: io.stdout,
    stderr: io.stderr,
    summaryOnly: values.summary === true,
    limit: values.all === true || io.stdout.isTTY !== true ? Number.POSITIVE_INFINITY : TEXT_LIMIT,
  });
  let summary: AuditSummary;
  try {
    const options: AuditLogOptions = {
      source: `kpmm audit: ${file === '-' ? 'stdin' : echo(file, 200)}`,
      policy,
      ids,
      strict: values.strict === true,
      ...(columns === undefined ? {} : { columns }),
      ...(keep === undefined ? {} : { keep }),
      sortLimit: values.sort === true ? SORT_LIMIT : undefined,
      onHeader: writer.header,
      onViolation:
        charts === undefined
          ? writer.violation
          : (violation) => {
              charts.violation(violation);
              writer.violation(violation);
            },
      ...(charts === undefined
        ? { violationText: writer.violationText }
        : { onClean: charts.clean }),
      onInvalid: writer.invalid,
      onBatch: async (rows, bytes) => {
        // Where stdout is the same terminal, the progress line is erased before the output.
        if (io.stdout.isTTY === true) progress.clear();
        await writer.flush();
        progress.update(rows, bytes);
      },
    };
    summary =
      input === undefined
        ? await auditWithDuckdb(file, options, shareRows)
        : await auditLog(input, options);
  } catch (error) {
    progress.finish();
    if (error instanceof AuditStopped) await writer.stopped(error);
    throw error;
  }
  progress.finish();
  await writer.end(summary);
  if (html !== undefined && charts !== undefined) {
    const page = await auditHtml({
      log: file === '-' ? 'standard input' : echo(file, 200),
      policy: values.policy,
      summary,
      data: charts.data(),
    });
    await writeHtml('audit', html, page, io);
  }
  return exitOf(summary);
}
