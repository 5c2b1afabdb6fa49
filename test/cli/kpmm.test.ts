import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'kpmm.js');
// A PIN that occurs in none of the numbers, amounts or dates used below.
const PIN = '482915';
const scratch = mkdtempSync(join(tmpdir(), 'kpmm-test-'));

function kpmm(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string> } = {},
) {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    env,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

const PLAN = [
  'plan',
  '--carrier',
  'koryolink',
  '--amount',
  '300',
  '--to',
  '0191 234 5678',
  '--at',
  '2020-06-08T10:00:00+09:00',
] as const;

describe('kpmm --help and unknown commands', () => {
  it.each([
    ['--help'],
    ['report', '--help'],
    ['plan', '--help'],
    ['cost', '--help'],
    ['rental', '--help'],
    ['audit', '--help'],
    ['facts', '--help'],
  ])('%s %s prints usage and exits 0', (...args) => {
    const { code, stdout } = kpmm(args);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: kpmm');
  });

  it.each([
    { label: 'no command', args: [] },
    { label: 'an unknown command', args: ['transfer'] },
    { label: 'an unknown option', args: ['cost', '500', '--fast'] },
    { label: 'a missing value', args: ['rental', '--region'] },
  ])('$label exits 2', ({ args }) => {
    expect(kpmm(args).code).toBe(2);
  });
});

describe('kpmm report', () => {
  it('prints the worked report with sources and the PIN masked', () => {
    const { code, stdout, stderr } = kpmm(['report']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('KPW 37,500 [dailynk-2020-06-gifting]');
    expect(stdout).toContain('RMB 30.00 [dailynk-market-rates]');
    expect(stdout).toContain('*999*300*01912345678*xxxxxx#');
    expect(stdout).toContain('*929*200*01957654321*xxxxxx#');
    expect(stdout).toContain('next allowed at 2020-06-08T15:00:00.000Z');
    expect(stdout).toContain('SYNTHETIC');
    expect(stdout).toContain('2688 rows');
    expect(stdout).not.toContain(PIN);
    for (const region of ['North Pyongan', 'Ryanggang', 'North Hamgyong', 'Chagang']) {
      expect(stdout).toContain(region);
    }
  });

  it('--json gives the same figures as data', () => {
    const { code, stdout } = kpmm(['report', '--json']);
    expect(code).toBe(0);
    expect(stdout).not.toContain(PIN);
    const report = JSON.parse(stdout) as {
      gifts: { won: number; cashKpw: number }[];
      rentals: unknown[];
      audit: { rows: number; violatingRows: number };
    };
    expect(report.gifts.map((g) => [g.won, g.cashKpw])).toEqual([
      [200, 15_000],
      [300, 22_500],
      [400, 30_000],
      [500, 37_500],
    ]);
    expect(report.rentals).toHaveLength(8);
    expect(report.audit.rows).toBe(2688);
    expect(report.audit.violatingRows).toBe(226);
  });
});

describe('kpmm plan', () => {
  it('reads the PIN from KPMM_PIN and masks it', () => {
    const { code, stdout } = kpmm(PLAN, { env: { KPMM_PIN: PIN } });
    expect(code).toBe(0);
    expect(stdout).toContain('*999*300*01912345678*xxxxxx#');
    expect(stdout).toContain('KPW 22,500');
    expect(stdout).not.toContain(PIN);
  });

  it('reads the PIN from the first line of standard input', () => {
    const { code, stdout } = kpmm(PLAN, { input: `${PIN}\nnot read\n` });
    expect(code).toBe(0);
    expect(stdout).toContain('xxxxxx');
    expect(stdout).not.toContain(PIN);
  });

  it('--reveal prints the string to dial', () => {
    const { code, stdout } = kpmm([...PLAN, '--reveal'], { env: { KPMM_PIN: PIN } });
    expect(code).toBe(0);
    expect(stdout).toContain(`*999*300*01912345678*${PIN}#`);
  });

  it('--json is the masked plan', () => {
    const { code, stdout } = kpmm([...PLAN, '--json'], { env: { KPMM_PIN: PIN } });
    expect(code).toBe(0);
    expect(stdout).not.toContain(PIN);
    const plan = JSON.parse(stdout) as {
      ussd: string;
      allowed: boolean;
      cost: { cashKpw: number };
    };
    expect(plan).toMatchObject({
      ussd: '*999*300*01912345678*xxxxxx#',
      allowed: true,
      cost: { cashKpw: 22_500 },
    });
  });

  it('--nsn recipient format', () => {
    const { stdout } = kpmm([...PLAN, '--recipient-format', 'nsn', '--json'], {
      env: { KPMM_PIN: PIN },
    });
    expect((JSON.parse(stdout) as { ussd: string }).ussd).toBe('*999*300*1912345678*xxxxxx#');
  });

  it('exits 1 when the cap refuses, naming the rule', () => {
    const history = file(
      'history.csv',
      'at,recipient,amount\n2020-06-08T08:00:00+09:00,0192 345 6789,200\n',
    );
    const { code, stdout, stderr } = kpmm([...PLAN, '--history', history], {
      env: { KPMM_PIN: PIN },
    });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('REFUSED');
    expect(stdout).toContain('daily_count_exhausted');
    expect(stdout).toContain('2020-06-08T15:00:00.000Z');
  });

  it('refuses --pin with exit 2 and an explanation, without echoing it', () => {
    for (const args of [
      [...PLAN, '--pin', PIN],
      [...PLAN, `--pin=${PIN}`],
    ]) {
      const { code, stdout, stderr } = kpmm(args, { env: { KPMM_PIN: PIN } });
      expect(code).toBe(2);
      expect(stderr).toContain('KPMM_PIN');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stdout + stderr).not.toContain(PIN);
    }
  });

  it.each([
    { label: 'a zero amount', args: ['--amount', '0'], env: { KPMM_PIN: PIN }, field: 'amount' },
    {
      label: 'a bad recipient',
      args: ['--to', '0194 123 4567'],
      env: { KPMM_PIN: PIN },
      field: 'recipient',
    },
    {
      label: 'an instant without an offset',
      args: ['--at', '2020-06-08T10:00:00'],
      env: { KPMM_PIN: PIN },
      field: 'at',
    },
    { label: 'a five-digit PIN', args: [], env: { KPMM_PIN: '98765' }, field: 'pin' },
    { label: 'no PIN at all', args: [], env: {}, field: 'pin' },
    {
      label: 'an unknown carrier',
      args: ['--carrier', 'kptc'],
      env: { KPMM_PIN: PIN },
      field: 'carrier',
    },
  ])('$label exits 2 with one line naming the field', ({ args, env, field }) => {
    const overridden = [...PLAN];
    for (let i = 0; i < args.length; i += 2) {
      const at = overridden.indexOf(args[i] as (typeof PLAN)[number]);
      overridden[at + 1] = args[i + 1] as (typeof PLAN)[number];
    }
    const { code, stdout, stderr } = kpmm(overridden, { env });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(field);
    expect(stderr).not.toContain('98765');
    expect(stderr).not.toContain(PIN);
  });
});

describe('kpmm cost', () => {
  it('prices 500 won', () => {
    const { code, stdout } = kpmm(['cost', '500']);
    expect(code).toBe(0);
    expect(stdout).toContain('KPW 37,500');
    expect(stdout).toContain('RMB 30.00');
    expect(stdout).toContain('USD 4.46');
  });

  it('--json', () => {
    const cost = JSON.parse(kpmm(['cost', '200', '--json']).stdout) as Record<string, unknown>;
    expect(cost).toMatchObject({
      won: 200,
      cashKpw: 15_000,
      cny: { currency: 'CNY', minor: 1200 },
      usd: { currency: 'USD', minor: 179 },
    });
  });

  it.each([['cost'], ['cost', 'abc'], ['cost', '-5'], ['cost', '1.5'], ['cost', '１２']])(
    '%s %s exits 2',
    (...args) => {
      expect(kpmm(args).code).toBe(2);
    },
  );
});

describe('kpmm rental', () => {
  it('quotes North Hamgyong to South Korea', () => {
    const { code, stdout } = kpmm([
      'rental',
      '--region',
      'north-hamgyong',
      '--destination',
      'south-korea',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('RMB 50.00 to RMB 200.00');
    expect(stdout).toContain('RMB 170.00');
  });

  it('--json with a crackdown', () => {
    const quote = JSON.parse(
      kpmm([
        'rental',
        '--region',
        'north-hamgyong',
        '--destination',
        'south-korea',
        '--crackdown',
        'intensified',
        '--json',
      ]).stdout,
    ) as { estimate: { minor: number } };
    expect(quote.estimate.minor).toBe(20_000);
  });

  it.each([
    ['rental', '--region', 'pyongyang', '--destination', 'china'],
    ['rental', '--region', 'chagang', '--destination', 'japan'],
    ['rental', '--region', 'chagang', '--destination', 'china', '--crackdown', 'total'],
    ['rental', '--destination', 'china'],
  ])('bad input exits 2: %s %s %s %s %s', (...args) => {
    expect(kpmm(args).code).toBe(2);
  });
});

describe('kpmm facts', () => {
  it('lists every fact with its grade', () => {
    const { code, stdout } = kpmm(['facts']);
    expect(code).toBe(0);
    expect(stdout).toContain('MOBILE_WON_PRICE (reported)');
    const json = JSON.parse(kpmm(['facts', '--json']).stdout) as { facts: { id: string }[] };
    expect(json.facts.map((f) => f.id)).toContain('RENTAL_PRICE_RANGE');
  });
});

describe('kpmm audit', () => {
  const clean =
    'at,sender,recipient,amount\n2020-06-08T10:00:00+09:00,0191 234 5678,0192 345 6789,300\n2020-06-09T10:00:00+09:00,0191 234 5678,0192 345 6789,300\n';

  it('audits the bundled synthetic log and exits 1 for its violations', () => {
    const { code, stdout } = kpmm([
      'audit',
      join(import.meta.dirname, '..', '..', 'data', 'synthetic-transfer-log.csv'),
    ]);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n').at(-1)).toBe(
      '2688 rows audited; 226 broke a rule (daily_count_exhausted 157, daily_amount_exceeded 158, recipient_monthly_exhausted 9)',
    );
  });

  it('--json streams the violations, rows last', () => {
    const log = file('two.csv', `${clean}2020-06-09T11:00:00+09:00,0191 234 5678,,600\n`);
    const { code, stdout } = kpmm(['audit', log, '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      violations: [
        {
          line: 4,
          sender: '0191 234 5678',
          at: '2020-06-09T11:00:00+09:00',
          codes: ['daily_count_exhausted', 'daily_amount_exceeded'],
        },
      ],
      rows: 3,
    });
  });

  it('reads standard input and exits 0 for a clean log', () => {
    const { code, stdout } = kpmm(['audit', '-'], { input: clean });
    expect(code).toBe(0);
    expect(stdout).toBe('2 rows audited; 0 broke a rule\n');
    expect(JSON.parse(kpmm(['audit', '-', '--json'], { input: clean }).stdout)).toEqual({
      violations: [],
      rows: 2,
    });
  });

  it.each([
    { label: 'a bad header', text: 'when,who,to,won\n', line: 1 },
    {
      label: 'a bad amount',
      text: `${clean}2020-06-10T10:00:00+09:00,0191 234 5678,,abc\n`,
      line: 4,
    },
    {
      label: 'an instant without an offset',
      text: 'at,sender,recipient,amount\n2020-06-10T10:00:00,0191 234 5678,,300\n',
      line: 2,
    },
    {
      label: 'a bad sender',
      text: 'at,sender,recipient,amount\n2020-06-10T10:00:00+09:00,12345,,300\n',
      line: 2,
    },
    {
      label: 'an unsorted row',
      text: `${clean}2020-06-08T09:00:00+09:00,0191 234 5678,,300\n`,
      line: 4,
    },
    {
      label: 'a short row',
      text: 'at,sender,recipient,amount\n2020-06-10T10:00:00+09:00,0191 234 5678\n',
      line: 2,
    },
  ])('$label exits 2 naming line $line', ({ text, line }) => {
    const { code, stderr } = kpmm(['audit', '-'], { input: text });
    expect(code).toBe(2);
    expect(stderr).toContain(`line ${String(line)}`);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing file exits 2', () => {
    const { code, stderr } = kpmm(['audit', join(scratch, 'nope.csv')]);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read');
  });
});
