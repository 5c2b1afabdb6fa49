import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PIN } from './fixtures.js';
import { run } from './run.js';

const scratch = mkdtempSync(join(tmpdir(), 'kpmm-schedule-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface Transfer {
  at: string;
  day: string;
  amount: number;
  policyId: string;
  recipient: { nsn: string };
}
interface Plan {
  won: number;
  days: number;
  transfers: Transfer[];
  cost: { cashKpw: number; changeKpw: number; rateTableIds: string[] };
  policyIds: string[];
  ussd?: string[];
}

async function schedule(args: readonly string[]): Promise<Plan> {
  const { code, stdout, stderr } = await run(['schedule', ...args, '--json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Plan;
}

/** The Pyongyang days from `first`, one after another. */
function consecutiveDays(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  );
}

describe('kpmm schedule', () => {
  it('KPW 1,000,000 from 2020-06-08 under the 2020 cap: 13,333 won, KPW 25 change, 27 transfers on consecutive days', async () => {
    const plan = await schedule([
      '--cash',
      '1000000',
      '--from',
      '2020-06-08T10:00:00+09:00',
      '--to',
      '0191 234 5678',
    ]);
    expect(plan.won).toBe(13_333);
    expect(plan.cost.changeKpw).toBe(25);
    expect(plan.cost.cashKpw).toBe(999_975);
    expect(plan.transfers).toHaveLength(27);
    expect(plan.days).toBe(27);
    expect(plan.transfers.map((t) => t.day)).toEqual(consecutiveDays('2020-06-08', 27));
    expect(plan.transfers.map((t) => t.amount)).toEqual([...Array<number>(26).fill(500), 333]);
    expect(plan.transfers[0]?.at).toBe('2020-06-08T01:00:00.000Z');
    expect(plan.transfers[1]?.at).toBe('2020-06-08T15:00:00.000Z');
    expect(plan.policyIds).toEqual(['DAILY_CAP_2020']);
  });

  it('2,000 won to one recipient from 2022-08-10: once a month, four months', async () => {
    const { code, stdout } = await run([
      'schedule',
      '--won',
      '2000',
      '--from',
      '2022-08-10T10:00:00+09:00',
      '--to',
      '01912345678',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'n,day,at,recipient,amount,policy',
      '1,2022-08-10,2022-08-10T01:00:00.000Z,+8501912345678,500,LIMITS_2022',
      '2,2022-09-01,2022-08-31T15:00:00.000Z,+8501912345678,500,LIMITS_2022',
      '3,2022-10-01,2022-09-30T15:00:00.000Z,+8501912345678,500,LIMITS_2022',
      '4,2022-11-01,2022-10-31T15:00:00.000Z,+8501912345678,500,LIMITS_2022',
    ]);
  });

  it('the same to four recipients: four days', async () => {
    const plan = await schedule([
      '--won',
      '2000',
      '--from',
      '2022-08-10T10:00:00+09:00',
      ...['01912345678', '01922345678', '01952345678', '01912345679'].flatMap((n) => ['--to', n]),
    ]);
    expect(plan.days).toBe(4);
    expect(plan.transfers.map((t) => [t.day, t.recipient.nsn])).toEqual([
      ['2022-08-10', '1912345678'],
      ['2022-08-11', '1922345678'],
      ['2022-08-12', '1952345678'],
      ['2022-08-13', '1912345679'],
    ]);
  });

  it('a schedule that crosses 2022-08-10 goes from the 2020 cap to the 2022 limits', async () => {
    const plan = await schedule([
      '--won',
      '1500',
      '--from',
      '2022-08-08T10:00:00+09:00',
      '--to',
      '01912345678',
    ]);
    expect(plan.transfers.map((t) => [t.day, t.policyId])).toEqual([
      ['2022-08-08', 'DAILY_CAP_2020'],
      ['2022-08-09', 'DAILY_CAP_2020'],
      ['2022-09-01', 'LIMITS_2022'],
    ]);
    expect(plan.cost.rateTableIds).toEqual(['dailynk-2022-07']);
  });

  it('a schedule across the 2018-05-04 change: midnight at 15:30Z before, 15:00Z after', async () => {
    const plan = await schedule([
      '--won',
      '1500',
      '--from',
      '2018-05-03T10:00:00+08:30',
      '--to',
      '01912345678',
    ]);
    expect(plan.transfers.map((t) => [t.day, t.at])).toEqual([
      ['2018-05-03', '2018-05-03T01:30:00.000Z'],
      ['2018-05-04', '2018-05-03T15:30:00.000Z'],
      ['2018-05-05', '2018-05-04T15:00:00.000Z'],
    ]);
  });

  it.each([
    {
      label: 'more transfers than a schedule may hold',
      args: ['--won', '600000'],
      code: 'out_of_range',
    },
    { label: 'a zero total', args: ['--won', '0'], code: 'invalid_argument' },
  ])('an unreachable total, $label, is a coded error', async ({ args, code }) => {
    const result = await run([
      'schedule',
      ...args,
      '--from',
      '2020-06-08T10:00:00+09:00',
      '--to',
      '01912345678',
      '--json',
    ]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code } });
  });

  it('--ussd adds the strings to dial with the PIN masked, reading the PIN once', async () => {
    const pinFile = join(scratch, 'pin');
    writeFileSync(pinFile, `${PIN}\n`);
    chmodSync(pinFile, 0o600);
    const { code, stdout } = await run([
      'schedule',
      '--won',
      '700',
      '--from',
      '2020-06-08T10:00:00+09:00',
      '--to',
      '01912345678',
      '--ussd',
      '--carrier',
      'koryolink',
      '--pin-file',
      pinFile,
      '--json',
    ]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Plan).ussd).toEqual([
      '*999*500*01912345678*xxxxxx#',
      '*999*200*01912345678*xxxxxx#',
    ]);
    expect(stdout).not.toContain(PIN);
  });

  it.each([
    {
      label: 'both --won and --cash',
      args: ['--won', '500', '--cash', '37500'],
      says: 'either --won or --cash',
    },
    { label: 'neither', args: [], says: 'either --won or --cash' },
    {
      label: '--ussd without --carrier',
      args: ['--won', '500', '--ussd'],
      says: '--ussd needs --carrier',
    },
  ])('$label is refused', async ({ args, says }) => {
    const { code, stderr } = await run([
      'schedule',
      ...args,
      '--from',
      '2020-06-08T10:00:00+09:00',
      '--to',
      '01912345678',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(says);
  });
});

describe('the README example of kpmm schedule', () => {
  it('prints what the README shows', async () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const example = /```sh\n\$ kpmm (schedule [^\n]+)\n```\n\n```text\n([\s\S]*?)```/.exec(readme);
    expect(example).not.toBeNull();
    const [, command = '', output = ''] = example ?? [];
    const args = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
    const { code, stdout } = await run(args);
    expect(code).toBe(0);
    expect(stdout).toBe(output);
  });
});
