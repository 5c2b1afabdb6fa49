import { once } from 'node:events';
import type { KpmmErrorCode } from 'kp-mobile-money';

/** Where the command reads and writes; passed in so tests can run it in process. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & {
    readonly isTTY?: boolean;
    readonly setRawMode?: (mode: boolean) => unknown;
  };
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes: 0 ok, 1 a rule was violated, 2 bad input, 130 interrupted with Ctrl-C (128 + SIGINT). */
export const EXIT = { ok: 0, violated: 1, badInput: 2, interrupted: 130 } as const;

/** The codes of the command line's own failures, beside the library's `KpmmErrorCode`s. */
export type UsageErrorCode =
  | 'invalid_argument'
  | 'unreadable_input'
  | 'unsafe_pin_file'
  | 'unsafe_key_file'
  | 'invalid_header'
  | 'secret_column'
  | 'too_many_rows';

/** A bad-input failure of the command line itself (an argument, a file, a CSV line). */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  /**
   * @param message - one line, naming the command and what is wrong
   * @param code - what kind of failure it is, for --json
   */
  constructor(
    message: string,
    readonly code: UsageErrorCode | KpmmErrorCode = 'invalid_argument',
  ) {
    super(message);
  }
}

/** The user pressed Ctrl-C at a prompt: the command stops with exit 130 and prints nothing more. */
export class Interrupted extends Error {
  override readonly name = 'Interrupted';
}

/** The streams that `write` has written to: a failed --json command that wrote nothing yet still answers in JSON. */
const written = new WeakSet<NodeJS.WritableStream>();

/** Whether anything was written to the stream through `write`. */
export function hasWritten(stream: NodeJS.WritableStream): boolean {
  return written.has(stream);
}

/** Writes text, waiting for the stream to drain when its buffer is full, so memory stays flat. */
export async function write(
  stream: NodeJS.WritableStream,
  text: string | Uint8Array,
): Promise<void> {
  written.add(stream);
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Writes a value as JSON on one line. */
export async function writeJson(stream: NodeJS.WritableStream, value: unknown): Promise<void> {
  await write(stream, `${JSON.stringify(value, null, 2)}\n`);
}
