import { open } from 'node:fs/promises';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  auditTransfers,
  isKpmmError,
  type AuditRow,
  type TransferPolicy,
} from '../index.js';
import { oneOf, parseCommandArgs } from './args.js';
import { readTransferLog, type LogRow } from './csv.js';
import { EXIT, UsageError, write, type CliIo } from './io.js';

const HELP = `Usage: kpmm audit FILE|- [--policy DAILY_CAP_2020|LIMITS_2022] [--json]

Checks a transfer log against the cap rules, streaming, so any size runs in flat memory.
The log is CSV with the header at,sender,recipient,amount (recipient may be empty); '-' reads
standard input. Without --policy each row is judged by the policy in force at its date.

--json prints {"violations":[{line,sender,at,codes}...],"rows":N}, written as it goes.
Exit codes: 0 no violation, 1 violations found, 2 bad input (the line is named; the header
is line 1).
`;

const POLICY_IDS = ['DAILY_CAP_2020', 'LIMITS_2022'] as const;
const POLICY_BY_ID: Readonly<Record<(typeof POLICY_IDS)[number], TransferPolicy>> = {
  DAILY_CAP_2020,
  LIMITS_2022,
};
const PROGRESS_EVERY = 100_000;

/** The outcome of an audit: rows read and how often each finding code occurred. */
export interface AuditSummary {
  readonly rows: number;
  readonly violatingRows: number;
  readonly byCode: Readonly<Record<string, number>>;
}

/**
 * Streams a log through the audit, calling `onFinding` for each row that broke its policy.
 * A bad row ends it with a UsageError naming the row's line.
 */
export async function auditLog(
  input: NodeJS.ReadableStream,
  source: string,
  policy: TransferPolicy | undefined,
  onFinding: (row: AuditRow<LogRow>) => Promise<void>,
  onProgress?: (rows: number) => void,
): Promise<AuditSummary> {
  let rows = 0;
  let lastLine = 1;
  async function* counted(): AsyncGenerator<LogRow> {
    for await (const row of readTransferLog(input, { source })) {
      rows += 1;
      lastLine = row.line;
      if (onProgress !== undefined && rows % PROGRESS_EVERY === 0) onProgress(rows);
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
    if (isKpmmError(error)) {
      const field = error.path.at(-1);
      throw new UsageError(
        `${source}: line ${String(lastLine)}: ${error.code}${field === undefined ? '' : ` (${String(field)})`}: ${error.issues[0].message}`,
      );
    }
    throw error;
  }
  return { rows, violatingRows, byCode };
}

async function openFile(file: string) {
  try {
    return await open(file, 'r');
  } catch {
    throw new UsageError(`kpmm audit: cannot read '${file}'`);
  }
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
  const progress = io.stderr.isTTY === true;
  // Mutated from the finding callback, so kept in an object the compiler does not narrow.
  const state = { first: true };
  if (json) await write(io.stdout, '{"violations":[');
  const summary = await auditLog(
    input,
    file === '-' ? 'stdin' : file,
    policy,
    async (finding) => {
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
    progress
      ? (rows) => {
          io.stderr.write(`\r  ${String(rows)} rows audited`);
        }
      : undefined,
  );
  if (progress) io.stderr.write('\r\u001b[K');
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
