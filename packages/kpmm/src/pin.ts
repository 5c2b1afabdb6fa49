import { createInterface } from 'node:readline';
import { open } from 'node:fs/promises';
import { Interrupted, UsageError, type CliIo } from './io.js';

/** The prompt written to stderr when the PIN is typed at a terminal. */
export const PIN_PROMPT = 'PIN (6 digits, not shown): ';

/** A PIN being typed: what has been typed so far, and whether typing is over. */
export interface PinTyping {
  readonly pin: string;
  readonly state: 'typing' | 'done' | 'interrupted';
}

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const CTRL_U = '\u0015';
const BACKSPACE = '\u007f';
const CTRL_H = '\b';
// Arrow keys and other escape sequences move nothing in a hidden field: they are dropped whole.
// eslint-disable-next-line no-control-regex -- matching the terminal's ESC byte is the point
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|O.|.)?/gsu;

/**
 * Applies the keys of one chunk read from a terminal in raw mode to a PIN being typed: Enter
 * (or Ctrl-D) ends it, Backspace deletes the last character, Ctrl-U deletes all, Ctrl-C
 * interrupts (and forgets what was typed); other control keys and escape sequences are ignored.
 *
 * @param pin - what was typed before this chunk
 * @param chunk - the keys, as the terminal sent them
 * @returns the PIN so far and whether typing goes on, is done, or was interrupted
 * @example
 * ```ts
 * typePinKeys('4829', '19\u007f5\r');
 * //=> { pin: '482915', state: 'done' }
 * ```
 */
export function typePinKeys(pin: string, chunk: string): PinTyping {
  let typed = pin;
  for (const key of chunk.replace(ESCAPE_SEQUENCE, '')) {
    switch (key) {
      case CTRL_C:
        return { pin: '', state: 'interrupted' };
      case '\r':
      case '\n':
      case CTRL_D:
        return { pin: typed, state: 'done' };
      case BACKSPACE:
      case CTRL_H:
        typed = typed.replace(/.$/su, '');
        break;
      case CTRL_U:
        typed = '';
        break;
      default:
        if (key >= ' ') typed += key;
    }
  }
  return { pin: typed, state: 'typing' };
}

type Stdin = CliIo['stdin'];

function isTerminal(
  stdin: Stdin,
): stdin is Stdin & { readonly isTTY: true; setRawMode: (mode: boolean) => unknown } {
  return stdin.isTTY === true && typeof stdin.setRawMode === 'function';
}

/** Reads keys in raw mode, so the terminal echoes nothing, until Enter, end of input or Ctrl-C. */
function readKeys(stdin: Stdin): Promise<string> {
  return new Promise((resolve, reject) => {
    let pin = '';
    const stop = (): void => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.off('error', onError);
    };
    const onData = (chunk: unknown): void => {
      const typing = typePinKeys(pin, typeof chunk === 'string' ? chunk : String(chunk));
      pin = typing.pin;
      if (typing.state === 'typing') return;
      stop();
      if (typing.state === 'done') resolve(pin);
      else reject(new Interrupted());
    };
    const onEnd = (): void => {
      stop();
      resolve(pin);
    };
    const onError = (error: unknown): void => {
      stop();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.on('error', onError);
    stdin.resume();
  });
}

/**
 * Prompts on stderr and reads a secret from a terminal without echo: raw mode, with Enter,
 * Backspace and Ctrl-C handled here, and the terminal put back as it was however it ends.
 */
async function readHidden(
  stdin: Stdin & { setRawMode: (mode: boolean) => unknown },
  stderr: CliIo['stderr'],
  prompt: string,
): Promise<string> {
  // Raw mode first, so that nothing typed after the prompt appears is echoed.
  stdin.setEncoding('utf8');
  stdin.setRawMode(true);
  stderr.write(prompt);
  try {
    return await readKeys(stdin);
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    // End the prompt's line; nothing of what was typed is written.
    stderr.write('\n');
  }
}

async function readFirstLine(stdin: Stdin): Promise<string> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity, terminal: false });
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}

/**
 * Reads a file that holds a secret and that only its owner can read or write: a file that others
 * can read is refused (like ssh does for its keys), and neither the file's text nor its name is
 * ever echoed.
 *
 * @param file - the path as given
 * @param names.who - who speaks in the messages, e.g. `kpmm pseudonymize`
 * @param names.option - the option that named the file, e.g. `--key-file`
 * @param names.unsafe - the code for a file that others can read or write
 * @returns the file's bytes
 * @throws UsageError `unreadable_input`, or `names.unsafe` for a file others can use
 */
export async function readPrivateFile(
  file: string,
  {
    who,
    option,
    unsafe,
  }: {
    readonly who: string;
    readonly option: string;
    readonly unsafe: 'unsafe_pin_file' | 'unsafe_key_file';
  },
): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    throw new UsageError(`${who}: cannot read the ${option}`, 'unreadable_input');
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new UsageError(`${who}: the ${option} is not a regular file`, 'unreadable_input');
    }
    if ((info.mode & 0o077) !== 0) {
      throw new UsageError(
        `${who}: the ${option} can be read or written by other users; make it private first (chmod 600)`,
        unsafe,
      );
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Reads the PIN from the first line of a private `--pin-file`. */
async function readPinFile(file: string): Promise<string> {
  const bytes = await readPrivateFile(file, {
    who: 'kpmm',
    option: '--pin-file',
    unsafe: 'unsafe_pin_file',
  });
  return bytes.toString('utf8').split(/\r?\n/)[0] ?? '';
}

/**
 * Reads a secret typed at a terminal, prompted for on stderr and not echoed, as the PIN is
 * (Enter ends it, Backspace and Ctrl-U edit, Ctrl-C interrupts).
 *
 * @param io - stdin and stderr
 * @param prompt - the question, written on stderr
 * @returns what was typed, or undefined when standard input is not a terminal
 * @throws Interrupted when Ctrl-C is pressed at the prompt
 */
export async function readHiddenAtTerminal(io: CliIo, prompt: string): Promise<string | undefined> {
  return isTerminal(io.stdin) ? readHidden(io.stdin, io.stderr, prompt) : undefined;
}

/**
 * The PIN comes from `--pin-file` when given, else from KPMM_PIN when it is set, otherwise from
 * standard input: typed at a prompt without echo when it is a terminal, else its first line.
 * Never from an argument, which other users and the shell history could see.
 *
 * @param io - the environment, stdin and stderr
 * @param options.file - the --pin-file, readable by its owner only
 * @returns the PIN as given (the library checks it)
 * @throws Interrupted when Ctrl-C is pressed at the prompt
 */
export async function readPin(
  io: CliIo,
  { file }: { readonly file?: string } = {},
): Promise<string> {
  if (file !== undefined) return readPinFile(file);
  const fromEnv = io.env['KPMM_PIN'];
  if (fromEnv !== undefined) return fromEnv;
  return isTerminal(io.stdin)
    ? readHidden(io.stdin, io.stderr, PIN_PROMPT)
    : readFirstLine(io.stdin);
}
