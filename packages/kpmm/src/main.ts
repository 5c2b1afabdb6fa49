import { isKpmmError } from 'kp-mobile-money';
import { runAudit } from './audit.js';
import { runCost } from './cost.js';
import { runFacts } from './facts.js';
import { EXIT, Interrupted, UsageError, type CliIo } from './io.js';
import { runPlan } from './plan.js';
import { runRental } from './rental.js';
import { runReport } from './report.js';

export type { CliIo } from './io.js';

const HELP = `kpmm: North Korean mobile money and Chinese phone rentals, as Daily NK reported them

Usage: kpmm <command> [options]

Commands:
  report                        the worked report from the built-in facts (npm start)
  plan --carrier --amount --to --at
                                plan a transfer: the string to dial (PIN masked), cost, cap
  cost WON                      what WON of mobile money costs in cash KPW, yuan and dollars
  rental --region --destination the price of renting a Chinese phone
  audit FILE|-                  check a CSV transfer log against the cap rules
  facts                         every figure with its grade and sources

Every command takes --json (machine-readable output) and --help.
Exit codes: 0 ok, 1 a rule was violated, 2 bad input, 130 Ctrl-C at the PIN prompt.
`;

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  report: runReport,
  plan: runPlan,
  cost: runCost,
  rental: runRental,
  audit: runAudit,
  facts: runFacts,
};

/** Runs one kpmm command and returns its exit code; bad input is one line on stderr. */
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
    io.stderr.write(`kpmm: unknown command '${name.slice(0, 40)}' (see kpmm --help)\n`);
    return EXIT.badInput;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof Interrupted) return EXIT.interrupted;
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT.badInput;
    }
    if (isKpmmError(error)) {
      const field = error.path.length === 0 ? '' : ` (${error.path.join('.')})`;
      io.stderr.write(`kpmm ${name}: ${error.code}${field}: ${error.issues[0].message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
}
