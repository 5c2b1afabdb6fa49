import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { csvRecord } from '../src/csv.js';
import { KEY_PROMPT, pseudonymOf } from '../src/pseudonymize.js';
import { run, type RunResult } from './run.js';

const scratch = mkdtempSync(join(tmpdir(), 'kpmm-pseudonymize-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function file(name: string, content: string, mode = 0o600): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  chmodSync(path, mode);
  return path;
}

const KEY = 'correct horse battery staple';
const OTHER_KEY = 'another key, 16+ bytes';
const keyFile = file('key', `${KEY}\n`);
const otherKeyFile = file('other-key', OTHER_KEY);

// HMAC-SHA-256(key, national number), its first 24 hex digits after 'p'.
const P_12345678 = 'pca18045ce5eb74b8a325706f';
const P_51234567 = 'p025c351c3912ea5a0e0d3b80';
const OTHER_P_12345678 = 'p77d8ee81bc54e8b61ff33986';
const OTHER_P_51234567 = 'pd89f60814c29d41be5d7cbea';

/** Pseudonymizes a log given on standard input with the key file. */
function pseudonymize(log: string, key = keyFile, ...more: string[]): Promise<RunResult> {
  return run(['pseudonymize', '-', '--key-file', key, ...more], { input: log });
}

/** The JSON error a failed --json run printed. */
function errorOf({ stdout }: RunResult): { code: string; line: number | null } {
  const { error } = JSON.parse(stdout) as { error: { code: string; line: number | null } };
  return error;
}

describe('pseudonymOf', () => {
  const cases = [
    { label: 'a number', key: KEY, national: '01912345678', pseudonym: P_12345678 },
    { label: 'another number', key: KEY, national: '01951234567', pseudonym: P_51234567 },
    {
      label: 'another key',
      key: OTHER_KEY,
      national: '01912345678',
      pseudonym: OTHER_P_12345678,
    },
  ] as const satisfies readonly {
    label: string;
    key: string;
    national: string;
    pseudonym: string;
  }[];
  it.each(cases)('$label', ({ key, national, pseudonym }) =>
    expect(pseudonymOf(Buffer.from(key), national)).toBe(pseudonym),
  );
});

describe('kpmm pseudonymize: the output', () => {
  it('--help prints usage, and kpmm --help lists the command', async () => {
    const help = await run(['pseudonymize', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: kpmm pseudonymize FILE|-');
    expect((await run(['--help'])).stdout).toContain('pseudonymize FILE|-');
  });

  const forms = [
    { label: 'spaced national', sender: '0191 234 5678' },
    { label: 'spaced international', sender: '+850 191 234 5678' },
    { label: 'national', sender: '01912345678' },
    { label: 'international', sender: '+8501912345678' },
  ] as const satisfies readonly { label: string; sender: string }[];
  it.each(forms)('one person written $label gets one pseudonym', async ({ sender }) => {
    const { code, stdout, stderr } = await pseudonymize(
      `at,sender,recipient,amount\n2020-06-08T10:00:00+09:00,${sender},,300\n`,
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      `at,sender,recipient,amount\n2020-06-08T10:00:00+09:00,${P_12345678},,300\n`,
    );
  });

  const logs = [
    {
      label: 'the header as read, other columns unchanged and in their order',
      log: 'Amount,note,Sender,AT,recipient\n300,gift,0191 234 5678,2020-06-08T10:00:00+09:00,01951234567\n',
      out: `Amount,note,Sender,AT,recipient\n300,gift,${P_12345678},2020-06-08T10:00:00+09:00,${P_51234567}\n`,
    },
    {
      label: 'an empty recipient stays empty',
      log: 'at,sender,recipient,amount\n2020-06-08T10:00:00+09:00,01951234567,,200\n',
      out: `at,sender,recipient,amount\n2020-06-08T10:00:00+09:00,${P_51234567},,200\n`,
    },
    {
      label: 'no recipient column',
      log: 'at,sender,amount\n2020-06-08T10:00:00+09:00,01951234567,200\n',
      out: `at,sender,amount\n2020-06-08T10:00:00+09:00,${P_51234567},200\n`,
    },
    {
      label: 'a quoted comma and a quoted line break keep the lines after them',
      log: 'at,sender,recipient,amount,note\n2020-06-08T10:00:00+09:00,0191 234 5678,,300,"cash, small"\n2020-06-08T10:01:00+09:00,01912345678,,300,"two\r\nlines"\n2020-06-08T10:02:00+09:00,01912345678,,300,"say ""hi"""\n',
      out: `at,sender,recipient,amount,note\n2020-06-08T10:00:00+09:00,${P_12345678},,300,"cash, small"\n2020-06-08T10:01:00+09:00,${P_12345678},,300,"two\nlines"\n2020-06-08T10:02:00+09:00,${P_12345678},,300,"say ""hi"""\n`,
    },
    {
      label: 'blank lines are kept',
      log: '\nat,sender,recipient,amount\n\n2020-06-08T10:00:00+09:00,01912345678,,300\n\n\n2020-06-08T10:01:00+09:00,01912345678,,300\n\n',
      out: `at,sender,recipient,amount\n\n\n2020-06-08T10:00:00+09:00,${P_12345678},,300\n\n\n2020-06-08T10:01:00+09:00,${P_12345678},,300\n`,
    },
    {
      label: 'a row that cannot be read is written as invalid row, without its text',
      log: 'at,sender,recipient,amount\n2020-06-08T10:00:00+09:00,01912345678,300\n2020-06-08T10:01:00+09:00,01912345678,,300\n',
      out: `at,sender,recipient,amount\ninvalid row\n2020-06-08T10:01:00+09:00,${P_12345678},,300\n`,
    },
    {
      label: 'an unclosed quote is one invalid row, and the lines after it are read again',
      log: 'at,sender,recipient,amount\n2020-06-08T10:00:00+09:00,"01912345678,,300\n2020-06-08T10:01:00+09:00,01912345678,,300\n',
      out: `at,sender,recipient,amount\ninvalid row\n2020-06-08T10:01:00+09:00,${P_12345678},,300\n`,
    },
    {
      label: 'a bad amount or instant is written with pseudonyms',
      log: 'at,sender,recipient,amount\nyesterday,01912345678,01951234567,300\n',
      out: `at,sender,recipient,amount\nyesterday,${P_12345678},${P_51234567},300\n`,
    },
  ] as const satisfies readonly { label: string; log: string; out: string }[];
  it.each(logs)('$label', async ({ log, out }) => {
    const { code, stdout, stderr } = await pseudonymize(log);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(out);
  });

  const notPhones = [
    {
      label: 'a sender that is no phone number is left empty',
      log: 'at,sender,recipient,amount\n2020-06-08T10:00:00+09:00,alice@example.org,01951234567,300\n2020-06-08T10:01:00+09:00,0194 123 4567,,300\n',
      out: `at,sender,recipient,amount\n2020-06-08T10:00:00+09:00,,${P_51234567},300\n2020-06-08T10:01:00+09:00,,,300\n`,
      count: 2,
    },
    {
      label: 'a row whose recipient is no phone number is written as invalid row',
      log: 'at,sender,recipient,amount,note\n2020-06-08T10:00:00+09:00,01912345678,alice@example.org,300,x\n',
      out: 'at,sender,recipient,amount,note\ninvalid row\n',
      count: 1,
    },
  ] as const satisfies readonly { label: string; log: string; out: string; count: number }[];
  it.each(notPhones)('$label, and stderr counts it', async ({ log, out, count }) => {
    const { code, stdout, stderr } = await pseudonymize(log);
    expect(code).toBe(0);
    expect(stdout).toBe(out);
    expect(stderr).toMatch(
      new RegExp(`^kpmm pseudonymize: ${String(count)} senders? or recipients? w`),
    );
    expect(`${stdout}${stderr}`).not.toMatch(/alice|0194/);
  });

  it('--columns reads the log columns from other names', async () => {
    const { code, stdout } = await pseudonymize(
      'ts,from,to,won\n2020-06-08T10:00:00+09:00,01912345678,01951234567,300\n',
      keyFile,
      '--columns',
      'at=ts,sender=from,recipient=to,amount=won',
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      `ts,from,to,won\n2020-06-08T10:00:00+09:00,${P_12345678},${P_51234567},300\n`,
    );
  });

  it('the same key gives the same pseudonyms in every run, and another key others', async () => {
    const log =
      'at,sender,recipient,amount\n2020-06-08T10:00:00+09:00,0191 234 5678,+850 195 123 4567,300\n';
    const first = await pseudonymize(log);
    const again = await run(['pseudonymize', file('log.csv', log), '--key-file', keyFile]);
    const other = await pseudonymize(log, otherKeyFile);
    expect(again.stdout).toBe(first.stdout);
    expect(first.stdout).toContain(`${P_12345678},${P_51234567}`);
    expect(other.stdout).toContain(`${OTHER_P_12345678},${OTHER_P_51234567}`);
  });

  it('the audit of the output finds the same lines, by pseudonym', async () => {
    const log =
      'at,sender,recipient,amount,note\n2020-06-08T10:00:00+09:00,0191 234 5678,,300,"a,\nb"\n\n2020-06-08T11:00:00+09:00,+850 191 234 5678,,300,x\n2020-06-08T12:00:00+09:00,01912345678,,abc,x\n';
    const original = await run(['audit', '-', '--format', 'json'], { input: log });
    const output = await pseudonymize(log);
    const audited = await run(['audit', '-', '--format', 'json', '--ids', 'opaque'], {
      input: output.stdout,
    });
    const lines = ({ stdout }: RunResult) => {
      const { violations, invalid } = JSON.parse(stdout) as {
        violations: { line: number; codes: string[]; sender: string }[];
        invalid: { line: number }[];
      };
      return {
        violations: violations.map((v) => [v.line, v.codes]),
        invalid: invalid.map((i) => i.line),
      };
    };
    expect(lines(original)).toEqual({
      violations: [[5, ['daily_count_exhausted', 'daily_amount_exceeded']]],
      invalid: [6],
    });
    expect(lines(audited)).toEqual(lines(original));
  });
});

describe('kpmm pseudonymize: the key', () => {
  const unsafe = [
    { label: 'readable by its group', mode: 0o640 },
    { label: 'readable by others', mode: 0o604 },
    { label: 'writable by its group', mode: 0o620 },
  ] as const satisfies readonly { label: string; mode: number }[];
  it.each(unsafe)('a key file $label is refused', async ({ mode }) => {
    const path = file(`key-${mode.toString(8)}`, `${KEY}\n`, mode);
    const result = await pseudonymize('at,sender,amount\n', path, '--json');
    expect(result.code).toBe(2);
    expect(errorOf(result).code).toBe('unsafe_key_file');
  });

  const short = [
    { label: '15 bytes', key: 'k'.repeat(15) },
    { label: '15 bytes and a line break', key: `${'k'.repeat(15)}\n` },
    { label: '15 bytes and CRLF', key: `${'k'.repeat(15)}\r\n` },
    { label: 'an empty file', key: '' },
  ] as const satisfies readonly { label: string; key: string }[];
  it.each(short)('a key of $label is refused, not echoed', async ({ key }) => {
    const result = await pseudonymize('at,sender,amount\n', file('short', key), '--json');
    expect(result.code).toBe(2);
    expect(errorOf(result).code).toBe('invalid_argument');
    if (key !== '') expect(`${result.stdout}${result.stderr}`).not.toContain('kkkk');
  });

  it('a key of 16 bytes is taken', async () => {
    const result = await pseudonymize('at,sender,amount\n', file('sixteen', `${'k'.repeat(16)}\n`));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('at,sender,amount\n');
  });

  it('a key file that cannot be read is refused without its name', async () => {
    const result = await pseudonymize('at,sender,amount\n', join(scratch, 'no-such-key'), '--json');
    expect(result.code).toBe(2);
    expect(errorOf(result).code).toBe('unreadable_input');
    expect(`${result.stdout}${result.stderr}`).not.toContain('no-such-key');
  });

  const arguments_ = [
    { label: '--key VALUE', args: ['--key', 'a secret key of 24 bytes'] },
    { label: '--key=VALUE', args: ['--key=a secret key of 24 bytes'] },
  ] as const satisfies readonly { label: string; args: readonly string[] }[];
  it.each(arguments_)('$label is refused without echo', async ({ args }) => {
    const result = await run(['pseudonymize', '-', ...args, '--json'], {
      input: 'at,sender,amount\n',
    });
    expect(result.code).toBe(2);
    expect(errorOf(result).code).toBe('invalid_argument');
    expect(`${result.stdout}${result.stderr}`).not.toContain('secret');
  });

  const noKey = [
    { label: 'the log on standard input', args: ['-'], stdinIsTTY: false },
    { label: 'the log on standard input, at a terminal', args: ['-'], stdinIsTTY: true },
    { label: 'standard input not a terminal', args: ['FILE'], stdinIsTTY: false },
  ] as const satisfies readonly { label: string; args: readonly string[]; stdinIsTTY: boolean }[];
  it.each(noKey)('without --key-file, $label: refused', async ({ args, stdinIsTTY }) => {
    const log = file('no-key.csv', 'at,sender,amount\n');
    const result = await run(
      ['pseudonymize', ...args.map((a) => (a === 'FILE' ? log : a)), '--json'],
      { input: 'at,sender,amount\n', stdinIsTTY },
    );
    expect(result.code).toBe(2);
    expect(errorOf(result).code).toBe('invalid_argument');
  });

  it('at a terminal, the key is typed at a prompt and not shown', async () => {
    const log = file('typed.csv', 'at,sender,amount\n2020-06-08T10:00:00+09:00,01912345678,300\n');
    const { code, stdout, stderr } = await run(['pseudonymize', log], {
      input: `${KEY}\r`,
      stdinIsTTY: true,
    });
    expect(code).toBe(0);
    expect(stdout).toBe(`at,sender,amount\n2020-06-08T10:00:00+09:00,${P_12345678},300\n`);
    expect(stderr).toBe(`${KEY_PROMPT}\n`);
  });

  it('at a terminal, a short key typed is refused, not echoed', async () => {
    const log = file('typed-short.csv', 'at,sender,amount\n');
    const result = await run(['pseudonymize', log, '--json'], {
      input: 'shortkey\r',
      stdinIsTTY: true,
    });
    expect(result.code).toBe(2);
    expect(errorOf(result).code).toBe('invalid_argument');
    expect(`${result.stdout}${result.stderr}`).not.toContain('shortkey');
  });
});

describe('kpmm pseudonymize: bad input', () => {
  it('a column named like a PIN is refused before any row is read', async () => {
    const result = await pseudonymize(
      'at,sender,amount,PIN\n2020-06-08T10:00:00+09:00,01912345678,300,482915\n',
      keyFile,
      '--json',
    );
    expect(result.code).toBe(2);
    expect(errorOf(result)).toMatchObject({ code: 'secret_column', line: 1 });
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/482915|0191|p[0-9a-f]{24}/);
  });

  const cases = [
    { label: 'no FILE', args: ['--key-file', keyFile], code: 'invalid_argument' },
    {
      label: 'a FILE that cannot be read',
      args: [join(scratch, 'nope.csv')],
      code: 'unreadable_input',
    },
    {
      label: 'a header without sender',
      args: ['-', '--key-file', keyFile],
      code: 'invalid_header',
    },
    {
      label: 'bad --columns',
      args: ['-', '--key-file', keyFile, '--columns', 'when=ts'],
      code: 'invalid_argument',
    },
  ] as const satisfies readonly { label: string; args: readonly string[]; code: string }[];
  it.each(cases)('$label: exit 2, $code', async ({ args, code }) => {
    const result = await run(['pseudonymize', ...args, '--json'], { input: 'at,amount\n' });
    expect(result.code).toBe(2);
    expect(errorOf(result).code).toBe(code);
    expect(result.stderr).not.toContain('nope.csv');
  });
});

// Numbers written the ways a log writes them.
const FORMS = [
  (n: string) => `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`,
  (n: string) => `+850 ${n.slice(1, 4)} ${n.slice(4, 7)} ${n.slice(7)}`,
  (n: string) => n,
  (n: string) => `+850${n.slice(1)}`,
] as const;

const arbNational = fc
  .tuple(fc.constantFrom('1', '2', '3', '5'), fc.integer({ min: 0, max: 9_999_999 }))
  .map(([carrier, rest]) => `019${carrier}${String(rest).padStart(7, '0')}`);

/** Mostly true one time in `n`. */
const rarely = (n: number) => fc.integer({ min: 1, max: n }).map((x) => x === 1);

const arbLog = fc
  .record({
    senders: fc.uniqueArray(arbNational, { minLength: 3, maxLength: 6 }),
    recipients: fc.uniqueArray(arbNational, { minLength: 2, maxLength: 5 }),
    // A day under the 2020 cap, and the day the 2022 limits were reported.
    start: fc.constantFrom('2020-06-08T06:00:00+09:00', '2022-08-10T06:00:00+09:00'),
    rows: fc.array(
      fc.record({
        sender: fc.nat(5),
        recipient: fc.option(fc.nat(4), { freq: 3 }),
        senderForm: fc.nat(3),
        recipientForm: fc.nat(3),
        minutes: fc.integer({ min: 0, max: 150 }),
        amount: fc.oneof(
          { weight: 12, arbitrary: fc.integer({ min: 1, max: 700 }).map(String) },
          { weight: 1, arbitrary: fc.constant('abc') },
        ),
        blank: rarely(8),
        nobody: rarely(30),
        note: fc.constantFrom('', 'cash', 'a,b', 'two\nlines', 'say "hi"'),
      }),
      { minLength: 10, maxLength: 60 },
    ),
  })
  .map(({ senders, recipients, start, rows }) => {
    let ms = Date.parse(start);
    const lines = rows.map((r) => {
      ms += r.minutes * 60_000;
      // Pyongyang is UTC+9 on these days.
      const at = `${new Date(ms + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;
      const sender = FORMS[r.senderForm]?.(senders[r.sender % senders.length] ?? '') ?? '';
      const recipient =
        r.recipient === null
          ? ''
          : (FORMS[r.recipientForm]?.(recipients[r.recipient % recipients.length] ?? '') ?? '');
      const record = csvRecord([at, r.nobody ? 'nobody' : sender, recipient, r.amount, r.note]);
      return `${r.blank ? '\n' : ''}${record}`;
    });
    return `at,sender,recipient,amount,note\n${lines.join('')}`;
  });

interface Findings {
  readonly code: number;
  readonly violations: readonly (readonly [number, readonly string[]])[];
  readonly invalid: readonly number[];
  readonly counts: readonly number[];
}

function findingsOf({ code, stdout }: RunResult): Findings {
  const { violations, invalid, summary } = JSON.parse(stdout) as {
    violations: { line: number; codes: string[] }[];
    invalid: { line: number }[];
    summary: { rows: number; clean: number; violating: number; invalid: number };
  };
  return {
    code,
    violations: violations.map((v) => [v.line, v.codes] as const),
    invalid: invalid.map((i) => i.line),
    counts: [summary.rows, summary.clean, summary.violating, summary.invalid],
  };
}

describe('kpmm pseudonymize: laws', () => {
  it('auditing the pseudonymized log (--ids opaque) finds what auditing the log finds, at the same lines', async () => {
    await fc.assert(
      fc.asyncProperty(arbLog, async (log) => {
        const output = await pseudonymize(log);
        expect(output.code).toBe(0);
        const original = await run(['audit', '-', '--format', 'json'], { input: log });
        const audited = await run(['audit', '-', '--format', 'json', '--ids', 'opaque'], {
          input: output.stdout,
        });
        expect(findingsOf(audited)).toEqual(findingsOf(original));
      }),
      { numRuns: 50 },
    );
  });
});
