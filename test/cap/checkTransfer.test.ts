import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  checkTransfer,
  safeCheckTransfer,
  type CapAllowed,
  type CapDecision,
  type CapBlocked,
  type CheckTransferInput,
  type TransferPolicy,
} from '../../src/cap/index.js';
import { parseKpPhoneNumber, type KpmmErrorCode, type PathSegment } from '../../src/core/index.js';
import { expectKpmmError, serialisations } from '../helpers.js';

const ROLLING_2020: TransferPolicy = {
  ...DAILY_CAP_2020,
  id: 'ROLLING_2020',
  window: { rollingHours: 24 },
};

const THREE_A_DAY: TransferPolicy = {
  id: 'THREE_A_DAY',
  label: 'three transfers and 500 won in any 24 hours',
  rules: [{ kind: 'sender-daily', maxTransfers: 3, maxAmountWon: 500 }],
  window: { rollingHours: 24 },
  timeZone: 'Asia/Pyongyang',
  effectiveFrom: '2020-01-01',
  sources: [],
};

const count = (attempted: number, limit = 1) =>
  ({ rule: 'sender-daily', code: 'daily_count_exhausted', limit, attempted }) as const;
const amount = (attempted: number, limit = 500) =>
  ({ rule: 'sender-daily', code: 'daily_amount_exceeded', limit, attempted }) as const;
const monthly = (attempted: number) =>
  ({
    rule: 'recipient-monthly',
    code: 'recipient_monthly_exhausted',
    limit: 1,
    attempted,
  }) as const;

const decisions = [
  // The seed case: one transfer a day, counted in Pyongyang days.
  {
    label: 'seed: the first transfer of the day passes',
    input: { history: [], proposed: { at: '2020-06-08T10:00:00+09:00', amount: 300 } },
    expected: {
      allowed: true,
      day: '2020-06-08',
      policyId: 'DAILY_CAP_2020',
      remaining: { transfers: 0, amount: 200 },
    },
  },
  {
    label: 'seed: a second transfer the same Pyongyang day fails until 15:00Z',
    input: {
      history: [{ at: '2020-06-08T10:00:00+09:00', amount: 300 }],
      proposed: { at: '2020-06-08T23:59:59.999+09:00', amount: 200 },
    },
    expected: {
      allowed: false,
      day: '2020-06-08',
      policyId: 'DAILY_CAP_2020',
      violations: [count(2)],
      nextAllowedAt: '2020-06-08T15:00:00.000Z',
    },
  },
  {
    label: 'seed: the next Pyongyang day passes (15:00Z is midnight)',
    input: {
      history: [{ at: '2020-06-08T10:00:00+09:00', amount: 300 }],
      proposed: { at: '2020-06-08T15:00:00Z', amount: 500 },
    },
    expected: {
      allowed: true,
      day: '2020-06-09',
      policyId: 'DAILY_CAP_2020',
      remaining: { transfers: 0, amount: 0 },
    },
  },
  {
    label: 'the same UTC day but the next Pyongyang day passes',
    input: {
      history: [{ at: '2020-06-08T01:00:00Z', amount: 500 }],
      proposed: { at: '2020-06-08T16:00:00Z', amount: 500 },
    },
    expected: {
      allowed: true,
      day: '2020-06-09',
      policyId: 'DAILY_CAP_2020',
      remaining: { transfers: 0, amount: 0 },
    },
  },
  {
    label: 'a second transfer over the total names both violations',
    input: {
      history: [{ at: '2020-06-08T09:00:00+09:00', amount: 400 }],
      proposed: { at: '2020-06-08T10:00:00+09:00', amount: 400 },
    },
    expected: {
      allowed: false,
      day: '2020-06-08',
      policyId: 'DAILY_CAP_2020',
      violations: [count(2), amount(800)],
      nextAllowedAt: '2020-06-08T15:00:00.000Z',
    },
  },
  {
    label: 'history rows after the proposed instant are ignored',
    input: {
      history: [{ at: '2020-06-08T11:00:00+09:00', amount: 500 }],
      proposed: { at: '2020-06-08T10:00:00+09:00', amount: 500 },
    },
    expected: {
      allowed: true,
      day: '2020-06-08',
      policyId: 'DAILY_CAP_2020',
      remaining: { transfers: 0, amount: 0 },
    },
  },
  {
    label: 'a history row at the same instant counts',
    input: {
      history: [{ at: 1591578000000, amount: 100 }],
      proposed: { at: new Date(1591578000000), amount: 100 },
    },
    expected: {
      allowed: false,
      day: '2020-06-08',
      policyId: 'DAILY_CAP_2020',
      violations: [count(2)],
      nextAllowedAt: '2020-06-08T15:00:00.000Z',
    },
  },
  // 501 won can never pass a 500-won cap.
  {
    label: '501 won is refused, and never allowed',
    input: { history: [], proposed: { at: '2020-06-08T10:00:00+09:00', amount: 501 } },
    expected: {
      allowed: false,
      day: '2020-06-08',
      policyId: 'DAILY_CAP_2020',
      violations: [amount(501)],
      nextAllowedAt: null,
    },
  },
  {
    label: '501 won on a used day names both rules and is never allowed',
    input: {
      history: [{ at: '2020-06-08T09:00:00+09:00', amount: 1 }],
      proposed: { at: '2020-06-08T10:00:00+09:00', amount: 501 },
    },
    expected: {
      allowed: false,
      day: '2020-06-08',
      policyId: 'DAILY_CAP_2020',
      violations: [count(2), amount(502)],
      nextAllowedAt: null,
    },
  },
  {
    label: '500 won exactly passes',
    input: { history: [], proposed: { at: '2020-06-08T10:00:00+09:00', amount: 500 } },
    expected: {
      allowed: true,
      day: '2020-06-08',
      policyId: 'DAILY_CAP_2020',
      remaining: { transfers: 0, amount: 0 },
    },
  },
  // 2015-08-14: clocks went back from 00:00 (+9) to 23:30 (+8:30) at 15:00Z.
  {
    label: '2015: the repeated half hour still belongs to 14 August',
    input: {
      history: [{ at: '2015-08-14T14:50:00Z', amount: 300 }],
      proposed: { at: '2015-08-14T15:10:00Z', amount: 100 },
      policy: DAILY_CAP_2020,
    },
    expected: {
      allowed: false,
      day: '2015-08-14',
      policyId: 'DAILY_CAP_2020',
      violations: [count(2)],
      nextAllowedAt: '2015-08-14T15:30:00.000Z',
    },
  },
  {
    label: '2015: the repeated half hour written with its +08:30 offset',
    input: {
      history: [{ at: '2015-08-14T23:50:00+09:00', amount: 300 }],
      proposed: { at: '2015-08-14T23:40:00+08:30', amount: 100 },
      policy: DAILY_CAP_2020,
    },
    expected: {
      allowed: false,
      day: '2015-08-14',
      policyId: 'DAILY_CAP_2020',
      violations: [count(2)],
      nextAllowedAt: '2015-08-14T15:30:00.000Z',
    },
  },
  {
    label: '2015: 15 August begins at 15:30Z',
    input: {
      history: [{ at: '2015-08-14T15:10:00Z', amount: 300 }],
      proposed: { at: '2015-08-14T15:30:00Z', amount: 100 },
      policy: DAILY_CAP_2020,
    },
    expected: {
      allowed: true,
      day: '2015-08-15',
      policyId: 'DAILY_CAP_2020',
      remaining: { transfers: 0, amount: 400 },
    },
  },
  {
    label: '2016: in the UTC+8:30 years a day ends at 15:30Z',
    input: {
      history: [{ at: '2016-03-01T09:00:00+08:30', amount: 300 }],
      proposed: { at: '2016-03-01T15:20:00Z', amount: 100 },
      policy: DAILY_CAP_2020,
    },
    expected: {
      allowed: false,
      day: '2016-03-01',
      policyId: 'DAILY_CAP_2020',
      violations: [count(2)],
      nextAllowedAt: '2016-03-01T15:30:00.000Z',
    },
  },
  // 2018-05-04: clocks went forward from 23:30 (+8:30) to 00:00 (+9) at 15:00Z.
  {
    label: '2018: the last millisecond of 4 May is blocked until 15:00Z',
    input: {
      history: [{ at: '2018-05-04T14:30:00Z', amount: 300 }],
      proposed: { at: '2018-05-04T14:59:59.999Z', amount: 100 },
      policy: DAILY_CAP_2020,
    },
    expected: {
      allowed: false,
      day: '2018-05-04',
      policyId: 'DAILY_CAP_2020',
      violations: [count(2)],
      nextAllowedAt: '2018-05-04T15:00:00.000Z',
    },
  },
  {
    label: '2018: 5 May begins at 15:00Z, after 23:30 local',
    input: {
      history: [{ at: '2018-05-04T14:30:00Z', amount: 300 }],
      proposed: { at: '2018-05-04T15:00:00Z', amount: 100 },
      policy: DAILY_CAP_2020,
    },
    expected: {
      allowed: true,
      day: '2018-05-05',
      policyId: 'DAILY_CAP_2020',
      remaining: { transfers: 0, amount: 400 },
    },
  },
  // Rolling windows: each transfer counts for exactly 24 hours.
  {
    label: 'rolling: the next morning is still inside 24 hours',
    input: {
      history: [{ at: '2020-06-08T20:00:00+09:00', amount: 300 }],
      proposed: { at: '2020-06-09T09:00:00+09:00', amount: 100 },
      policy: ROLLING_2020,
    },
    expected: {
      allowed: false,
      day: '2020-06-09',
      policyId: 'ROLLING_2020',
      violations: [count(2)],
      nextAllowedAt: '2020-06-09T11:00:00.000Z',
    },
  },
  {
    label: 'rolling: one millisecond before 24 hours have passed',
    input: {
      history: [{ at: '2020-06-08T20:00:00+09:00', amount: 300 }],
      proposed: { at: '2020-06-09T19:59:59.999+09:00', amount: 100 },
      policy: ROLLING_2020,
    },
    expected: {
      allowed: false,
      day: '2020-06-09',
      policyId: 'ROLLING_2020',
      violations: [count(2)],
      nextAllowedAt: '2020-06-09T11:00:00.000Z',
    },
  },
  {
    label: 'rolling: exactly 24 hours later passes',
    input: {
      history: [{ at: '2020-06-08T20:00:00+09:00', amount: 300 }],
      proposed: { at: '2020-06-09T20:00:00+09:00', amount: 500 },
      policy: ROLLING_2020,
    },
    expected: {
      allowed: true,
      day: '2020-06-09',
      policyId: 'ROLLING_2020',
      remaining: { transfers: 0, amount: 0 },
    },
  },
  {
    label: 'rolling: the amount frees up when the oldest transfer leaves',
    input: {
      history: [
        { at: '2020-06-08T11:00:00+09:00', amount: 100 },
        { at: '2020-06-08T10:00:00+09:00', amount: 300 },
      ],
      proposed: { at: '2020-06-08T12:00:00+09:00', amount: 200 },
      policy: THREE_A_DAY,
    },
    expected: {
      allowed: false,
      day: '2020-06-08',
      policyId: 'THREE_A_DAY',
      violations: [amount(600)],
      nextAllowedAt: '2020-06-09T01:00:00.000Z',
    },
  },
  {
    label: 'rolling: both older transfers must leave for 450 won',
    input: {
      history: [
        { at: '2020-06-08T10:00:00+09:00', amount: 300 },
        { at: '2020-06-08T11:00:00+09:00', amount: 100 },
      ],
      proposed: { at: '2020-06-08T12:00:00+09:00', amount: 450 },
      policy: THREE_A_DAY,
    },
    expected: {
      allowed: false,
      day: '2020-06-08',
      policyId: 'THREE_A_DAY',
      violations: [amount(850)],
      nextAllowedAt: '2020-06-09T02:00:00.000Z',
    },
  },
  {
    label: 'rolling: what is left is counted in the window',
    input: {
      history: [{ at: '2020-06-08T10:00:00+09:00', amount: 300 }],
      proposed: { at: '2020-06-08T12:00:00+09:00', amount: 150 },
      policy: THREE_A_DAY,
    },
    expected: {
      allowed: true,
      day: '2020-06-08',
      policyId: 'THREE_A_DAY',
      remaining: { transfers: 1, amount: 50 },
    },
  },
  // The monthly rule compares recipients as phone numbers.
  {
    label: 'monthly: the same recipient written differently is refused until next month',
    input: {
      history: [{ at: '2022-08-10T09:00:00+09:00', amount: 200, recipient: '0195 123 4567' }],
      proposed: { at: '2022-08-20T09:00:00+09:00', amount: 200, recipient: '+850 195 123 4567' },
    },
    expected: {
      allowed: false,
      day: '2022-08-20',
      policyId: 'LIMITS_2022',
      violations: [monthly(2)],
      nextAllowedAt: '2022-08-31T15:00:00.000Z',
    },
  },
  {
    label: 'monthly: a parsed number and 10 digits are the same recipient',
    input: {
      history: [
        {
          at: '2022-09-01T09:00:00+09:00',
          amount: 200,
          recipient: parseKpPhoneNumber('1912345678'),
        },
      ],
      proposed: { at: '2022-09-30T23:59:59+09:00', amount: 200, recipient: '(0191) 234-5678' },
    },
    expected: {
      allowed: false,
      day: '2022-09-30',
      policyId: 'LIMITS_2022',
      violations: [monthly(2)],
      nextAllowedAt: '2022-09-30T15:00:00.000Z',
    },
  },
  {
    label: 'monthly: the same day and the same recipient name both rules; next month frees both',
    input: {
      history: [{ at: '2022-08-20T09:00:00+09:00', amount: 200, recipient: '01951234567' }],
      proposed: { at: '2022-08-20T10:00:00+09:00', amount: 200, recipient: '1951234567' },
    },
    expected: {
      allowed: false,
      day: '2022-08-20',
      policyId: 'LIMITS_2022',
      violations: [count(2), monthly(2)],
      nextAllowedAt: '2022-08-31T15:00:00.000Z',
    },
  },
  {
    label: 'monthly: another recipient the next day passes',
    input: {
      history: [{ at: '2022-08-10T09:00:00+09:00', amount: 200, recipient: '0195 123 4567' }],
      proposed: { at: '2022-08-11T09:00:00+09:00', amount: 500, recipient: '0191 234 5678' },
    },
    expected: {
      allowed: true,
      day: '2022-08-11',
      policyId: 'LIMITS_2022',
      remaining: { transfers: 0, amount: 0 },
    },
  },
  {
    label: 'monthly: the same recipient on the first of the next Pyongyang month passes',
    input: {
      history: [{ at: '2022-08-10T09:00:00+09:00', amount: 200, recipient: '0195 123 4567' }],
      proposed: { at: '2022-08-31T15:00:00Z', amount: 200, recipient: '0195 123 4567' },
    },
    expected: {
      allowed: true,
      day: '2022-09-01',
      policyId: 'LIMITS_2022',
      remaining: { transfers: 0, amount: 300 },
    },
  },
  {
    label: 'monthly: history rows without a recipient count only toward the daily rule',
    input: {
      history: [{ at: '2022-08-10T09:00:00+09:00', amount: 200 }],
      proposed: { at: '2022-08-11T09:00:00+09:00', amount: 200, recipient: '0195 123 4567' },
    },
    expected: {
      allowed: true,
      day: '2022-08-11',
      policyId: 'LIMITS_2022',
      remaining: { transfers: 0, amount: 300 },
    },
  },
  {
    label: 'monthly: under the 2020 policy the same recipient may be sent to again',
    input: {
      history: [{ at: '2022-08-08T09:00:00+09:00', amount: 200, recipient: '0195 123 4567' }],
      proposed: { at: '2022-08-09T09:00:00+09:00', amount: 200, recipient: '0195 123 4567' },
    },
    expected: {
      allowed: true,
      day: '2022-08-09',
      policyId: 'DAILY_CAP_2020',
      remaining: { transfers: 0, amount: 300 },
    },
  },
  {
    label: 'monthly: a 2020-policy transfer counts once the 2022 limits are in force',
    input: {
      history: [{ at: '2022-08-09T09:00:00+09:00', amount: 200, recipient: '0195 123 4567' }],
      proposed: { at: '2022-08-10T09:00:00+09:00', amount: 200, recipient: '0195 123 4567' },
    },
    expected: {
      allowed: false,
      day: '2022-08-10',
      policyId: 'LIMITS_2022',
      violations: [monthly(2)],
      nextAllowedAt: '2022-08-31T15:00:00.000Z',
    },
  },
  {
    label: 'a policy that allows nothing never allows',
    input: {
      history: [],
      proposed: { at: '2020-06-08T10:00:00+09:00', amount: 1 },
      policy: {
        ...DAILY_CAP_2020,
        id: 'NONE',
        rules: [{ kind: 'sender-daily', maxTransfers: 0, maxAmountWon: 500 }],
      },
    },
    expected: {
      allowed: false,
      day: '2020-06-08',
      policyId: 'NONE',
      violations: [count(1, 0)],
      nextAllowedAt: null,
    },
  },
  {
    label: 'a monthly limit of zero never allows',
    input: {
      history: [],
      proposed: { at: '2022-09-01T10:00:00+09:00', amount: 1, recipient: '0195 123 4567' },
      policy: {
        ...LIMITS_2022,
        id: 'NO_RECIPIENTS',
        rules: [
          { kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 500 },
          { kind: 'recipient-monthly', maxTransfers: 0 },
        ],
      },
    },
    expected: {
      allowed: false,
      day: '2022-09-01',
      policyId: 'NO_RECIPIENTS',
      violations: [{ ...monthly(1), limit: 0 }],
      nextAllowedAt: null,
    },
  },
  {
    label: 'a next allowed instant beyond the range of a Date is null',
    input: {
      history: [{ at: 8.64e15 - 1, amount: 1 }],
      proposed: { at: 8.64e15, amount: 1 },
      policy: DAILY_CAP_2020,
    },
    expected: {
      allowed: false,
      day: '+275760-09-13',
      policyId: 'DAILY_CAP_2020',
      violations: [count(2)],
      nextAllowedAt: null,
    },
  },
] as const satisfies readonly {
  label: string;
  input: CheckTransferInput;
  expected: Omit<CapAllowed, 'warnings'> | Omit<CapBlocked, 'warnings'>;
}[];

/** A decision without its warnings (toEqual skips an undefined field), which have their own table below. */
function rules(decision: CapDecision): object {
  return { ...decision, warnings: undefined };
}

describe('checkTransfer', () => {
  it.each(decisions)('$label', ({ input, expected }) => {
    expect(rules(checkTransfer(input))).toEqual(expected);
  });

  it.each(decisions)('safe: $label', ({ input, expected }) => {
    const result = safeCheckTransfer(input);
    expect(result.success ? rules(result.data) : result.error).toEqual(expected);
  });

  it('floors fractional epoch milliseconds: half a millisecond before midnight is the day before', () => {
    const midnight = Date.UTC(2020, 5, 8, 15); // 2020-06-09 00:00 in Pyongyang
    const early = { at: midnight - 0.5, amount: 300 };
    expect(checkTransfer({ history: [], proposed: early })).toMatchObject({
      allowed: true,
      day: '2020-06-08',
    });
    expect(
      checkTransfer({ history: [{ at: '2020-06-08T10:00:00+09:00', amount: 1 }], proposed: early }),
    ).toMatchObject({
      allowed: false,
      day: '2020-06-08',
      nextAllowedAt: '2020-06-08T15:00:00.000Z',
    });
    expect(
      checkTransfer({ history: [early], proposed: { at: midnight, amount: 500 } }),
    ).toMatchObject({
      allowed: true,
      day: '2020-06-09',
    });
  });
});

/** Calls a function with an input its types do not allow, as a JavaScript caller could. */
function loose(input: unknown): () => unknown {
  return () => {
    const result: unknown = Reflect.apply(checkTransfer, undefined, [input]);
    return result;
  };
}

const at = '2020-06-08T10:00:00+09:00';
const ok = { at, amount: 300 };

const badInputs = [
  { label: 'not an object', input: 'x', code: 'invalid_input', path: [] },
  { label: 'null', input: null, code: 'invalid_input', path: [] },
  {
    label: 'history is not an array',
    input: { history: { 0: ok }, proposed: ok },
    code: 'invalid_history',
    path: ['history'],
  },
  {
    label: 'history is missing',
    input: { proposed: ok },
    code: 'invalid_history',
    path: ['history'],
  },
  {
    label: 'a history row is not an object',
    input: { history: [ok, 42], proposed: ok },
    code: 'invalid_history',
    path: ['history', 1],
  },
  {
    label: 'a hole in a sparse history',
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case
    input: { history: [ok, , ok], proposed: ok },
    code: 'invalid_history',
    path: ['history', 1],
  },
  {
    label: 'a history instant without an offset',
    input: { history: [ok, ok, ok, { at: '2020-06-08T10:00:00', amount: 1 }], proposed: ok },
    code: 'invalid_instant',
    path: ['history', 3, 'at'],
  },
  {
    label: 'a history instant on a day that does not exist',
    input: { history: [{ at: '2020-02-30T10:00:00Z', amount: 1 }], proposed: ok },
    code: 'invalid_instant',
    path: ['history', 0, 'at'],
  },
  {
    label: 'a history amount of zero',
    input: { history: [{ at, amount: 0 }], proposed: ok },
    code: 'invalid_amount',
    path: ['history', 0, 'amount'],
  },
  {
    label: 'a history amount given as text',
    input: { history: [{ at, amount: '300' }], proposed: ok },
    code: 'invalid_amount',
    path: ['history', 0, 'amount'],
  },
  {
    label: 'a history recipient that is not a KP number',
    input: { history: [{ at, amount: 1, recipient: '0194 123 4567' }], proposed: ok },
    code: 'invalid_phone_number',
    path: ['history', 0, 'recipient'],
  },
  {
    label: 'proposed is missing',
    input: { history: [] },
    code: 'invalid_transfer',
    path: ['proposed'],
  },
  {
    label: 'proposed is an array',
    input: { history: [], proposed: [ok] },
    code: 'invalid_transfer',
    path: ['proposed'],
  },
  {
    label: 'proposed at without an offset',
    input: { history: [], proposed: { at: '2020-06-08 10:00', amount: 1 } },
    code: 'invalid_instant',
    path: ['proposed', 'at'],
  },
  {
    label: 'proposed at an invalid Date',
    input: { history: [], proposed: { at: new Date(Number.NaN), amount: 1 } },
    code: 'invalid_instant',
    path: ['proposed', 'at'],
  },
  {
    label: 'proposed at infinite epoch milliseconds',
    input: { history: [], proposed: { at: Number.POSITIVE_INFINITY, amount: 1 } },
    code: 'invalid_instant',
    path: ['proposed', 'at'],
  },
  {
    label: 'proposed at missing',
    input: { history: [], proposed: { amount: 1 } },
    code: 'invalid_instant',
    path: ['proposed', 'at'],
  },
  {
    label: 'a fractional amount',
    input: { history: [], proposed: { at, amount: 1.5 } },
    code: 'invalid_amount',
    path: ['proposed', 'amount'],
  },
  {
    label: 'a negative amount',
    input: { history: [], proposed: { at, amount: -500 } },
    code: 'invalid_amount',
    path: ['proposed', 'amount'],
  },
  {
    label: 'an amount of zero',
    input: { history: [], proposed: { at, amount: 0 } },
    code: 'invalid_amount',
    path: ['proposed', 'amount'],
  },
  {
    label: 'NaN won',
    input: { history: [], proposed: { at, amount: Number.NaN } },
    code: 'invalid_amount',
    path: ['proposed', 'amount'],
  },
  {
    label: 'an unsafe amount',
    input: { history: [], proposed: { at, amount: 2 ** 53 } },
    code: 'invalid_amount',
    path: ['proposed', 'amount'],
  },
  {
    label: 'a bigint amount',
    input: { history: [], proposed: { at, amount: 500n } },
    code: 'invalid_amount',
    path: ['proposed', 'amount'],
  },
  {
    label: 'a recipient that is not a phone number',
    input: { history: [], proposed: { at, amount: 1, recipient: 'mum' } },
    code: 'invalid_phone_number',
    path: ['proposed', 'recipient'],
  },
  {
    label: 'a hand-made parsed recipient with a bad nsn',
    input: { history: [], proposed: { at, amount: 1, recipient: { nsn: '1941234567' } } },
    code: 'invalid_phone_number',
    path: ['proposed', 'recipient'],
  },
  {
    label: 'a hand-made parsed recipient whose fields disagree with its nsn',
    input: {
      history: [],
      proposed: {
        at,
        amount: 1,
        recipient: { ...parseKpPhoneNumber('0191 234 5678'), e164: '+8501951234567' },
      },
    },
    code: 'invalid_phone_number',
    path: ['proposed', 'recipient'],
  },
  {
    label: 'no recipient under the 2022 limits',
    input: { history: [], proposed: { at: '2022-09-01T10:00:00+09:00', amount: 1 } },
    code: 'missing_recipient',
    path: ['proposed', 'recipient'],
  },
  {
    label: 'a null recipient under an explicit LIMITS_2022',
    input: { history: [], proposed: { at, amount: 1, recipient: null }, policy: LIMITS_2022 },
    code: 'missing_recipient',
    path: ['proposed', 'recipient'],
  },
  {
    label: 'a policy that is not an object',
    input: { history: [], proposed: ok, policy: 'DAILY_CAP_2020' },
    code: 'invalid_policy',
    path: ['policy'],
  },
  {
    label: 'a policy with two daily rules',
    input: {
      history: [],
      proposed: ok,
      policy: { ...DAILY_CAP_2020, rules: [...DAILY_CAP_2020.rules, ...DAILY_CAP_2020.rules] },
    },
    code: 'invalid_policy',
    path: ['policy', 'rules'],
  },
  {
    label: 'a policy with no daily rule',
    input: {
      history: [],
      proposed: ok,
      policy: { ...DAILY_CAP_2020, rules: [{ kind: 'recipient-monthly', maxTransfers: 1 }] },
    },
    code: 'invalid_policy',
    path: ['policy', 'rules'],
  },
  {
    label: 'a policy with an unknown rule',
    input: {
      history: [],
      proposed: ok,
      policy: { ...DAILY_CAP_2020, rules: [{ kind: 'weekly', maxTransfers: 1 }] },
    },
    code: 'invalid_policy',
    path: ['policy', 'rules', 0, 'kind'],
  },
  {
    label: 'a policy with a negative limit',
    input: {
      history: [],
      proposed: ok,
      policy: {
        ...DAILY_CAP_2020,
        rules: [{ kind: 'sender-daily', maxTransfers: -1, maxAmountWon: 500 }],
      },
    },
    code: 'invalid_policy',
    path: ['policy', 'rules', 0, 'maxTransfers'],
  },
  {
    label: 'a policy with a fractional limit',
    input: {
      history: [],
      proposed: ok,
      policy: {
        ...DAILY_CAP_2020,
        rules: [{ kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 499.5 }],
      },
    },
    code: 'invalid_policy',
    path: ['policy', 'rules', 0, 'maxAmountWon'],
  },
  {
    label: 'a rolling window of zero hours',
    input: {
      history: [],
      proposed: ok,
      policy: { ...DAILY_CAP_2020, window: { rollingHours: 0 } },
    },
    code: 'invalid_policy',
    path: ['policy', 'window', 'rollingHours'],
  },
  {
    label: 'an unknown window',
    input: { history: [], proposed: ok, policy: { ...DAILY_CAP_2020, window: 'week' } },
    code: 'invalid_policy',
    path: ['policy', 'window'],
  },
  {
    label: 'another time zone',
    input: { history: [], proposed: ok, policy: { ...DAILY_CAP_2020, timeZone: 'Asia/Seoul' } },
    code: 'invalid_policy',
    path: ['policy', 'timeZone'],
  },
  {
    label: 'an effectiveFrom that does not exist',
    input: {
      history: [],
      proposed: ok,
      policy: { ...DAILY_CAP_2020, effectiveFrom: '2022-02-30' },
    },
    code: 'invalid_policy',
    path: ['policy', 'effectiveFrom'],
  },
  {
    label: 'a policy without an id',
    input: { history: [], proposed: ok, policy: { ...DAILY_CAP_2020, id: '' } },
    code: 'invalid_policy',
    path: ['policy', 'id'],
  },
] as const satisfies readonly {
  label: string;
  input: unknown;
  code: KpmmErrorCode;
  path: readonly PathSegment[];
}[];

describe('checkTransfer refuses bad input', () => {
  it.each(badInputs)('$label: $code', ({ input, code, path }) => {
    expectKpmmError(loose(input), code, path);
  });

  it.each(badInputs)('safe: $label: $code', ({ input, code }) => {
    const result: unknown = Reflect.apply(safeCheckTransfer, undefined, [input]);
    expect(result).toMatchObject({ success: false, error: { code } });
  });

  it('lists every problem, each with its path and the row index', () => {
    const error = expectKpmmError(
      loose({
        history: [{ at: 'soon', amount: 0 }, ok, 7],
        proposed: { at, amount: 1, recipient: 'mum' },
        policy: { ...DAILY_CAP_2020, window: 'week' },
      }),
      'invalid_instant',
    );
    expect(error.issues.map((i) => [i.code, i.path, i.index])).toEqual([
      ['invalid_instant', ['history', 0, 'at'], 0],
      ['invalid_amount', ['history', 0, 'amount'], 0],
      ['invalid_history', ['history', 2], 2],
      ['invalid_phone_number', ['proposed', 'recipient'], undefined],
      ['invalid_policy', ['policy', 'window'], undefined],
    ]);
  });

  it('never echoes the raw input in an error', () => {
    const error = expectKpmmError(
      loose({ history: [], proposed: { at: 'SECRET-8815', amount: 1, recipient: 'SECRET-4242' } }),
      'invalid_instant',
    );
    for (const text of serialisations(error)) expect(text).not.toContain('SECRET');
  });

  it('refuses a getter without calling it', () => {
    const history = [
      {
        get at(): string {
          throw new RangeError('broken getter');
        },
        amount: 1,
      },
    ];
    expectKpmmError(() => checkTransfer({ history, proposed: ok }), 'invalid_input', [
      'history',
      0,
      'at',
    ]);
  });
});

// A transfer dated before its policy was first reported is judged by it, with a warning; the
// boundary is Pyongyang midnight of effectiveFrom.
const reportWarnings = [
  {
    label: 'the day before DAILY_CAP_2020 was reported',
    at: '2020-06-07T23:59:59+09:00',
    policy: DAILY_CAP_2020,
    codes: ['before_policy_report'],
  },
  {
    label: 'Pyongyang midnight of the report day',
    at: '2020-06-08T00:00:00+09:00',
    policy: DAILY_CAP_2020,
    codes: [],
  },
  {
    label: 'the first instant of 2020-06-08 in Pyongyang, written in UTC',
    at: '2020-06-07T15:00:00Z',
    policy: DAILY_CAP_2020,
    codes: [],
  },
  {
    label: 'LIMITS_2022 bound to a 2021 transfer',
    at: '2021-12-31T12:00:00+09:00',
    policy: LIMITS_2022,
    codes: ['before_policy_report'],
  },
  {
    label: 'a 2015 transfer in the UTC+8:30 years, under the built-in policy of its date',
    at: '2015-08-14T12:00:00+09:00',
    policy: undefined,
    codes: ['before_policy_report'],
  },
  {
    label: 'LIMITS_2022 on its report day',
    at: '2022-08-10T09:00:00+09:00',
    policy: undefined,
    codes: [],
  },
] as const;

describe('checkTransfer warnings', () => {
  it.each(reportWarnings)('$label', ({ at, policy, codes }) => {
    const decision = checkTransfer({
      history: [],
      proposed: { at, amount: 100, recipient: '0191 234 5678' },
      ...(policy === undefined ? {} : { policy }),
    });
    expect(decision.warnings.map((w) => w.code)).toEqual(codes);
    expect(Object.isFrozen(decision.warnings)).toBe(true);
    for (const warning of decision.warnings) {
      expect(warning.message).toContain(decision.policyId);
    }
  });

  it('warns on a refused transfer too', () => {
    const decision = checkTransfer({
      history: [{ at: '2019-01-01T09:00:00+09:00', amount: 500 }],
      proposed: { at: '2019-01-01T10:00:00+09:00', amount: 500 },
      policy: DAILY_CAP_2020,
    });
    expect([decision.allowed, decision.warnings.map((w) => w.code)]).toEqual([
      false,
      ['before_policy_report'],
    ]);
  });
});
