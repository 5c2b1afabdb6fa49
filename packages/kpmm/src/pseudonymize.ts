import { createHmac } from 'node:crypto';
import { open } from 'node:fs/promises';
import { parseKpPhoneNumber } from 'kp-mobile-money';
import { parseCommandArgs } from './args.js';
import { readColumns } from './audit.js';
import { csvRecord } from './csv.js';
import { EXIT, UsageError, write, type CliIo } from './io.js';
import { readTransferLog, type LogHeader, type LogRow } from './logReader.js';
import { readHiddenAtTerminal, readPrivateFile } from './pin.js';

/** The shortest key taken, in bytes: a shorter one could be guessed by trying them all. */
export const KEY_MIN_BYTES = 16;
/** The prompt written to stderr when the key is typed at a terminal. */
export const KEY_PROMPT = `Key (at least ${String(KEY_MIN_BYTES)} bytes, not shown): `;
/** What a row that cannot be read, or whose recipient is no phone number, is written as. */
export const INVALID_ROW = 'invalid row';

const HEX_DIGITS = 24;
// Pseudonyms are remembered per text as written; the map is emptied when full, so memory stays flat.
const CACHE_LIMIT = 65_536;

const HELP = `Usage: kpmm pseudonymize FILE|- (--key-file PATH | a prompt) [--columns at=ts,sender=from,...]

Writes a CSV transfer log to standard output with every sender and recipient replaced by a keyed
pseudonym, so that the log can be shared and still audited with kpmm audit --ids opaque. '-'
reads standard input. The header is read as kpmm audit reads it (names in any order and case,
other columns allowed, a column named like a PIN or password refused before any row is read);
the header and every other column are written as read, in the same order.

A pseudonym is 'p' and the first ${String(HEX_DIGITS)} hex digits of HMAC-SHA-256(key, number), the number in its
national form: every written form of one number (0191 234 5678, +850 191 234 5678,
01912345678) gets one pseudonym, the same key gives the same pseudonyms in every run, and
without the key they cannot be traced back to numbers.

Every row keeps its line, so an audit of the output names the same lines as an audit of the
log: blank lines stay blank, and a row that cannot be read is written as '${INVALID_ROW}'. A sender
that is not a North Korean phone number is left empty, and a row whose recipient is not one is
written as '${INVALID_ROW}': none of their text is written, the rows stay invalid, and standard
error says how many such senders and recipients there were. An empty recipient stays empty.

The key is never an argument (--key is refused: arguments are visible to other users and kept
in shell history). It is read from:
  --key-file PATH                 a file only you can read or write (chmod 600) holding at least
                                  ${String(KEY_MIN_BYTES)} bytes; one trailing line break is dropped
  a prompt                        without --key-file, when standard input is a terminal and FILE
                                  is not '-': typed on standard error, not shown

Options:
  --key-file PATH                 the key, as above
  --columns at=ts,sender=from,... read a log column from a column of another name
  --json                          errors as JSON on standard output (the log is CSV either way)

Exit codes: 0 done, 2 bad input, 130 Ctrl-C at the key prompt.
`;

/**
 * The pseudonym of a phone number: `p` and the first 24 lowercase hex digits of
 * HMAC-SHA-256(key, number), so that it cannot be traced back without the key.
 *
 * @param key - the secret key, at least {@link KEY_MIN_BYTES} bytes
 * @param national - the number in its national form (`parseKpPhoneNumber(text).national`)
 * @returns the pseudonym
 * @example
 * ```ts
 * pseudonymOf(Buffer.from('correct horse battery staple'), '01912345678');
 * //=> 'pca18045ce5eb74b8a325706f'
 * ```
 */
export function pseudonymOf(key: Uint8Array, national: string): string {
  return `p${createHmac('sha256', key).update(national).digest('hex').slice(0, HEX_DIGITS)}`;
}

/** Pseudonyms by text as written (null for a text that is no phone number), in a bounded map. */
function pseudonymizer(key: Uint8Array): (text: string) => string | null {
  const cache = new Map<string, string | null>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    let pseudonym: string | null;
    try {
      pseudonym = pseudonymOf(key, parseKpPhoneNumber(text).national);
    } catch {
      pseudonym = null;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, pseudonym);
    return pseudonym;
  };
}

/** A key file's bytes without one trailing line break, or a key typed at the prompt. */
async function readKey(io: CliIo, file: string, keyFile: string | undefined): Promise<Buffer> {
  let key: Buffer;
  if (keyFile !== undefined) {
    const bytes = await readPrivateFile(keyFile, {
      who: 'kpmm pseudonymize',
      option: '--key-file',
      unsafe: 'unsafe_key_file',
    });
    const end = bytes.at(-1) === 0x0a ? (bytes.at(-2) === 0x0d ? 2 : 1) : 0;
    key = bytes.subarray(0, bytes.length - end);
  } else {
    if (file === '-') {
      throw new UsageError(
        'kpmm pseudonymize: --key-file PATH is required when the log is read from standard input',
      );
    }
    const typed = await readHiddenAtTerminal(io, KEY_PROMPT);
    if (typed === undefined) {
      throw new UsageError(
        'kpmm pseudonymize: a key is needed: --key-file PATH, or run it at a terminal to type the key',
      );
    }
    key = Buffer.from(typed, 'utf8');
  }
  if (key.length < KEY_MIN_BYTES) {
    // The length is not said either: it would tell part of the key.
    throw new UsageError(
      `kpmm pseudonymize: the key must be at least ${String(KEY_MIN_BYTES)} bytes (it is not echoed)`,
    );
  }
  return key;
}

/** Opens the log, naming it in no message: arguments are never echoed. */
async function openLog(file: string) {
  try {
    return await open(file, 'r');
  } catch {
    throw new UsageError('kpmm pseudonymize: cannot read the log FILE', 'unreadable_input');
  }
}

/** The line breaks in a text, quoted ones included. */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

/**
 * `kpmm pseudonymize FILE|-`: writes the transfer log with keyed pseudonyms for senders and
 * recipients, each row on its own line as read, streaming in flat memory.
 *
 * @param argv - the arguments after the command's name
 * @param io - the streams and environment
 * @returns the exit code: 0 when the whole log was written
 * @throws UsageError (exit 2) for a bad argument, key or header; Interrupted at the prompt
 */
export async function runPseudonymize(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'pseudonymize',
    argv,
    { 'key-file': { type: 'string' }, columns: { type: 'string' } },
    { positionals: 1 },
  );
  if (values.help === true) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const [file] = positionals;
  if (file === undefined) {
    throw new UsageError('kpmm pseudonymize: FILE is required (or - for standard input)');
  }
  const columns =
    values.columns === undefined ? undefined : readColumns(values.columns, 'pseudonymize');
  const handle = file === '-' ? undefined : await openLog(file);
  let key: Buffer;
  try {
    key = await readKey(io, file, values['key-file']);
  } catch (error) {
    await handle?.close();
    throw error;
  }
  const input = handle?.createReadStream({ highWaterMark: 1 << 20 }) ?? io.stdin;
  const pseudonym = pseudonymizer(key);
  let header: LogHeader | undefined;
  let text = '';
  // Lines written so far: the next item, at line L, is preceded by blank lines up to L - 1.
  let written = 0;
  let notPhones = 0;

  const put = (line: number, record: string): void => {
    if (written > line - 1) throw new Error(`line ${String(line)} comes after the output's`);
    text += '\n'.repeat(line - 1 - written) + record;
    written = line - 1 + lineBreaks(record);
  };

  /** A row's record with pseudonyms, or null when its recipient is no phone number. */
  const recordOf = (row: LogRow, { sender, recipient }: LogHeader): string | null => {
    const fields = [...row.fields];
    const from = pseudonym(fields[sender] ?? '');
    // An empty sender keeps the row invalid for the audit, without its text.
    if (from === null) notPhones += 1;
    fields[sender] = from ?? '';
    const to = recipient === null ? '' : (fields[recipient] ?? '');
    if (recipient !== null && to !== '') {
      const pseudonymTo = pseudonym(to);
      // An empty recipient would make the row valid (a transfer to nobody named): the row goes.
      if (pseudonymTo === null) {
        notPhones += 1;
        return null;
      }
      fields[recipient] = pseudonymTo;
    }
    return csvRecord(fields);
  };

  for await (const batch of readTransferLog(input, {
    source: `kpmm pseudonymize: ${file === '-' ? 'stdin' : 'FILE'}`,
    ...(columns === undefined ? {} : { columns }),
    onHeader: (read) => {
      header = read;
      put(1, csvRecord(read.names));
    },
  })) {
    for (const item of batch) {
      const record = 'invalid' in item || header === undefined ? null : recordOf(item, header);
      put('invalid' in item ? item.problem.line : item.line, record ?? `${INVALID_ROW}\n`);
    }
    if (text !== '') await write(io.stdout, text);
    text = '';
  }
  if (text !== '') await write(io.stdout, text);
  if (notPhones > 0) {
    io.stderr.write(
      `kpmm pseudonymize: ${String(notPhones)} sender${notPhones === 1 ? ' or recipient was' : 's or recipients were'} not a North Korean phone number; none of their text was written, and their rows stay invalid\n`,
    );
  }
  return EXIT.ok;
}
