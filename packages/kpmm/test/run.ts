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
  /** Standard output and standard error are one terminal: both go to `stdout`. */
  readonly terminal?: boolean;
  /** Pretend standard input is a terminal (the PIN would be prompted for). */
  readonly stdinIsTTY?: boolean;
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
  const terminal = options.terminal === true;
  const stdout = collector(terminal);
  const stderr = terminal ? stdout : collector(options.stderrIsTTY === true);
  const stdin = Object.assign(
    new PassThrough(),
    options.stdinIsTTY === true ? { isTTY: true, setRawMode: () => undefined } : {},
  );
  Readable.from([options.input ?? '']).pipe(stdin);
  const io: CliIo = { stdout: stdout.stream, stderr: stderr.stream, stdin, env: options.env ?? {} };
  const code = await main(argv, io);
  return { code, stdout: stdout.text(), stderr: terminal ? '' : stderr.text() };
}

/**
 * What a terminal shows after the text is written to it: `\r` goes back to the first column,
 * `ESC [K` erases to the end of the line, and later characters overwrite earlier ones.
 */
export function screen(text: string): string[] {
  const lines: string[] = [''];
  let column = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    const row = lines.length - 1;
    const current = lines[row] ?? '';
    if (c === '\n') {
      lines.push('');
      column = 0;
    } else if (c === '\r') {
      column = 0;
    } else if (text.startsWith('\u001b[K', i)) {
      lines[row] = current.slice(0, column);
      i += 2;
    } else {
      lines[row] = current.slice(0, column).padEnd(column) + c + current.slice(column + 1);
      column += 1;
    }
  }
  return lines;
}
