import { PassThrough, Readable, Writable } from 'node:stream';
import { main, type CliIo } from '../src/main.js';

/** What one in-process run of kpmm printed, and its exit code. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Standard input, read to its end. */
  readonly input?: string | Buffer;
  readonly env?: Readonly<Record<string, string>>;
  /** Pretend standard error (and the progress line on it) is a terminal. */
  readonly stderrIsTTY?: boolean;
}

function collector(isTTY: boolean): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        callback();
      },
    }),
    isTTY ? { isTTY: true } : {},
  );
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Runs `kpmm ARGV` in this process, with fake streams: the command line's tests need no build
 * and no child process. Standard input is not a terminal.
 */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = collector(false);
  const stderr = collector(options.stderrIsTTY === true);
  const stdin = new PassThrough();
  Readable.from([options.input ?? '']).pipe(stdin);
  const io: CliIo = { stdout: stdout.stream, stderr: stderr.stream, stdin, env: options.env ?? {} };
  const code = await main(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
