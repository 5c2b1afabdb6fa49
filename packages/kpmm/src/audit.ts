import { open } from 'node:fs/promises';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  auditTransfers,
  isKpmmError,
  type AuditRow,
  type KpmmError,
  type TransferPolicy,
} from 'kp-mobile-money';
import { oneOf, parseCommandArgs } from './args.js';
import { readTransferLog, type LogRow } from './csv.js';
import { EXIT, UsageError, write, type CliIo } from './io.js';
import { createProgress } from './progress.js';
import { RowError, rowProblemOf, type RowProblem } from './rowError.js';
import { echo } from './text.js';

const HELP = `Usage: kpmm audit FILE|- [--policy DAILY_CAP_2020|LIMITS_2022] [--json]

Checks a transfer log against the cap rules, streaming, so any size runs in flat memory.
The log is CSV with the header at,sender,recipient,amount (recipient may be empty); '-' reads
standard input. Without --policy each row is judged by the policy in force at its date.
When standard error is a terminal, a progress line there counts the rows audited.

--json prints one JSON document, written as it goes (rows last):
  {"violations":[{"line":N,"sender":"...","at":"...","codes":["..."]},...],"rows":N}
A bad row stops the audit, and the document is still closed, so standard output is always
valid JSON; "error" comes before "rows", which counts the rows read before the bad one:
  {"violations":[...],"error":{"line":N,"code":"...","field":"...","message":"..."},"rows":N}
"field" is the CSV column (null when the whole row or the header is wrong) and "line" is
null when the input could not be read at all.

Exit codes: 0 no violation, 1 violations found, 2 bad input, with one line on standard error
naming the line (the header is line 1), the code and the column.
`;

const POLICY_IDS = ['DAILY_CAP_2020', 'LIMITS_2022'] as const;
const POLICY_BY_ID: Readonly<Record<(typeof POLICY_IDS)[number], TransferPolicy>> = {
  DAILY_CAP_2020,
  LIMITS_2022,
};
/** How many recent rows keep their line, to name the line of a row the library refuses. */
const RECENT_LINES = 64;

/** The outcome of an audit: rows read and how often each finding code occurred. */
export interface AuditSummary {
  readonly rows: number;
  readonly violatingRows: number;
  readonly byCode: Readonly<Record<string, number>>;
}

/** A bad row that stopped an audit, with the number of rows read before it. */
export class AuditStopped extends RowError {
  /**
   * @param prefix - who is speaking and about which file, e.g. `kpmm audit: stdin`
   * @param problem - the line, code, field and message
   * @param rowsBefore - the rows read before the bad one
   */
  constructor(
    prefix: string,
    problem: RowProblem,
    readonly rowsBefore: number,
  ) {
    super(prefix, problem);
  }
}

/**
 * The CSV lines of the last few rows read, in flat memory: the library names a bad row by its
 * 0-based index, and it refuses a row as soon as it reads it.
 */
function recentLines() {
  const lines: number[] = [];
  let count = 0;
  return {
    add(line: number) {
      lines[count % RECENT_LINES] = line;
      count += 1;
    },
    lineOf(index: number): number | null {
      if (index < 0 || index >= count || index < count - RECENT_LINES) return null;
      return lines[index % RECENT_LINES] ?? null;
    },
  };
}

function libraryProblem(
  error: KpmmError,
  lineOf: (index: number) => number | null,
  rows: number,
): { problem: RowProblem; rowsBefore: number } {
  const row = rowProblemOf(error, 'transfers', lineOf);
  if (row === undefined) {
    const [issue] = error.issues;
    const field = issue.path.length === 0 ? null : issue.path.map(String).join('.');
    return {
      problem: { line: null, code: issue.code, field, message: issue.message },
      rowsBefore: rows,
    };
  }
  const { index, ...problem } = row;
  return { problem, rowsBefore: index };
}

/**
 * Streams a log through the audit, calling `onFinding` for each row that broke its policy and
 * `onRow` with the count after each row read. A bad row ends it with an AuditStopped naming the
 * row's CSV line and column.
 *
 * @param input - the CSV log
 * @param source - how errors name the input, e.g. `kpmm audit: stdin`
 * @param policy - one policy for every row, or undefined for the one in force at each row's date
 * @param onFinding - called with each finding, awaited so output keeps pace
 * @param onRow - called with the number of rows read so far
 */
export async function auditLog(
  input: NodeJS.ReadableStream,
  source: string,
  policy: TransferPolicy | undefined,
  onFinding: (row: AuditRow<LogRow>) => Promise<void>,
  onRow?: (rows: number) => void,
): Promise<AuditSummary> {
  let rows = 0;
  const recent = recentLines();
  async function* counted(): AsyncGenerator<LogRow> {
    for await (const row of readTransferLog(input, { source })) {
      rows += 1;
      recent.add(row.line);
      onRow?.(rows);
      yield row;
    }
  }
  let violatingRows = 0;
  const byCode: Record<string, number> = {};
  try {
    for await (const finding of auditTransfers(counted(), policy === undefined ? {} : { policy })) {
      violatingRows += 1;
      for (const v of finding.violations) byCode[v.code] = (byCode[v.code] ?? 0) + 1;
      await onFinding(finding);
    }
  } catch (error) {
    if (error instanceof RowError) throw new AuditStopped(source, error.problem, rows);
    if (isKpmmError(error)) {
      const { problem, rowsBefore } = libraryProblem(error, (i) => recent.lineOf(i), rows);
      throw new AuditStopped(source, problem, rowsBefore);
    }
    throw error;
  }
  return { rows, violatingRows, byCode };
}

async function openFile(file: string) {
  try {
    return await open(file, 'r');
  } catch {
    throw new UsageError(`kpmm audit: cannot read '${echo(file, 200)}'`, 'unreadable_input');
  }
}

/** The end of the --json document after a bad row: the error, then the rows read before it. */
function jsonTail(stopped: AuditStopped, first: boolean): string {
  const { line, code, field, message } = stopped.problem;
  return `${first ? '' : '\n'}],"error":${JSON.stringify({ line, code, field, message })},"rows":${String(stopped.rowsBefore)}}\n`;
}

export async function runAudit(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'audit',
    argv,
    { policy: { type: 'string' } },
    { positionals: 1 },
  );
  if (values.help === true) {
    await write(io.stdout, HELP);
    return EXIT.ok;
  }
  const [file] = positionals;
  if (file === undefined)
    throw new UsageError('kpmm audit: FILE is required (or - for standard input)');
  const policy =
    values.policy === undefined
      ? undefined
      : POLICY_BY_ID[oneOf('audit', 'policy', values.policy, POLICY_IDS)];
  const input = file === '-' ? io.stdin : (await openFile(file)).createReadStream();
  const json = values.json === true;
  const progress = createProgress(io.stderr);
  // Mutated from the finding callback, so kept in an object the compiler does not narrow.
  const state = { first: true };
  if (json) await write(io.stdout, '{"violations":[');
  let summary: AuditSummary;
  try {
    summary = await auditLog(
      input,
      `kpmm audit: ${file === '-' ? 'stdin' : echo(file, 200)}`,
      policy,
      async (finding) => {
        // Where stdout is the same terminal, the progress line is erased before a finding.
        if (io.stdout.isTTY === true) progress.clear();
        const codes = finding.violations.map((v) => v.code);
        const { line, sender, at } = finding.transfer;
        if (json) {
          await write(
            io.stdout,
            `${state.first ? '\n' : ',\n'}${JSON.stringify({ line, sender, at, codes })}`,
          );
        } else {
          await write(io.stdout, `line ${String(line)}: ${at} ${sender}: ${codes.join(', ')}\n`);
        }
        state.first = false;
      },
      progress.update,
    );
  } catch (error) {
    progress.finish();
    if (json && error instanceof AuditStopped) await write(io.stdout, jsonTail(error, state.first));
    throw error;
  }
  progress.finish();
  if (json) {
    await write(io.stdout, `${state.first ? '' : '\n'}],"rows":${String(summary.rows)}}\n`);
  } else {
    const codes = Object.entries(summary.byCode)
      .map(([code, n]) => `${code} ${String(n)}`)
      .join(', ');
    await write(
      io.stdout,
      `${String(summary.rows)} rows audited; ${String(summary.violatingRows)} broke a rule${codes === '' ? '' : ` (${codes})`}\n`,
    );
  }
  return summary.violatingRows === 0 ? EXIT.ok : EXIT.violated;
}
