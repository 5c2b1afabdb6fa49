// The command line tried as a new user would: one block per rough edge that was fixed, each
// with the case that showed it.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { LOG_HEADER as HEADER, PIN, PLAN, planWith } from './fixtures.js';
import { run, screen } from './run.js';

const scratch = mkdtempSync(join(tmpdir(), 'kpmm-edges-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Whether text holds a control character other than a line feed. */
function hasControls(text: string): boolean {
  return /\p{Cc}/u.test(text.replaceAll('\n', ''));
}

function file(name: string, content: string | Buffer, mode = 0o600): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  chmodSync(path, mode);
  return path;
}

describe('1. the audit progress line at a terminal', () => {
  // 100,005 senders once each, then sender 0 again: violations after the first progress update.
  const rows = [
    ...Array.from(
      { length: 100_005 },
      (_, i) => `2020-06-08T10:00:00+09:00,0191${String(i).padStart(7, '0')},,100`,
    ),
    ...Array.from({ length: 3 }, () => '2020-06-08T11:00:00+09:00,01910000000,,100'),
  ];
  const log = `${HEADER}\n${rows.join('\n')}\n`;

  it('is erased before each violation line, so none is glued to it', async () => {
    const { code, stdout } = await run(['audit', '-'], { input: log, terminal: true });
    expect(code).toBe(1);
    const shown = screen(stdout);
    const findings = shown.filter((l) => l.startsWith('line '));
    expect(findings).toHaveLength(3);
    expect(shown.filter((l) => l.includes('rows audited') && l.includes('line '))).toEqual([]);
    expect(findings[0]).toMatch(/^line 100007: /);
    expect(shown).toContain('100,008 rows = 100,005 clean + 3 violating + 0 invalid');
  });

  it('never goes into JSON, even with standard error on a terminal', async () => {
    const { stdout, stderr } = await run(['audit', '-', '--json'], {
      input: log,
      stderrIsTTY: true,
    });
    expect(JSON.parse(stdout)).toMatchObject({ rows: 100_008 });
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(stderr.slice(0, -4)).toMatch(/^\r {2}100,008 rows audited, [\d,]+ rows\/s$/);
  });
});

describe('2. a short row in the middle of a log', () => {
  const log = [
    HEADER,
    '2020-06-08T10:00:00+09:00,0191 111 1111,0191 222 2222,300',
    '2020-06-08T10:30:00+09:00,0191 111 1111,0191 333 3333,200',
    '2020-06-08T11:00:00+09:00,0191 111 1111,100',
    '2020-06-08T12:00:00+09:00,0191 444 4444,0191 333 3333,100',
  ].join('\n');

  it('with --strict, keeps what was found before it, and names its line', async () => {
    const { code, stdout, stderr } = await run(['audit', '-', '--json', '--strict'], {
      input: log,
    });
    expect(code).toBe(2);
    const document = JSON.parse(stdout) as {
      violations: { line: number }[];
      error: { line: number; code: string };
      rows: number;
    };
    expect(document.violations.map((v) => v.line)).toEqual([3]);
    expect(document.error).toMatchObject({ line: 4, code: 'invalid_input' });
    expect(document.rows).toBe(2);
    expect(stderr).toContain('line 4: invalid_input: the row has 3 fields; the header has 4');
  });

  it('an unclosed quote after good rows keeps them too', async () => {
    const quoted = `${HEADER}\n2020-06-08T10:00:00+09:00,01911111111,,300\n2020-06-08T10:30:00+09:00,01911111111,,200\n2020-06-08T11:00:00+09:00,"0191,,100\n`;
    const { code, stdout } = await run(['audit', '-', '--json'], { input: quoted });
    expect(code).toBe(2);
    const document = JSON.parse(stdout) as {
      violations: { line: number }[];
      invalid: { line: number; code: string }[];
      rows: number;
    };
    expect(document.violations.map((v) => v.line)).toEqual([3]);
    expect(document.invalid).toMatchObject([{ line: 4, code: 'invalid_input' }]);
    expect(document.rows).toBe(3);
  });
});

describe('3. every failure of a --json command is JSON on stdout', () => {
  it.each([
    {
      label: 'a missing file',
      args: ['audit', join(scratch, 'nope.csv'), '--json'],
      code: 'unreadable_input',
    },
    { label: 'no file at all', args: ['audit', '--json'], code: 'invalid_argument' },
    { label: 'a bad amount', args: ['cost', 'abc', '--json'], code: 'invalid_argument' },
    {
      label: 'an unknown region',
      args: ['rental', '--region', 'mars', '--destination', 'china', '--json'],
      code: 'invalid_argument',
    },
    { label: 'an unknown option', args: ['facts', '--fast', '--json'], code: 'invalid_argument' },
    {
      label: 'a bad recipient',
      args: [...planWith({ '--to': '0123' }), '--json'],
      code: 'invalid_phone_number',
    },
  ])('$label', async ({ args, code }) => {
    const result = await run(args, { env: { KPMM_PIN: PIN } });
    expect(result.code).toBe(2);
    const document = JSON.parse(result.stdout) as { error: { code: string; message: string } };
    expect(document.error.code).toBe(code);
    expect(document.error.message.length).toBeGreaterThan(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('4. arguments are never echoed', () => {
  it.each([
    { label: 'a stray PIN', args: [...PLAN, PIN], named: 'argument 10' },
    { label: 'a PIN as an option', args: [...PLAN, `--${PIN}`], named: 'argument 10' },
    { label: 'a PIN as a short option', args: [...PLAN, `-x${PIN}`], named: 'argument 10' },
    { label: 'a negative PIN-like value', args: [...PLAN, `-${PIN}`], named: 'argument 10' },
  ])('$label is named by its position', async ({ args, named }) => {
    const { code, stdout, stderr } = await run(args, { env: { KPMM_PIN: '111111' } });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(named);
    expect(stderr).not.toContain(PIN);
    expect(stderr).not.toContain('2915');
  });

  it('an unknown option made of letters is named, so a typo is easy to see', async () => {
    const { stderr } = await run([...PLAN, '--ammount', '5'], { env: { KPMM_PIN: PIN } });
    expect(stderr).toContain("unknown option '--ammount'");
  });
});

describe('5. the PIN from a private file', () => {
  it('reads the first line of a file only its owner can read', async () => {
    const pinFile = file('pin-ok', `${PIN}\nnot read\n`, 0o600);
    const { code, stdout } = await run([...PLAN, '--pin-file', pinFile, '--reveal']);
    expect(code).toBe(0);
    expect(stdout).toContain(`*999*300*01912345678*${PIN}#`);
  });

  it.each([0o644, 0o640, 0o604, 0o660])('refuses a file with mode %o, saying why', async (mode) => {
    const pinFile = file(`pin-${mode.toString(8)}`, `${PIN}\n`, mode);
    const { code, stdout, stderr } = await run([...PLAN, '--pin-file', pinFile, '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({ error: { code: 'unsafe_pin_file' } });
    expect(stderr).toContain('chmod 600');
    expect(stdout + stderr).not.toContain(PIN);
  });

  it('a missing PIN file is a clear error', async () => {
    const { code, stderr } = await run([...PLAN, '--pin-file', join(scratch, 'none')]);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read the --pin-file');
  });
});

describe('6. a binary log and control characters', () => {
  it.each([
    { label: 'a gzip file', bytes: gzipSync(`${HEADER}\n`), kind: 'gzip-compressed data' },
    {
      label: 'an executable',
      bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]),
      kind: 'an executable (ELF)',
    },
    {
      label: 'text with a NUL byte',
      bytes: Buffer.from(`${HEADER}\n2020\u0000\n`),
      kind: 'binary data',
    },
  ])('$label is recognised as not text, and no raw byte is printed', async ({ bytes, kind }) => {
    const path = file(`log-${kind.replace(/\W+/g, '-')}`, bytes);
    const { code, stdout, stderr } = await run(['audit', path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`the input is not text: it looks like ${kind}`);
    expect(hasControls(stderr)).toBe(false);
  });

  it('a field with escape sequences is echoed escaped', async () => {
    const log = `${HEADER}\n2020-06-08T10:00:00+09:00,01911111111,,3\u001b[2J\u009b0\n`;
    const { code, stdout } = await run(['audit', '-', '--json'], { input: log });
    expect(code).toBe(2);
    const document = JSON.parse(stdout) as { invalid: { value: string }[] };
    expect(document.invalid[0]?.value).toBe('3\\u{1b}[2J\\u{9b}0');
    expect(stdout).not.toMatch(/[\u007f-\u009f]/);
    const text = await run(['audit', '-'], { input: log });
    expect(text.stdout).toContain("(value '3\\u{1b}[2J\\u{9b}0')");
    expect(hasControls(text.stdout)).toBe(false);
  });

  it('a file name with control characters is echoed escaped', async () => {
    const { stderr } = await run(['audit', join(scratch, 'no\u001b]0;x\u0007pe.csv')]);
    expect(stderr).toContain('no\\u{1b}]0;x\\u{7}pe.csv');
    expect(hasControls(stderr)).toBe(false);
  });
});

describe('7. prices at the rate table in force at the date', () => {
  it('plan --at 2024-02-10 prices at the 2024-02 table and says so', async () => {
    const { code, stdout } = await run(
      [...planWith({ '--at': '2024-02-10T10:00:00+09:00' }), '--json'],
      {
        env: { KPMM_PIN: PIN },
      },
    );
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as {
      cost: { rateTableId: string; cny: { minor: number }; usd: { minor: number } };
    };
    // 300 won = KPW 22,500: at KPW 1,400 a yuan RMB 16.07, at KPW 8,510 a dollar USD 2.64.
    expect(plan.cost).toMatchObject({
      rateTableId: 'dailynk-2024-02',
      cny: { minor: 1607 },
      usd: { minor: 264 },
    });
    const text = await run(planWith({ '--at': '2024-02-10T10:00:00+09:00' }), {
      env: { KPMM_PIN: PIN },
    });
    expect(text.stdout).toContain(
      'RMB 16.07; USD 2.64 at the 2024-02 market rates (dailynk-2024-02)',
    );
  });

  it.each([
    {
      label: 'June 2020 without --at',
      args: [],
      table: 'dailynk-2020-06-pyongyang',
      cny: 3000,
      usd: 446,
    },
    {
      label: '--at 2021-03-01',
      args: ['--at', '2021-03-01T12:00:00+09:00'],
      table: 'dailynk-2021-02',
      cny: 3827,
      usd: 514,
    },
    {
      label: '--rates dailynk-2022-07',
      args: ['--rates', 'dailynk-2022-07'],
      table: 'dailynk-2022-07',
      cny: 3947,
      usd: 460,
    },
    {
      label: '--rates beats --at',
      args: ['--at', '2024-02-10T10:00:00+09:00', '--rates', 'dailynk-2020-06-pyongyang'],
      table: 'dailynk-2020-06-pyongyang',
      cny: 3000,
      usd: 446,
    },
  ])('cost 500 $label', async ({ args, table, cny, usd }) => {
    const { code, stdout } = await run(['cost', '500', ...args, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      rateTableId: table,
      cny: { minor: cny },
      usd: { minor: usd },
    });
  });

  it('a date after the last table is priced with it, with a warning naming the gap', async () => {
    const { stdout } = await run(['cost', '500', '--at', '2026-02-10T10:00:00+09:00']);
    expect(stdout).toContain('at the 2024-02 market rates (dailynk-2024-02)');
    expect(stdout).toContain(
      'warning: no rate table is dated after 2024-02; 2026-02-10 is priced with dailynk-2024-02',
    );
  });

  it('an unknown --rates lists the tables', async () => {
    const { code, stderr } = await run(['cost', '500', '--rates', 'nope']);
    expect(code).toBe(2);
    expect(stderr).toContain('--rates must be one of dailynk-2020-06-pyongyang, dailynk-2021-02');
  });
});

describe('8. facts give each constant its own unit', () => {
  it('DAILY_CAP_2020 has no monthly rule, so its unit names no month', async () => {
    const { facts } = JSON.parse((await run(['facts', '--json'])).stdout) as {
      facts: { id: string; unit: string }[];
    };
    const unit = facts.find((f) => f.id === 'DAILY_CAP_2020')?.unit;
    expect(unit).toBe('transfers and won per sender per Pyongyang day');
  });
});

describe('9. amounts: at least 1 won, at most the safe limit, never negative', () => {
  it.each([
    {
      label: 'zero',
      args: ['cost', '0'],
      says: 'WON must be at least 1 won: a transfer is at least 1 won',
    },
    {
      label: 'a 20-digit amount',
      args: ['cost', '99999999999999999999'],
      says: 'WON must be at most 9,007,199,254,740,991 won',
    },
    {
      label: 'a negative WON',
      args: ['cost', '-5'],
      says: 'WON must be positive: amounts are never negative',
    },
    {
      label: 'a negative --amount',
      args: planWith({ '--amount': '-300' }),
      says: '--amount must be positive: amounts are never negative',
    },
    {
      label: 'a zero --amount',
      args: planWith({ '--amount': '0' }),
      says: '--amount must be at least 1 won',
    },
    {
      label: 'full-width digits',
      args: ['cost', '５００'],
      says: 'WON must be a whole number won written in ASCII digits 0-9',
    },
  ])('$label', async ({ args, says }) => {
    const { code, stderr } = await run(args, { env: { KPMM_PIN: PIN } });
    expect(code).toBe(2);
    expect(stderr).toContain(says);
    expect(stderr).not.toContain('ambiguous');
  });

  it('1 won is accepted', async () => {
    expect((await run(['cost', '1'])).code).toBe(0);
  });
});

describe('10. everything else is checked before the PIN is asked for', () => {
  it.each([
    {
      label: 'a bad --to',
      args: planWith({ '--to': '0123' }),
    },
    {
      label: 'a --at without an offset',
      args: planWith({ '--at': '2020-06-08T10:00:00' }),
    },
    {
      label: 'an amount over the safe limit',
      args: planWith({ '--amount': '9007199254740992' }),
    },
  ])('$label fails without a PIN prompt', async ({ args }) => {
    const { code, stderr } = await run(args, { stdinIsTTY: true, stderrIsTTY: true });
    expect(code).toBe(2);
    expect(stderr).not.toContain('PIN (');
  });

  it('a good plan does prompt', async () => {
    const { stderr } = await run(PLAN, { stdinIsTTY: true, stderrIsTTY: true, input: `${PIN}\r` });
    expect(stderr).toContain('PIN (');
  });
});

describe('11. the cap line reads as facts, in Pyongyang time and UTC', () => {
  it('an allowed transfer says what is left as one fact', async () => {
    const { stdout } = await run(PLAN, { env: { KPMM_PIN: PIN } });
    expect(stdout).toContain(
      'allowed on 2020-06-08 (Pyongyang) under DAILY_CAP_2020; it is the last transfer the cap allows that day',
    );
    expect(stdout).not.toContain('transfer(s)');
  });

  it.each([
    {
      label: 'at UTC+9 (2020)',
      at: '2020-06-08T10:00:00+09:00',
      next: '2020-06-09 00:00 Pyongyang time (2020-06-08T15:00:00.000Z)',
    },
    {
      label: 'at UTC+8:30 (2016)',
      at: '2016-06-08T10:00:00+08:30',
      next: '2016-06-09 00:00 Pyongyang time (2016-06-08T15:30:00.000Z)',
    },
  ])('a refused transfer gives the next allowed time $label', async ({ at, next }) => {
    const history = file(
      `history-${at.slice(0, 4)}`,
      `at,recipient,amount\n${at},01927654321,500\n`,
    );
    const { code, stdout, stderr } = await run(planWith({ '--at': at, '--history': history }), {
      env: { KPMM_PIN: PIN },
    });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain(`next allowed ${next}`);
  });
});
