import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { auditTransfersSync } from 'kp-mobile-money';
import { describe, expect, it } from 'vitest';
import { TEXT_LIMIT } from '../src/audit.js';
import { AuditStopped, auditLog, type AuditSummary } from '../src/auditLog.js';
import { run } from './run.js';

const SAMPLE = join(import.meta.dirname, '..', 'data', 'synthetic-transfer-log.csv');

const A = '0191 234 5678';
const B = '0192 345 6789';
const HEADER = 'at,sender,recipient,amount';
const clean = `${HEADER}\n2020-06-08T10:00:00+09:00,${A},${B},300\n2020-06-09T10:00:00+09:00,${A},${B},300\n`;
/** Line 4 breaks the daily cap twice over. */
const violating = `${clean}2020-06-09T11:00:00+09:00,${A},,600\n`;

interface JsonViolation {
  line: number;
  sender: string;
  recipient: string | null;
  amount: number;
  at: string;
  utc: string;
  day: string;
  policy: string;
  codes: string[];
  beforePolicyReport: boolean;
  columns?: Record<string, string>;
}
interface JsonInvalid {
  line: number;
  code: string;
  field: string | null;
  message: string;
  value: string | null;
}
interface JsonDocument {
  violations: JsonViolation[];
  invalid: JsonInvalid[];
  invalidOmitted: number;
  error?: { line: number | null; code: string; field: string | null; message: string };
  summary: AuditSummary;
  rows: number;
}

async function audit(args: readonly string[], input?: string) {
  const result = await run(['audit', ...args], input === undefined ? {} : { input });
  return result;
}

async function auditJson(args: readonly string[], input?: string) {
  const result = await audit([...args, '--format', 'json'], input);
  return { ...result, doc: JSON.parse(result.stdout) as JsonDocument };
}

// A messy log: a BOM, CRLF, upper-case headers in another order, an extra column, bad rows in
// the middle, a blank line, a quoted field, and a last line without a line break.
const MESSY = [
  '\ufeffAmount,SENDER,At,Recipient,Branch',
  `300,${A},2020-06-08T10:00:00+09:00,${B},north`,
  `abc,${A},2020-06-08T11:00:00+09:00,,north`,
  `300,${A}`,
  '',
  `200,${A},2020-06-08T12:00:00,,east`,
  `200,"${A}",2020-06-08T13:00:00+09:00,,"east, upper"`,
  '100,12345,2020-06-08T14:00:00+09:00,,west',
  `400,${A},2020-06-09T09:00:00+09:00,,north`,
].join('\r\n');

describe('kpmm audit: every row accounted for', () => {
  it('a messy log: bad rows are reported with line, column, code and value, and the audit goes on', async () => {
    const { code, doc, stderr } = await auditJson(['-', '--keep', 'branch'], MESSY);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(doc.violations).toEqual([
      {
        line: 7,
        sender: A,
        recipient: null,
        amount: 200,
        at: '2020-06-08T13:00:00+09:00',
        utc: '2020-06-08T04:00:00.000Z',
        day: '2020-06-08',
        policy: 'DAILY_CAP_2020',
        codes: ['daily_count_exhausted'],
        beforePolicyReport: false,
        columns: { Branch: 'east, upper' },
      },
    ]);
    expect(doc.invalid.map(({ line, code: c, field, value }) => [line, c, field, value])).toEqual([
      [3, 'invalid_amount', 'amount', 'abc'],
      [4, 'invalid_input', null, null],
      [6, 'invalid_instant', 'at', '2020-06-08T12:00:00'],
      [8, 'invalid_phone_number', 'sender', '12345'],
    ]);
    expect(doc.invalid[1]?.message).toBe('the row has 2 fields; the header has 5');
    expect(doc.invalid[2]?.message).toMatch(/^at must be an RFC 3339 date-time with an offset/);
    expect(doc.summary).toMatchObject({ rows: 7, clean: 2, violating: 1, invalid: 4 });
    expect(doc.summary.invalidByCode).toEqual({
      invalid_amount: 1,
      invalid_input: 1,
      invalid_instant: 1,
      invalid_phone_number: 1,
    });
  });

  it('the text says rows = clean + violating + invalid, and lists the invalid rows by line', async () => {
    const { code, stdout } = await audit(['-'], MESSY);
    expect(code).toBe(2);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      "line 3: invalid: invalid_amount (amount): amount must be a whole number of won written in ASCII digits (value 'abc')",
      'line 4: invalid: invalid_input: the row has 2 fields; the header has 5',
      expect.stringMatching(/^line 6: invalid: invalid_instant \(at\): at must be an RFC 3339/),
      `line 7: 2020-06-08 (Pyongyang) 2020-06-08T04:00:00.000Z ${A} 200 won [DAILY_CAP_2020]: daily_count_exhausted`,
      expect.stringMatching(
        /^line 8: invalid: invalid_phone_number \(sender\): .*\(value '12345'\)$/,
      ),
    ]);
    expect(stdout).toContain('7 rows = 2 clean + 1 violating + 4 invalid\n');
    expect(stdout).toMatch(
      /invalid by code +invalid_amount 1, invalid_input 1, invalid_instant 1, invalid_phone_number 1\n/,
    );
  });

  it('an unclosed quote in the middle is one invalid row; the rows after it are read again', async () => {
    const text = `${HEADER}\n2020-06-08T10:00:00+09:00,"${A},${B},300\n2020-06-08T11:00:00+09:00,${A},,300\n2020-06-08T12:00:00+09:00,${A},,300\n`;
    const { code, doc } = await auditJson(['-'], text);
    expect(code).toBe(2);
    expect(doc.invalid.map((r) => [r.line, r.code])).toEqual([[2, 'invalid_input']]);
    expect(doc.violations.map((v) => [v.line, v.codes])).toEqual([
      [4, ['daily_count_exhausted', 'daily_amount_exceeded']],
    ]);
    expect(doc.summary).toMatchObject({ rows: 3, clean: 1, violating: 1, invalid: 1 });
  });

  it('a quoted field may hold a comma, a doubled quote and a line break; lines still count', async () => {
    const text = `${HEADER},note\n2020-06-08T10:00:00+09:00,${A},,300,"two\nlines, and ""quotes"""\n2020-06-08T11:00:00+09:00,${A},,300,plain\n`;
    const { code, doc } = await auditJson(['-', '--keep', 'note'], text);
    expect(code).toBe(1);
    expect(doc.violations.map((v) => [v.line, v.columns])).toEqual([[4, { note: 'plain' }]]);
  });

  it('an echoed value has its control characters escaped and is cut short', async () => {
    const amount = `\u001b[2J${'9'.repeat(100)}x`;
    const { doc } = await auditJson(
      ['-'],
      `${HEADER}\n2020-06-08T10:00:00+09:00,${A},,${amount}\n`,
    );
    expect(doc.invalid[0]?.value).toBe(`\\u{1b}[2J${'9'.repeat(36)}…`);
  });

  it('--strict stops at the first invalid row, naming it, and the JSON document stays valid', async () => {
    const { code, doc, stderr } = await auditJson(['-', '--strict'], MESSY);
    expect(code).toBe(2);
    expect(Object.keys(doc)).toEqual([
      'violations',
      'invalid',
      'invalidOmitted',
      'error',
      'summary',
      'rows',
    ]);
    expect(doc.error).toMatchObject({ line: 3, code: 'invalid_amount', field: 'amount' });
    expect(doc.rows).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'kpmm audit: stdin: line 3: invalid_amount (amount): amount must be a whole number of won written in ASCII digits',
    ]);
  });
});

describe('kpmm audit: exit codes (invalid rows win over violations)', () => {
  it.each([
    { label: 'a clean log', input: clean, args: [], code: 0 },
    { label: 'violations', input: violating, args: [], code: 1 },
    {
      label: 'an invalid row',
      input: `${clean}2020-06-10T10:00:00+09:00,${A},,x\n`,
      args: [],
      code: 2,
    },
    {
      label: 'violations and an invalid row',
      input: `${violating}2020-06-10T10:00:00+09:00,${A},,x\n`,
      args: [],
      code: 2,
    },
    { label: 'violations with --summary', input: violating, args: ['--summary'], code: 1 },
    { label: 'a usage error', input: clean, args: ['--format', 'xml'], code: 2 },
    { label: 'a bad header', input: 'when,who,won\n', args: [], code: 2 },
  ])('$label exits $code', async ({ input, args, code }) => {
    expect((await audit(['-', ...args], input)).code).toBe(code);
  });
});

describe('kpmm audit: headers and ids', () => {
  it.each([
    {
      label: 'upper case, any order',
      header: 'AMOUNT,Recipient,SENDER,At',
      row: `300,${B},${A},T`,
    },
    {
      label: 'extra columns',
      header: 'id,at,sender,recipient,amount,note',
      row: `9,T,${A},${B},300,x`,
    },
    { label: 'no recipient column', header: 'at,sender,amount', row: `T,${A},300` },
    {
      label: 'spaces around names',
      header: ' at , sender ,recipient, amount',
      row: `T,${A},${B},300`,
    },
  ])('reads a header with $label', async ({ header, row }) => {
    const rows = [row, row].map((r, i) => r.replace('T', `2020-06-08T1${String(i)}:00:00+09:00`));
    const { code, doc } = await auditJson(['-'], `${header}\n${rows.join('\n')}\n`);
    expect(code).toBe(1);
    expect(doc.violations.map((v) => [v.line, v.sender, v.amount, v.codes])).toEqual([
      [3, A, 300, ['daily_count_exhausted', 'daily_amount_exceeded']],
    ]);
  });

  it('--columns maps other names', async () => {
    const text = `ts,from,to,won\n2020-06-08T10:00:00+09:00,${A},${B},300\n2020-06-08T11:00:00+09:00,${A},${B},300\n`;
    const mapped = await auditJson(
      ['-', '--columns', 'at=ts,sender=from,recipient=to,amount=won'],
      text,
    );
    expect(mapped.code).toBe(1);
    expect(mapped.doc.violations.map((v) => [v.line, v.recipient])).toEqual([[3, B]]);
    const unmapped = await auditJson(['-'], text);
    expect(unmapped.code).toBe(2);
    expect(unmapped.doc.error).toMatchObject({ line: 1, code: 'invalid_header' });
    expect(unmapped.doc.error?.message).toContain('no column for at, sender, amount');
  });

  it.each([
    {
      label: 'a repeated column',
      header: 'at,sender,Sender,amount',
      message: "'sender' (sender) appears twice",
    },
    { label: 'a missing sender', header: 'at,recipient,amount', message: 'no column for sender' },
    { label: 'an empty file', header: '', message: 'the file is empty' },
    {
      label: 'a --keep column it lacks',
      header: HEADER,
      message: "--keep names a column the header does not have: 'branch'",
      args: ['--keep', 'branch'],
    },
  ])('refuses $label with invalid_header on line 1', async ({ header, message, args = [] }) => {
    const { code, stderr } = await audit(['-', ...args], header === '' ? '' : `${header}\n`);
    expect(code).toBe(2);
    expect(stderr).toContain('line 1: invalid_header: ');
    expect(stderr).toContain(message);
  });

  it.each([
    'pin',
    'PIN',
    'sender_pin',
    'pinCode',
    'Password',
    'passwd',
    'user pass code',
    '비밀번호',
  ])(
    'refuses a column named %j before reading any row, naming the column and no value',
    async (name) => {
      const text = `${HEADER},${name}\n2020-06-08T10:00:00+09:00,${A},,300,482915\n`;
      const { code, stdout, stderr } = await audit(['-'], text);
      expect(code).toBe(2);
      expect(stderr).toContain('secret_column');
      expect(stderr).toContain(`'${name}'`);
      expect(`${stdout}${stderr}`).not.toContain('482915');
    },
  );

  it.each(['pinyin', 'spinner', 'shipping_code', 'opinion'])(
    'reads a column named %j',
    async (name) => {
      const { code } = await audit(
        ['-'],
        `${HEADER},${name}\n2020-06-08T10:00:00+09:00,${A},,300,x\n`,
      );
      expect(code).toBe(0);
    },
  );

  it('--ids opaque compares pseudonyms as exact strings; as phone numbers they are invalid', async () => {
    const text = `${HEADER}\n2020-06-08T10:00:00+09:00,p1a,p9,300\n2020-06-08T11:00:00+09:00,p1a,p9,100\n2020-06-08T12:00:00+09:00,P1A,p9,100\n`;
    const opaque = await auditJson(['-', '--ids', 'opaque'], text);
    expect(opaque.code).toBe(1);
    expect(opaque.doc.violations.map((v) => [v.line, v.sender])).toEqual([[3, 'p1a']]);
    const phone = await auditJson(['-'], text);
    expect(phone.code).toBe(2);
    expect(phone.doc.summary.invalidByCode).toEqual({ invalid_phone_number: 3 });
  });

  it('an unsorted log stops naming the first line out of order; --sort sorts it in memory and says so', async () => {
    const text = `${HEADER}\n2020-06-08T12:00:00+09:00,${A},,100\n2020-06-08T01:00:00Z,${A},,100\n2020-06-08T09:00:00+09:00,${A},,100\n`;
    const unsorted = await audit(['-'], text);
    expect(unsorted.code).toBe(2);
    expect(unsorted.stderr).toContain('line 3: unsorted_log (at)');
    const sorted = await auditJson(['-', '--sort'], text);
    expect(sorted.code).toBe(1);
    // 09:00 and 10:00 (01:00Z) come before 12:00: the rows at lines 3 and 2 broke the cap.
    expect(sorted.doc.violations.map((v) => v.line)).toEqual([3, 2]);
    expect(sorted.doc.summary.sorted).toBe(true);
    expect((await audit(['-', '--sort'], text)).stdout).toContain('(sorted in memory by instant)');
  });

  it('past its row limit, sorting stops with too_many_rows, pointing to an SQL engine', async () => {
    const rows = [3, 2, 1].map((h) => `2020-06-08T0${String(h)}:00:00Z,${A},,100`);
    const input = Readable.from([`${HEADER}\n${rows.join('\n')}\n`]);
    const error = await auditLog(input, { source: 'test', sortLimit: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditStopped);
    expect((error as AuditStopped).problem).toMatchObject({ line: 4, code: 'too_many_rows' });
    expect((error as AuditStopped).message).toContain('more than 2 rows');
    expect((error as AuditStopped).message).toContain('DuckDB');
  });
});

describe('kpmm audit: what an analyst reads', () => {
  it('the synthetic log: the summary in text', async () => {
    const { code, stdout } = await audit([SAMPLE]);
    expect(code).toBe(1);
    const summary = stdout.slice(stdout.indexOf('\n\n') + 2);
    expect(summary.split('\n').slice(0, 6)).toEqual([
      '2,688 rows = 2,462 clean + 226 violating + 0 invalid',
      '  by rule               sender-daily 315, recipient-monthly 9',
      '  by code               daily_count_exhausted 157, daily_amount_exceeded 158, recipient_monthly_exhausted 9',
      '  by policy             DAILY_CAP_2020 87, LIMITS_2022 139',
      '  by Pyongyang month    2020-06 87, 2022-08 112, 2022-09 27',
      expect.stringMatching(/^ {2}top senders {11}01912053227 5, 01951277165 4, /),
    ]);
  });

  it('the top senders group one number written in several forms under its national form', async () => {
    // Four transfers on one Pyongyang day under the 2020 cap: the last three break it.
    const log = [
      'at,sender,recipient,amount',
      '2020-06-08T10:00:00+09:00,01912345678,,100',
      '2020-06-08T11:00:00+09:00,+8501912345678,,100',
      '2020-06-08T12:00:00+09:00,0191 234 5678,,100',
      '2020-06-08T13:00:00+09:00,1912345678,,100',
      '2020-06-08T14:00:00+09:00,01951277165,,100',
      '2020-06-08T15:00:00+09:00,01951277165,,100',
    ].join('\n');
    const { code, doc } = await auditJson(['-'], log);
    expect(code).toBe(1);
    expect(doc.summary.topSenders).toEqual([
      { sender: '01912345678', violations: 3 },
      { sender: '01951277165', violations: 1 },
    ]);
    expect(doc.violations.map((v) => v.sender)).toEqual([
      '+8501912345678',
      '0191 234 5678',
      '1912345678',
      '01951277165',
    ]);
  });

  it('the summary agrees with a count of the violations themselves and with the library', async () => {
    const { doc } = await auditJson([SAMPLE]);
    const { summary, violations } = doc;
    expect(summary.rows).toBe(summary.clean + summary.violating + summary.invalid);
    expect(summary.violating).toBe(violations.length);
    const count = (keys: string[]) =>
      keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
    expect(summary.byCode).toEqual(count(violations.flatMap((v) => v.codes)));
    expect(summary.byMonth).toEqual(count(violations.map((v) => v.day.slice(0, 7))));
    expect(summary.byPolicy).toEqual(count(violations.map((v) => v.policy)));
    const bySender = count(violations.map((v) => v.sender));
    const top = Object.entries(bySender)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, 10);
    expect(summary.topSenders.map((t) => [t.sender, t.violations])).toEqual(top);
    // The library's in-memory audit over the same rows finds the same lines.
    const records = parse<Record<string, string>>(readFileSync(SAMPLE, 'utf8'), { columns: true });
    const log = records.map((r) => ({
      at: r['at'] ?? '',
      sender: r['sender'] ?? '',
      ...(r['recipient'] === '' ? {} : { recipient: r['recipient'] }),
      amount: Number(r['amount']),
    }));
    const lines = [...auditTransfersSync(log)].map((row) => row.index + 2);
    expect(violations.map((v) => v.line)).toEqual(lines);
  });

  it('marks and counts violations dated before their policy was first reported', async () => {
    const text = `${HEADER}\n2019-03-01T10:00:00+09:00,${A},,300\n2019-03-01T11:00:00+09:00,${A},,300\n`;
    const { doc } = await auditJson(['-'], text);
    expect(doc.violations.map((v) => [v.line, v.beforePolicyReport])).toEqual([[3, true]]);
    expect(doc.summary.beforePolicyReport).toBe(1);
    const { stdout } = await audit(['-'], text);
    expect(stdout).toContain(
      '[DAILY_CAP_2020]: daily_count_exhausted, daily_amount_exceeded before_policy_report',
    );
    expect(stdout).toMatch(/before_policy_report +1 violating row is dated before its policy/);
  });

  it('--format ndjson: one typed record a line, then the summary', async () => {
    const { stdout } = await audit(['-', '--format', 'ndjson'], MESSY);
    const records = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; line?: number });
    expect(records.map((r) => [r.type, r.line])).toEqual([
      ['invalid', 3],
      ['invalid', 4],
      ['invalid', 6],
      ['violation', 7],
      ['invalid', 8],
      ['summary', undefined],
    ]);
    expect(records.at(-1)).toMatchObject({ rows: 7, clean: 2, violating: 1, invalid: 4 });
  });

  it('--format csv: the violations with a header, equal to the JSON ones when read back', async () => {
    const text = `${HEADER},note\n2020-06-08T10:00:00+09:00,${A},${B},300,a\n2020-06-08T11:00:00+09:00,${A},${B},600,"b, ""c"""\n`;
    const csv = await audit(['-', '--format', 'csv', '--keep', 'note'], text);
    const { doc } = await auditJson(['-', '--keep', 'note'], text);
    expect(csv.code).toBe(1);
    const back = parse<Record<string, string>>(csv.stdout, { columns: true });
    expect(Object.keys(back[0] ?? {})).toEqual([
      'line',
      'sender',
      'recipient',
      'amount',
      'at',
      'utc',
      'pyongyang_day',
      'policy',
      'codes',
      'before_policy_report',
      'note',
    ]);
    expect(
      back.map((r) => ({
        line: Number(r['line']),
        sender: r['sender'],
        recipient: r['recipient'] === '' ? null : r['recipient'],
        amount: Number(r['amount']),
        at: r['at'],
        utc: r['utc'],
        day: r['pyongyang_day'],
        policy: r['policy'],
        codes: (r['codes'] ?? '').split(';'),
        beforePolicyReport: r['before_policy_report'] === 'true',
        columns: { note: r['note'] },
      })),
    ).toEqual(doc.violations);
    expect(csv.stderr).toBe('2 rows = 1 clean + 1 violating + 0 invalid\n');
  });

  it('--format csv names invalid rows on standard error', async () => {
    const { stdout, stderr } = await audit(['-', '--format', 'csv'], MESSY);
    expect(stdout.split('\n')[0]).toBe(
      'line,sender,recipient,amount,at,utc,pyongyang_day,policy,codes,before_policy_report',
    );
    expect(stderr.split('\n').filter((l) => l.includes(': invalid: '))).toHaveLength(4);
  });

  it.each([
    {
      format: 'text',
      check: (out: string) =>
        expect(out).toBe(
          '3 rows = 2 clean + 1 violating + 0 invalid\n' + out.slice(out.indexOf('\n') + 1),
        ),
    },
    {
      format: 'json',
      check: (out: string) =>
        expect(Object.keys(JSON.parse(out) as object)).toEqual(['summary', 'rows']),
    },
    {
      format: 'ndjson',
      check: (out: string) =>
        expect(
          out
            .trim()
            .split('\n')
            .map((l) => (JSON.parse(l) as { type: string }).type),
        ).toEqual(['summary']),
    },
    {
      format: 'csv',
      check: (out: string) =>
        expect(out.split('\n').slice(0, 3)).toEqual([
          'section,key,value',
          'rows,total,3',
          'rows,clean,2',
        ]),
    },
  ])('--summary prints only the summary, in $format', async ({ format, check }) => {
    const { stdout } = await audit(['-', '--summary', '--format', format], violating);
    expect(stdout).not.toContain('line 4');
    check(stdout);
  });

  it(`text at a terminal prints at most ${String(TEXT_LIMIT)} records, then the summary; --all prints all`, async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `2020-06-08T10:${String(i).padStart(2, '0')}:00+09:00,${A},,100`,
    );
    const text = `${HEADER}\n${rows.join('\n')}\n`;
    const atTerminal = await run(['audit', '-'], { input: text, terminal: true });
    const records = atTerminal.stdout.split('\n').filter((l) => l.startsWith('line '));
    expect(records).toHaveLength(TEXT_LIMIT);
    expect(atTerminal.stdout).toContain(
      '… and 9 more violating rows not shown (--all prints them; --format csv or ndjson writes them for other tools)\n',
    );
    const all = await run(['audit', '-', '--all'], { input: text, terminal: true });
    expect(all.stdout.split('\n').filter((l) => l.startsWith('line '))).toHaveLength(29);
    const piped = await run(['audit', '-'], { input: text });
    expect(piped.stdout.split('\n').filter((l) => l.startsWith('line '))).toHaveLength(29);
  });

  it('--json is --format json; the two cannot disagree', async () => {
    expect((await audit(['-', '--json'], clean)).stdout).toBe(
      (await audit(['-', '--format', 'json'], clean)).stdout,
    );
    const { code, stderr } = await audit(['-', '--json', '--format', 'csv'], clean);
    expect(code).toBe(2);
    expect(stderr).toContain('--json and --format disagree');
  });

  it.each([
    ['--columns', 'at'],
    ['--columns', 'when=ts'],
    ['--columns', 'at=ts,at=t2'],
    ['--keep', 'a,,b'],
    ['--ids', 'email'],
  ])('refuses %s %j as a usage error', async (option, value) => {
    const { code, stderr } = await audit(['-', option, value], clean);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^kpmm audit: /);
  });
});
