import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  RATE_TABLES,
  createMobileMoney,
  scheduleTransfers,
  type PlanGiftInput,
} from '../src/index.js';
import { expectKpmmError } from './helpers.js';

const A = '0191 234 5678';
const B = '0192 345 6789';
const C = '0195 123 4567';
const D = '0191 765 4321';

describe('createMobileMoney().planGift', () => {
  const mm = createMobileMoney();

  it('KPW 1,000,000 from 2020-06-08: 13,333 won, KPW 25 change, 27 transfers over 27 days', () => {
    const gift = mm.planGift({
      cashKpw: 1_000_000,
      from: '2020-06-08T00:00:00+09:00',
      recipients: [A],
    });
    expect(gift.won).toBe(13_333);
    expect(gift.transfers).toHaveLength(27);
    expect(gift.days).toBe(27);
    expect(gift.cost).toEqual({
      cashKpw: 999_975,
      changeKpw: 25,
      // KPW 999,975 at KPW 1,250 a yuan and KPW 8,400 a dollar, rounded once.
      cny: { currency: 'CNY', minor: 79_998 },
      usd: { currency: 'USD', minor: 11_904 },
      rateTableIds: ['dailynk-2020-06-pyongyang'],
    });
    expect(gift.policyIds).toEqual(['DAILY_CAP_2020']);
    expect(gift.warnings).toEqual([]);
    expect(gift.sources).toEqual([
      'dailynk-2020-06-gifting',
      'tzdb-asia-pyongyang',
      'dailynk-market-rates',
    ]);
    expect(
      Object.isFrozen(gift) && Object.isFrozen(gift.cost) && Object.isFrozen(gift.transfers),
    ).toBe(true);
  });

  const cases = [
    {
      label: '2,000 won to one recipient from 2022-08-10: four months, 84 days',
      input: { won: 2_000, from: '2022-08-10T00:00:00+09:00', recipients: [A] },
      days: 84,
      transfers: 4,
      // KPW 150,000 at the July 2022 table: 150,000 / 950 yuan, 150,000 / 8,150 dollars.
      cny: 15_789,
      usd: 1_840,
      tables: ['dailynk-2022-07'],
      policies: ['LIMITS_2022'],
    },
    {
      label: 'the same to four recipients: four days',
      input: { won: 2_000, from: '2022-08-10T00:00:00+09:00', recipients: [A, B, C, D] },
      days: 4,
      transfers: 4,
      cny: 15_789,
      usd: 1_840,
      tables: ['dailynk-2022-07'],
      policies: ['LIMITS_2022'],
    },
    {
      label: 'across 2022-08-10: the 2020 cap, then the 2022 limits',
      input: { won: 2_000, from: '2022-08-08T12:00:00+09:00', recipients: [A] },
      days: 55,
      transfers: 4,
      cny: 15_789,
      usd: 1_840,
      tables: ['dailynk-2022-07'],
      policies: ['DAILY_CAP_2020', 'LIMITS_2022'],
    },
    {
      label:
        'across 2021-02-01: each transfer priced at its own table, each table’s share rounded once',
      input: { won: 1_500, from: '2021-01-31T12:00:00+09:00', recipients: [A] },
      days: 3,
      transfers: 3,
      // 500 won at 2020-06 (KPW 37,500 = 30.00 yuan, 4.46 dollars) and 1,000 at 2021-02
      // (KPW 75,000 = 76.53 yuan, 10.27 dollars).
      cny: 3_000 + 7_653,
      usd: 446 + 1_027,
      tables: ['dailynk-2020-06-pyongyang', 'dailynk-2021-02'],
      policies: ['DAILY_CAP_2020'],
    },
  ] as const satisfies readonly {
    label: string;
    input: PlanGiftInput;
    days: number;
    transfers: number;
    cny: number;
    usd: number;
    tables: readonly string[];
    policies: readonly string[];
  }[];

  it.each(cases)('$label', ({ input, days, transfers, cny, usd, tables, policies }) => {
    const gift = mm.planGift(input);
    expect(gift.transfers).toHaveLength(transfers);
    expect(gift.transfers.reduce((sum, t) => sum + t.amount, 0)).toBe(input.won);
    expect(gift.days).toBe(days);
    expect(gift.cost).toEqual({
      cashKpw: input.won * 75,
      changeKpw: 0,
      cny: { currency: 'CNY', minor: cny },
      usd: { currency: 'USD', minor: usd },
      rateTableIds: tables,
    });
    expect(gift.policyIds).toEqual(policies);
  });

  it('across the 2018-05-04 change: warns of the policy’s date and of the widest gap before the tables', () => {
    const gift = mm.planGift({ won: 1_500, from: '2018-05-03T12:00:00+08:30', recipients: [A] });
    expect(gift.transfers.map((t) => t.at)).toEqual([
      '2018-05-03T03:30:00.000Z',
      '2018-05-03T15:30:00.000Z',
      '2018-05-04T15:00:00.000Z',
    ]);
    expect(gift.warnings.map((w) => [w.code, w.rateGap?.days])).toEqual([
      ['before_policy_report', undefined],
      ['before_first_rate_table', 760],
    ]);
  });

  it('after the last table: the oldest the table gets is named', () => {
    const gift = mm.planGift({ won: 1_500, from: '2024-02-28T12:00:00+09:00', recipients: [A] });
    expect(gift.warnings.map((w) => w.rateGap)).toEqual([
      {
        code: 'after_last_rate_table',
        tableId: 'dailynk-2024-02',
        asOf: '2024-02',
        day: '2024-04-01',
        days: 60,
        message:
          'no rate table is dated after 2024-02; 2024-04-01 is priced with dailynk-2024-02, 60 days old',
      },
    ]);
  });

  it('warns per recipient: a KPTC number, and numbers on another network than the carrier', () => {
    const gift = mm.planGift({
      won: 1_000,
      from: '2022-08-10T00:00:00+09:00',
      recipients: [C, '0193 111 2222'],
      carrier: 'kangsong',
    });
    expect(gift.warnings).toEqual([
      {
        code: 'recipient_without_mobile_money',
        message:
          'recipient 01931112222 is a KPTC number, whose owner has no reported mobile money code',
      },
      {
        code: 'cross_carrier',
        message:
          "the sender dials Kang Song NET (*929*) but recipient 01931112222's number is KPTC; whether such transfers go through is not reported",
      },
    ]);
    expect(gift.sources).toContain('dailynk-2017-06-kangsong');
  });

  it('nothing to send: cash below the price of one won', () => {
    const gift = mm.planGift({ cashKpw: 74, from: 0, recipients: [A] });
    expect([
      gift.won,
      gift.transfers.length,
      gift.days,
      gift.cost.changeKpw,
      gift.cost.cny.minor,
    ]).toEqual([0, 0, 0, 74, 0]);
  });

  it('counts the sender’s history, given or null', () => {
    const from = '2020-06-08T12:00:00+09:00';
    const history = [{ at: '2020-06-08T09:00:00+09:00', amount: 300 }];
    expect(mm.planGift({ won: 500, from, recipients: [A], history }).transfers[0]?.day).toBe(
      '2020-06-09',
    );
    expect(mm.planGift({ won: 500, from, recipients: [A], history: null }).transfers[0]?.day).toBe(
      '2020-06-08',
    );
  });

  it('binds a policy and a rate table for every date', () => {
    const table = RATE_TABLES['dailynk-2024-02'];
    const bound = createMobileMoney({ policy: LIMITS_2022, rates: table, cashKpwPerWon: 80 });
    const gift = bound.planGift({
      cashKpw: 80_050,
      from: '2020-06-08T00:00:00+09:00',
      recipients: [A],
    });
    expect([gift.won, gift.cost.changeKpw, gift.cost.cashKpw]).toEqual([1_000, 50, 80_000]);
    expect(gift.transfers.map((t) => [t.day, t.policyId])).toEqual([
      ['2020-06-08', 'LIMITS_2022'],
      ['2020-07-01', 'LIMITS_2022'],
    ]);
    expect(gift.cost.rateTableIds).toEqual(['dailynk-2024-02']);
    expect(gift.warnings).toEqual([
      {
        code: 'before_policy_report',
        message:
          'the transfer is dated before 2022-08-10, when LIMITS_2022 was first reported; it is judged by that policy anyway',
      },
    ]);
  });

  const from = '2022-08-10T00:00:00+09:00';
  it.each([
    { label: 'not an object', input: 5, code: 'invalid_input', path: [] },
    {
      label: 'a field it does not know',
      input: { won: 1, from, recipients: [A], pin: '482915' },
      code: 'invalid_input',
      path: ['pin'],
    },
    {
      label: 'both won and cashKpw',
      input: { won: 1, cashKpw: 75, from, recipients: [A] },
      code: 'invalid_input',
      path: ['won'],
    },
    {
      label: 'neither won nor cashKpw',
      input: { from, recipients: [A] },
      code: 'invalid_input',
      path: ['won'],
    },
    {
      label: 'no from',
      input: { won: 1, recipients: [A] },
      code: 'invalid_instant',
      path: ['from'],
    },
    {
      label: 'a bad from',
      input: { won: 1, from: 'today', recipients: [A] },
      code: 'invalid_instant',
      path: ['from'],
    },
    {
      label: 'no recipients',
      input: { won: 1, from },
      code: 'invalid_input',
      path: ['recipients'],
    },
    {
      label: 'an empty recipient list',
      input: { won: 1, from, recipients: [] },
      code: 'unreachable_total',
      path: ['recipients'],
    },
    {
      label: 'a bad recipient',
      input: { won: 1, from, recipients: ['x'] },
      code: 'invalid_phone_number',
      path: ['recipients', 0],
    },
    {
      label: 'a bad carrier',
      input: { won: 1, from, recipients: [A], carrier: 'kptc' },
      code: 'unknown_carrier',
      path: ['carrier'],
    },
    {
      label: 'a fractional won',
      input: { won: 1.5, from, recipients: [A] },
      code: 'invalid_amount',
      path: ['won'],
    },
    {
      label: 'negative cash',
      input: { cashKpw: -1, from, recipients: [A] },
      code: 'invalid_amount',
      path: ['cashKpw'],
    },
    {
      label: 'a bad history',
      input: { won: 1, from, recipients: [A], history: 5 },
      code: 'invalid_history',
      path: ['history'],
    },
  ] as const)('refuses $label', ({ input, code, path }) => {
    expectKpmmError(() => mm.planGift(input as never), code, path);
    const result = mm.safePlanGift(input as never);
    expect(result.success ? null : result.error.code).toBe(code);
  });

  // A refused input names every field PlanGiftInputSchema refuses, in the order of its fields.
  const day = new Date('2022-08-10T00:00:00+09:00');
  it.each([
    {
      label: 'a bad won and a bad from',
      input: { won: -5, from: 'today', recipients: [A] },
      issues: [
        ['invalid_amount', ['won']],
        ['invalid_instant', ['from']],
      ],
    },
    {
      label: 'no from and a fractional cash amount',
      input: { cashKpw: 1.5, recipients: [A] },
      issues: [
        ['invalid_amount', ['cashKpw']],
        ['invalid_instant', ['from']],
      ],
    },
    {
      label: 'both amounts, no recipients and a bad carrier',
      input: { won: 1, cashKpw: 75, from, carrier: 'kptc' },
      issues: [
        ['invalid_input', ['won']],
        ['invalid_input', ['recipients']],
        ['unknown_carrier', ['carrier']],
      ],
    },
    {
      label: 'neither amount, a bad recipient and a bad history row',
      input: { from, recipients: [A, 'x'], history: [{ at: from, amount: 0 }] },
      issues: [
        ['invalid_input', ['won']],
        ['invalid_phone_number', ['recipients', 1]],
        ['invalid_amount', ['history', 0, 'amount']],
      ],
    },
    {
      label: 'neither amount, with a Date for from and in the history',
      input: { from: day, recipients: [A], history: [{ at: day, amount: 1 }] },
      issues: [['invalid_input', ['won']]],
    },
    {
      label: 'a bad carrier and a null history, which means none',
      input: { won: 1, from, recipients: [A], carrier: 'kptc', history: null },
      issues: [['unknown_carrier', ['carrier']]],
    },
    {
      label: 'a negative won beside a cash amount: the won is refused first as an amount',
      input: { won: -1, cashKpw: 75, from, recipients: [A] },
      issues: [['invalid_amount', ['won']]],
    },
    {
      label: 'a bad cash amount and a history that is not an array',
      input: { cashKpw: -1, from, recipients: [A], history: 5 },
      issues: [
        ['invalid_amount', ['cashKpw']],
        ['invalid_history', ['history']],
      ],
    },
  ] as const)('refuses $label at every field, in order', ({ input, issues }) => {
    const error = expectKpmmError(() => mm.planGift(input as never), issues[0][0], issues[0][1]);
    expect(error.issues.map((found) => [found.code, found.path])).toEqual(issues);
  });

  it('nothing to send: a gift of 0 won has no transfer', () => {
    const gift = mm.planGift({ won: 0, from, recipients: [A] });
    expect([gift.won, gift.transfers.length, gift.days, gift.cost.cashKpw]).toEqual([0, 0, 0, 0]);
  });

  it('a missing from is said to be required, a carrier by the choices; a bad from is worded as scheduleTransfers words it', () => {
    const missing = expectKpmmError(
      () => mm.planGift({ won: 1, recipients: [A] } as never),
      'invalid_instant',
      ['from'],
    );
    expect(missing.message).toBe('from is required: the instant the gift may start');
    const carrier = expectKpmmError(
      () => mm.planGift({ won: 1, from, recipients: [A], carrier: 'kptc' } as never),
      'unknown_carrier',
    );
    expect(carrier.message).toBe('carrier must be one of koryolink, kangsong');
    const bad = expectKpmmError(
      () => mm.planGift({ won: -1, from: 'today', recipients: [A] }),
      'invalid_amount',
    );
    const bySchedule = expectKpmmError(
      () => scheduleTransfers({ totalWon: 1, from: 'today', recipients: [A] }),
      'invalid_instant',
    );
    expect(bad.issues[1]).toEqual(bySchedule.issues[0]);
  });

  it.each([
    { field: 'won', input: { won: 500_001, from, recipients: [A] }, needed: 1_001 },
    { field: 'cashKpw', input: { cashKpw: 75 * 500_001, from, recipients: [A] }, needed: 1_001 },
  ] as const)(
    'a gift longer than the bound is out_of_range at $field, with the count',
    ({ field, input, needed }) => {
      const error = expectKpmmError(() => mm.planGift(input), 'out_of_range', [field]);
      expect(error.issues[0].needed).toBe(needed);
    },
  );

  it('a bound policy that allows nothing is unreachable_total', () => {
    const none = {
      ...DAILY_CAP_2020,
      id: 'NONE',
      rules: [{ kind: 'sender-daily', maxTransfers: 0, maxAmountWon: 500 }],
    } as const;
    expectKpmmError(
      () => createMobileMoney({ policy: none }).planGift({ won: 1, from, recipients: [A] }),
      'unreachable_total',
      ['policy', 'rules', 0, 'maxTransfers'],
    );
  });
});

describe('createMobileMoney().costOf at a date', () => {
  const mm = createMobileMoney();
  it.each([
    {
      label: 'no date: the June 2020 table',
      options: undefined,
      id: 'dailynk-2020-06-pyongyang',
      cny: 3_000,
      warned: null,
    },
    {
      label: 'the 2022 switch',
      options: { at: '2022-08-10T00:00:00+09:00' },
      id: 'dailynk-2022-07',
      cny: 3_947,
      warned: null,
    },
    {
      label: 'before the tables',
      options: { at: '2019-06-01T00:00:00+09:00' },
      id: 'dailynk-2020-06-pyongyang',
      cny: 3_000,
      warned: 'before_first_rate_table',
    },
    {
      label: 'after the tables',
      options: { at: 1_735_689_600_000 },
      id: 'dailynk-2024-02',
      cny: 2_679,
      warned: 'after_last_rate_table',
    },
    {
      label: 'an empty options object',
      options: {},
      id: 'dailynk-2020-06-pyongyang',
      cny: 3_000,
      warned: null,
    },
  ] as const)('$label: $id', ({ options, id, cny, warned }) => {
    const cost = mm.costOf(500, options);
    expect([cost.rateTableId, cost.cny.minor, cost.warnings[0]?.code ?? null]).toEqual([
      id,
      cny,
      warned,
    ]);
  });

  it.each([
    { label: 'options not an object', options: 'today', code: 'invalid_input', path: ['options'] },
    {
      label: 'a field it does not know',
      options: { when: 0 },
      code: 'invalid_input',
      path: ['options', 'when'],
    },
    {
      label: 'a bad date',
      options: { at: '2022-08-10' },
      code: 'invalid_instant',
      path: ['options', 'at'],
    },
  ] as const)('refuses $label', ({ options, code, path }) => {
    expectKpmmError(() => mm.costOf(500, options as never), code, path);
  });
});
