import { SOURCES } from '../sources.js';

/** Where the command reads and writes; passed in so tests can run it in process. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const HELP = `kpmm: North Korean mobile money, as reported by Daily NK

Usage: kpmm <command> [options]

Commands:
  report    the worked report from the built-in facts
  sources   the sources every figure cites

Options:
  --help    this text
`;

function sourcesTable(): string {
  const rows = Object.values(SOURCES).map(
    (s) => `${s.id}\n  ${s.publication}, "${s.title}", ${s.date ?? 'undated'}${s.yearInferred ? ' (year inferred)' : ''}${s.url === null ? '' : `\n  ${s.url}`}`,
  );
  return `Sources\n\n${rows.join('\n')}\n`;
}

/** Runs one kpmm command and returns its exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    io.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  switch (command) {
    case 'report':
    case 'sources':
      io.stdout.write(sourcesTable());
      return Promise.resolve(0);
    default:
      io.stderr.write(`kpmm: unknown command '${command}' (see kpmm --help)\n`);
      return 2;
  }
}
