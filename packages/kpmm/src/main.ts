import { isKpmmError } from 'kp-mobile-money';
import { runAudit } from './audit.js';
import { runCost } from './cost.js';
import { runFacts } from './facts.js';
import { EXIT, Interrupted, UsageError, hasWritten, writeJson, type CliIo } from './io.js';
import { runPlan } from './plan.js';
import { runPseudonymize } from './pseudonymize.js';
import { runRental } from './rental.js';
import { runReport } from './report.js';
import { runSchedule } from './schedule.js';
import { runSql } from './sql.js';
import { RowError } from './rowError.js';
import { escapeControls } from './text.js';

export type { CliIo } from './io.js';

const HELP = `kpmm: North Korean mobile money and Chinese phone rentals, as Daily NK reported them

Usage: kpmm <command> [options]

Commands:
  report [--html FILE|-]        the worked report from the built-in facts (npm start);
                                --html writes it as a page of charts
  plan --carrier --amount --to --at
                                plan a transfer: the string to dial (PIN masked), cost, cap
  schedule (--won | --cash) --from --to
                                the calendar of transfers for a gift larger than the cap
  cost WON [--at]               what WON of mobile money costs in cash KPW, yuan and dollars
  rental --region --destination the price of renting a Chinese phone
  audit FILE|- [--html OUT]     check a CSV transfer log against the cap rules;
                                --html also writes a page of charts; --engine duckdb:
                                any order, CSV or Parquet, many millions
  sql --dialect duckdb|postgres|spark
                                the audit as one SQL query, to run in a warehouse
  pseudonymize FILE|- [--key-file PATH]
                                the log with keyed pseudonyms for senders and recipients,
                                every row on its line, to share and audit with --ids opaque
  facts                         every figure with its grade and sources

Every command takes --json (machine-readable output) and --help.
Exit codes: 0 ok, 1 a rule was violated, 2 bad input, 130 Ctrl-C at the PIN or key prompt.
`;

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  report: runReport,
  plan: runPlan,
  schedule: runSchedule,
  cost: runCost,
  rental: runRental,
  audit: runAudit,
  pseudonymize: runPseudonymize,
  sql: runSql,
  facts: runFacts,
};

/** What a failed command says: one line for stderr, and the same as data for --json. */
interface Failure {
  readonly line: string;
  readonly error: {
    readonly code: string;
    readonly field: string | null;
    readonly line: number | null;
    readonly message: string;
  };
}

function failureOf(name: string, error: unknown): Failure | undefined {
  if (error instanceof RowError) {
    const { line, code, field, message } = error.problem;
    return { line: error.message, error: { code, field, line, message } };
  }
  if (error instanceof UsageError) {
    return {
      line: error.message,
      error: { code: error.code, field: null, line: null, message: error.message },
    };
  }
  if (isKpmmError(error)) {
    const field = error.path.length === 0 ? null : error.path.join('.');
    const [{ message }] = error.issues;
    return {
      line: `kpmm ${name}: ${error.code}${field === null ? '' : ` (${field})`}: ${message}`,
      error: { code: error.code, field, line: null, message },
    };
  }
  return undefined;
}

/**
 * Runs one kpmm command and returns its exit code. Bad input is one line on stderr; with
 * --json, a command that fails before writing anything also answers on stdout with
 * `{"error":{"code","field","line","message"}}`, so that stdout is always valid JSON.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // Bad input: the error line first, then the usage, all on stderr so stdout stays empty.
    io.stderr.write(`kpmm: a command is required; try kpmm --help\n\n${HELP}`);
    return EXIT.badInput;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    const shown = /^[a-z][a-z-]*$/.test(name) ? `'${name.slice(0, 40)}'` : 'argument 1';
    io.stderr.write(`kpmm: unknown command ${shown} (see kpmm --help)\n`);
    return EXIT.badInput;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof Interrupted) return EXIT.interrupted;
    const failure = failureOf(name, error);
    if (failure === undefined) throw error;
    io.stderr.write(`${escapeControls(failure.line)}\n`);
    if (rest.includes('--json') && !hasWritten(io.stdout)) {
      const { code, field, line, message } = failure.error;
      await writeJson(io.stdout, {
        error: { code, field, line, message: escapeControls(message) },
      });
    }
    return EXIT.badInput;
  }
}
