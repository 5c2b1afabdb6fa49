import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  MAX_SCHEDULED_TRANSFERS,
  checkTransfer,
  safeScheduleTransfers,
  scheduleTransfers,
  type HistoryEntry,
  type ScheduleTransfersInput,
  type ScheduledTransfer,
  type TransferPolicy,
} from '../../src/cap/index.js';
import { cashToMobileWon } from '../../src/exchange/index.js';
import { expectKpmmError } from '../helpers.js';
import { asEntry } from './scheduleReference.js';

const A = '0191 234 5678';
const B = '0192 345 6789';
const C = '0195 123 4567';
const D = '0191 765 4321';

/** `[at, day, nsn, amount, policyId]` of each transfer, for compact tables. */
function rowsOf(
  schedule: readonly ScheduledTransfer[],
): [string, string, string, number, string][] {
  return schedule.map((t) => [t.at, t.day, t.recipient.nsn, t.amount, t.policyId]);
}

describe('scheduleTransfers: tables', () => {
  it('KPW 1,000,000 from 2020-06-08 under the 2020 cap: 13,333 won (KPW 25 change), 27 transfers on consecutive Pyongyang days', () => {
    const { mobileWon, changeKpw } = cashToMobileWon(1_000_000);
    expect([mobileWon, changeKpw]).toEqual([13_333, 25]);
    const schedule = scheduleTransfers({
      totalWon: mobileWon,
      from: '2020-06-08T00:00:00+09:00',
      recipients: [A],
      policy: DAILY_CAP_2020,
    });
    expect(schedule).toHaveLength(27);
    expect(schedule.map((t) => t.amount)).toEqual([...Array<number>(26).fill(500), 333]);
    const days = schedule.map((t) => Date.parse(`${t.day}T00:00:00Z`) / 86_400_000);
    expect(days.every((day, i) => i === 0 || day === (days[i - 1] ?? 0) + 1)).toBe(true);
    expect(rowsOf([schedule[0], schedule[1], schedule[26]].flatMap((t) => (t ? [t] : [])))).toEqual(
      [
        ['2020-06-07T15:00:00.000Z', '2020-06-08', '1912345678', 500, 'DAILY_CAP_2020'],
        ['2020-06-08T15:00:00.000Z', '2020-06-09', '1912345678', 500, 'DAILY_CAP_2020'],
        ['2020-07-03T15:00:00.000Z', '2020-07-04', '1912345678', 333, 'DAILY_CAP_2020'],
      ],
    );
    // The same without a policy: the 2020 cap is in force all along.
    expect(
      scheduleTransfers({
        totalWon: mobileWon,
        from: '2020-06-08T00:00:00+09:00',
        recipients: [A],
      }),
    ).toEqual(schedule);
  });

  const cases = [
    {
      label: '2,000 won to one recipient from 2022-08-10 under LIMITS_2022: four months',
      input: {
        totalWon: 2_000,
        from: '2022-08-10T00:00:00+09:00',
        recipients: [A],
        policy: LIMITS_2022,
      },
      rows: [
        ['2022-08-09T15:00:00.000Z', '2022-08-10', '1912345678', 500, 'LIMITS_2022'],
        ['2022-08-31T15:00:00.000Z', '2022-09-01', '1912345678', 500, 'LIMITS_2022'],
        ['2022-09-30T15:00:00.000Z', '2022-10-01', '1912345678', 500, 'LIMITS_2022'],
        ['2022-10-31T15:00:00.000Z', '2022-11-01', '1912345678', 500, 'LIMITS_2022'],
      ],
    },
    {
      label: 'the same to four recipients: four days',
      input: {
        totalWon: 2_000,
        from: '2022-08-10T00:00:00+09:00',
        recipients: [A, B, C, D],
        policy: LIMITS_2022,
      },
      rows: [
        ['2022-08-09T15:00:00.000Z', '2022-08-10', '1912345678', 500, 'LIMITS_2022'],
        ['2022-08-10T15:00:00.000Z', '2022-08-11', '1923456789', 500, 'LIMITS_2022'],
        ['2022-08-11T15:00:00.000Z', '2022-08-12', '1951234567', 500, 'LIMITS_2022'],
        ['2022-08-12T15:00:00.000Z', '2022-08-13', '1917654321', 500, 'LIMITS_2022'],
      ],
    },
    {
      label:
        'across 2022-08-10 by date: the August transfers under the 2020 cap count for the monthly rule',
      input: { totalWon: 2_000, from: '2022-08-08T12:00:00+09:00', recipients: [A] },
      rows: [
        ['2022-08-08T03:00:00.000Z', '2022-08-08', '1912345678', 500, 'DAILY_CAP_2020'],
        ['2022-08-08T15:00:00.000Z', '2022-08-09', '1912345678', 500, 'DAILY_CAP_2020'],
        ['2022-08-31T15:00:00.000Z', '2022-09-01', '1912345678', 500, 'LIMITS_2022'],
        ['2022-09-30T15:00:00.000Z', '2022-10-01', '1912345678', 500, 'LIMITS_2022'],
      ],
    },
    {
      label:
        'across 2022-08-10 by date with two recipients: the one not yet paid in August gets 08-10',
      input: { totalWon: 2_000, from: '2022-08-09T12:00:00+09:00', recipients: [A, B] },
      rows: [
        ['2022-08-09T03:00:00.000Z', '2022-08-09', '1912345678', 500, 'DAILY_CAP_2020'],
        ['2022-08-09T15:00:00.000Z', '2022-08-10', '1923456789', 500, 'LIMITS_2022'],
        ['2022-08-31T15:00:00.000Z', '2022-09-01', '1912345678', 500, 'LIMITS_2022'],
        ['2022-09-01T15:00:00.000Z', '2022-09-02', '1923456789', 500, 'LIMITS_2022'],
      ],
    },
    {
      label: 'across the 2018-05-04 change: days start at 15:30Z before it, 15:00Z after',
      input: {
        totalWon: 1_500,
        from: '2018-05-03T12:00:00+08:30',
        recipients: [A],
        policy: DAILY_CAP_2020,
      },
      rows: [
        ['2018-05-03T03:30:00.000Z', '2018-05-03', '1912345678', 500, 'DAILY_CAP_2020'],
        ['2018-05-03T15:30:00.000Z', '2018-05-04', '1912345678', 500, 'DAILY_CAP_2020'],
        ['2018-05-04T15:00:00.000Z', '2018-05-05', '1912345678', 500, 'DAILY_CAP_2020'],
      ],
    },
    {
      label:
        'across the 2015-08-15 change: clocks went back half an hour at midnight, so 08-15 began at 15:30Z',
      input: { totalWon: 1_000, from: '2015-08-14T20:00:00+09:00', recipients: [A] },
      rows: [
        ['2015-08-14T11:00:00.000Z', '2015-08-14', '1912345678', 500, 'DAILY_CAP_2020'],
        ['2015-08-14T15:30:00.000Z', '2015-08-15', '1912345678', 500, 'DAILY_CAP_2020'],
      ],
    },
    {
      label: 'after a history: the rest of the day first, then from the next Pyongyang midnight',
      input: {
        totalWon: 1_000,
        from: '2020-06-08T12:00:00+09:00',
        recipients: [A],
        history: [{ at: '2020-06-08T09:00:00+09:00', amount: 300 }],
        policy: {
          ...DAILY_CAP_2020,
          id: 'TWO_A_DAY',
          rules: [{ kind: 'sender-daily', maxTransfers: 2, maxAmountWon: 500 }],
        },
      },
      rows: [
        ['2020-06-08T03:00:00.000Z', '2020-06-08', '1912345678', 200, 'TWO_A_DAY'],
        ['2020-06-08T15:00:00.000Z', '2020-06-09', '1912345678', 500, 'TWO_A_DAY'],
        ['2020-06-09T15:00:00.000Z', '2020-06-10', '1912345678', 300, 'TWO_A_DAY'],
      ],
    },
    {
      label: 'a rolling window: each transfer when the one before has left the 24 hours',
      input: {
        totalWon: 1_200,
        from: '2020-06-08T12:00:00+09:00',
        recipients: [A],
        history: [{ at: '2020-06-08T09:00:00+09:00', amount: 300 }],
        policy: { ...DAILY_CAP_2020, id: 'ROLLING', window: { rollingHours: 24 } },
      },
      rows: [
        ['2020-06-09T00:00:00.000Z', '2020-06-09', '1912345678', 500, 'ROLLING'],
        ['2020-06-10T00:00:00.000Z', '2020-06-10', '1912345678', 500, 'ROLLING'],
        ['2020-06-11T00:00:00.000Z', '2020-06-11', '1912345678', 200, 'ROLLING'],
      ],
    },
    {
      label: 'a history dated after from: nothing is planned before it',
      input: {
        totalWon: 500,
        from: '2020-06-08T12:00:00+09:00',
        recipients: [A],
        history: [{ at: '2020-06-10T09:00:00+09:00', amount: 100 }],
      },
      rows: [['2020-06-10T15:00:00.000Z', '2020-06-11', '1912345678', 500, 'DAILY_CAP_2020']],
    },
    {
      label: 'nothing to send',
      input: { totalWon: 0, from: '2020-06-08T12:00:00+09:00', recipients: [] },
      rows: [],
    },
    {
      label: 'LIMITS_2022 given as the policy: the monthly rule has a limit, so it is reachable',
      input: {
        totalWon: 1_500,
        from: '2022-09-15T12:00:00+09:00',
        recipients: [A, B],
        policy: LIMITS_2022,
      },
      rows: [
        ['2022-09-15T03:00:00.000Z', '2022-09-15', '1912345678', 500, 'LIMITS_2022'],
        ['2022-09-15T15:00:00.000Z', '2022-09-16', '1923456789', 500, 'LIMITS_2022'],
        ['2022-09-30T15:00:00.000Z', '2022-10-01', '1912345678', 500, 'LIMITS_2022'],
      ],
    },
    {
      label: 'the same number written twice is one recipient',
      input: {
        totalWon: 1_000,
        from: '2022-09-15T12:00:00+09:00',
        recipients: [A, '+8501912345678'],
      },
      rows: [
        ['2022-09-15T03:00:00.000Z', '2022-09-15', '1912345678', 500, 'LIMITS_2022'],
        ['2022-09-30T15:00:00.000Z', '2022-10-01', '1912345678', 500, 'LIMITS_2022'],
      ],
    },
  ] as const satisfies readonly {
    label: string;
    input: ScheduleTransfersInput;
    rows: readonly (readonly [string, string, string, number, string])[];
  }[];

  it.each(cases)('$label', ({ input: given, rows }) => {
    const input: ScheduleTransfersInput = given;
    const schedule = scheduleTransfers(input);
    expect(rowsOf(schedule)).toEqual(rows);
    expect(Object.isFrozen(schedule)).toBe(true);
    expect(schedule.every((t) => Object.isFrozen(t))).toBe(true);
    // Each transfer passes checkTransfer given the history and the transfers before it.
    const history: HistoryEntry[] = [...(input.history ?? [])];
    for (const transfer of schedule) {
      const { policy } = input;
      const decision = checkTransfer({
        history,
        proposed: asEntry(transfer),
        ...(policy === undefined ? {} : { policy }),
      });
      expect(decision.allowed).toBe(true);
      history.push(asEntry(transfer));
    }
  });
});

describe('scheduleTransfers: refusals', () => {
  const zero = (rule: 'daily-count' | 'daily-amount' | 'monthly'): TransferPolicy => ({
    ...LIMITS_2022,
    id: 'ZERO',
    rules: [
      {
        kind: 'sender-daily',
        maxTransfers: rule === 'daily-count' ? 0 : 1,
        maxAmountWon: rule === 'daily-amount' ? 0 : 500,
      },
      { kind: 'recipient-monthly', maxTransfers: rule === 'monthly' ? 0 : 1 },
    ],
  });
  const from = '2022-08-10T00:00:00+09:00';

  it.each([
    {
      label: 'no recipient',
      input: { totalWon: 1, from, recipients: [] },
      code: 'unreachable_total',
      path: ['recipients'],
    },
    {
      label: 'a policy allowing no transfer',
      input: { totalWon: 1, from, recipients: [A], policy: zero('daily-count') },
      code: 'unreachable_total',
      path: ['policy', 'rules', 0, 'maxTransfers'],
    },
    {
      label: 'a policy allowing no won',
      input: { totalWon: 1, from, recipients: [A], policy: zero('daily-amount') },
      code: 'unreachable_total',
      path: ['policy', 'rules', 0, 'maxAmountWon'],
    },
    {
      label: 'a policy allowing no recipient',
      input: { totalWon: 1, from, recipients: [A], policy: zero('monthly') },
      code: 'unreachable_total',
      path: ['policy', 'rules', 1, 'maxTransfers'],
    },
    {
      label: 'more transfers than the bound',
      input: { totalWon: 500 * MAX_SCHEDULED_TRANSFERS + 1, from, recipients: [A, B, C] },
      code: 'out_of_range',
      path: ['totalWon'],
    },
    {
      label: 'a schedule that would run past the last instant',
      input: { totalWon: 1_000, from: 8.64e15 - 1, recipients: [A] },
      code: 'out_of_range',
      path: ['from'],
    },
    { label: 'not an object', input: 'gift', code: 'invalid_input', path: [] },
    {
      label: 'a misspelt field',
      input: { totalwon: 1, totalWon: 1, from, recipients: [A] },
      code: 'invalid_input',
      path: ['totalwon'],
    },
    {
      label: 'a fractional total',
      input: { totalWon: 1.5, from, recipients: [A] },
      code: 'invalid_amount',
      path: ['totalWon'],
    },
    {
      label: 'a negative total',
      input: { totalWon: -1, from, recipients: [A] },
      code: 'invalid_amount',
      path: ['totalWon'],
    },
    {
      label: 'from without an offset',
      input: { totalWon: 1, from: '2022-08-10T00:00:00', recipients: [A] },
      code: 'invalid_instant',
      path: ['from'],
    },
    {
      label: 'recipients not an array',
      input: { totalWon: 1, from, recipients: A },
      code: 'invalid_input',
      path: ['recipients'],
    },
    {
      label: 'a recipient that is no number',
      input: { totalWon: 1, from, recipients: [A, 'hello'] },
      code: 'invalid_phone_number',
      path: ['recipients', 1],
    },
    {
      label: 'a bad history row',
      input: { totalWon: 1, from, recipients: [A], history: [{ at: from, amount: 0 }] },
      code: 'invalid_amount',
      path: ['history', 0, 'amount'],
    },
    {
      label: 'a bad policy',
      input: { totalWon: 1, from, recipients: [A], policy: { ...LIMITS_2022, window: 'week' } },
      code: 'invalid_policy',
      path: ['policy', 'window'],
    },
  ] as const)('refuses $label with $code', ({ input, code, path }) => {
    expectKpmmError(() => scheduleTransfers(input as never), code, path);
    const safe = safeScheduleTransfers(input as never);
    expect(safe.success ? null : safe.error.code).toBe(code);
  });

  it.each([
    { label: 'one over the bound at 500 won a day', totalWon: 500_001, needed: 1_001 },
    {
      label: 'a trillion won, counted without planning it',
      totalWon: 10 ** 12,
      needed: 2 * 10 ** 9,
    },
  ])('out_of_range names the count it would need: $label', ({ totalWon, needed }) => {
    const error = expectKpmmError(
      () => scheduleTransfers({ totalWon, from, recipients: [A] }),
      'out_of_range',
      ['totalWon'],
    );
    expect(error.issues[0].needed).toBe(needed);
  });

  it.each([
    {
      label: 'from the year 1000 into the 2022 limits',
      from: '1000-01-01T00:00:00Z',
      needed: 2_000_000_000,
    },
    {
      label: 'from 2022-07-20, across the switch',
      from: '2022-07-20T00:00:00+09:00',
      needed: 2_000_000_000,
    },
  ])('counts the transfers across a switch of policy: $label', ({ from: start, needed }) => {
    const error = expectKpmmError(
      () => scheduleTransfers({ totalWon: 10 ** 12, from: start, recipients: [A] }),
      'out_of_range',
    );
    expect(error.issues[0].needed).toBe(needed);
  });

  it('a rolling window that keeps splitting the day never settles: the count is a floor', () => {
    const at = Date.UTC(2020, 5, 8);
    const input = {
      from: at,
      recipients: [A],
      history: [{ at: at - 23 * 3_600_000, amount: 300 }],
      policy: {
        ...DAILY_CAP_2020,
        id: 'SPLIT',
        window: { rollingHours: 24 },
        rules: [{ kind: 'sender-daily', maxTransfers: 2, maxAmountWon: 500 }],
      },
    } as const;
    expect(rowsOf(scheduleTransfers({ ...input, totalWon: 1_000 }))).toEqual([
      ['2020-06-08T00:00:00.000Z', '2020-06-08', '1912345678', 200, 'SPLIT'],
      ['2020-06-08T01:00:00.000Z', '2020-06-08', '1912345678', 300, 'SPLIT'],
      ['2020-06-09T00:00:00.000Z', '2020-06-09', '1912345678', 200, 'SPLIT'],
      ['2020-06-09T01:00:00.000Z', '2020-06-09', '1912345678', 300, 'SPLIT'],
    ]);
    const error = expectKpmmError(
      () => scheduleTransfers({ ...input, totalWon: 10 ** 9 }),
      'out_of_range',
      ['totalWon'],
    );
    expect(error.issues[0].needed).toBe(2_000_251);
    expect(error.message).toBe(
      'totalWon needs at least 2000251 transfers, more than the 1000 a schedule may hold',
    );
  });

  it('collects every problem of the input at once', () => {
    const error = expectKpmmError(
      () =>
        scheduleTransfers({
          totalWon: -1,
          from: 'soon',
          recipients: ['x'],
          history: 5,
          policy: null,
        } as never),
      'invalid_amount',
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      ['totalWon'],
      ['from'],
      ['recipients', 0],
      ['history'],
      ['policy'],
    ]);
  });

  it.each([
    {
      label: 'a policy allowing no transfer',
      rule: 'daily-count',
      message:
        'policy.rules.0.maxTransfers is 0: no transfer is ever allowed, so no schedule delivers 700 won',
    },
    {
      label: 'a policy allowing no won',
      rule: 'daily-amount',
      message:
        'policy.rules.0.maxAmountWon is 0: no won may ever be sent, so no schedule delivers 700 won',
    },
    {
      label: 'a policy allowing no recipient',
      rule: 'monthly',
      message:
        'policy.rules.1.maxTransfers is 0: no recipient may ever receive, so no schedule delivers 700 won',
    },
  ] as const)(
    'says why a limit of zero leaves the total unreachable: $label',
    ({ rule, message }) => {
      const error = expectKpmmError(
        () => scheduleTransfers({ totalWon: 700, from, recipients: [A], policy: zero(rule) }),
        'unreachable_total',
      );
      expect(error.message).toBe(message);
    },
  );

  it('out_of_range says how many transfers an exact count needs', () => {
    const error = expectKpmmError(
      () => scheduleTransfers({ totalWon: 500_001, from, recipients: [A] }),
      'out_of_range',
      ['totalWon'],
    );
    expect(error.message).toBe(
      'totalWon needs 1001 transfers, more than the 1000 a schedule may hold',
    );
  });

  // The issues of a refused input name exactly the fields refused, recipients by index in order.
  const twelve = Array.from({ length: 12 }, (_, i) =>
    i === 2 || i === 10 ? `bad ${String(i)}` : A,
  );
  it.each([
    {
      label: 'a fractional total alone',
      input: { totalWon: 1.5, from, recipients: [A, B] },
      paths: [['totalWon']],
    },
    {
      label: 'a bad from alone',
      input: { totalWon: 1, from: 'soon', recipients: [A, B] },
      paths: [['from']],
    },
    {
      label: 'bad recipients at 2 and 10, in the order of their indices',
      input: { totalWon: 1, from, recipients: twelve },
      paths: [
        ['recipients', 2],
        ['recipients', 10],
      ],
    },
    {
      label: 'a negative total and a history that is not an array',
      input: { totalWon: -1, from, recipients: [A], history: 'none' },
      paths: [['totalWon'], ['history']],
    },
  ] as const)('refuses $label at exactly those paths', ({ input, paths }) => {
    const result = safeScheduleTransfers(input as never);
    expect(result.success ? [] : result.error.issues.map((found) => found.path)).toEqual(paths);
  });

  it('a recipient that reads as invalid once and as valid after is refused as unreadable', () => {
    let reads = 0;
    const number = new Proxy(
      { nsn: '1912345678', national: '01912345678', e164: '+8501912345678', owner: 'koryolink' },
      {
        getOwnPropertyDescriptor(target, key) {
          const found = Reflect.getOwnPropertyDescriptor(target, key);
          if (key !== 'nsn' || found === undefined) return found;
          reads += 1;
          return reads === 1 ? { ...found, value: 'x' } : found;
        },
      },
    );
    const error = expectKpmmError(
      () => scheduleTransfers({ totalWon: 1, from, recipients: [number] } as never),
      'invalid_input',
      [],
    );
    expect(error.issues).toHaveLength(1);
  });

  it('reads only the input’s own fields: a polluted Object.prototype changes nothing', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['policy'] = { id: 'inherited' };
    try {
      expect(rowsOf(scheduleTransfers({ totalWon: 500, from, recipients: [A] }))).toEqual([
        ['2022-08-09T15:00:00.000Z', '2022-08-10', '1912345678', 500, 'LIMITS_2022'],
      ]);
    } finally {
      delete proto['policy'];
    }
  });

  it('refuses an input that is not a plain object', () => {
    const input = Object.create({ policy: { id: 'inherited' } }) as Record<string, unknown>;
    Object.assign(input, { totalWon: 500, from, recipients: [A] });
    expectKpmmError(() => scheduleTransfers(input as never), 'invalid_input', []);
  });
});
