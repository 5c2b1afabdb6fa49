import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  safeCheckTransfer,
  type CheckTransferInput,
} from '../../src/cap/index.js';
import { byFastPath, bySchema } from './policyReference.js';

const edgeCases = [
  { label: 'the built-in 2020 cap', policy: DAILY_CAP_2020 },
  { label: 'a copy of the 2022 limits', policy: { ...LIMITS_2022 } },
  { label: 'null', policy: null },
  { label: 'an array', policy: [DAILY_CAP_2020] },
  { label: 'an empty object', policy: {} },
  { label: 'an id that is an empty array', policy: { ...DAILY_CAP_2020, id: [] } },
  { label: 'an id that is an array of one', policy: { ...DAILY_CAP_2020, id: ['x'] } },
  { label: 'an id with length 0', policy: { ...DAILY_CAP_2020, id: { length: 0 } } },
  { label: 'an id with length "a"', policy: { ...DAILY_CAP_2020, id: { length: 'a' } } },
  { label: 'an id with length null', policy: { ...DAILY_CAP_2020, id: { length: null } } },
  { label: 'an id with length 2', policy: { ...DAILY_CAP_2020, id: { length: 2 } } },
  { label: 'an id that is a function', policy: { ...DAILY_CAP_2020, id: () => 1 } },
  { label: 'an id that is a number', policy: { ...DAILY_CAP_2020, id: 5 } },
  { label: 'a lone surrogate id', policy: { ...DAILY_CAP_2020, id: '\ud800' } },
  {
    label: 'an unsafe positive limit',
    policy: {
      ...DAILY_CAP_2020,
      rules: [{ kind: 'sender-daily', maxTransfers: 2 ** 60, maxAmountWon: 1 }],
    },
  },
  {
    label: 'an unsafe negative limit',
    policy: {
      ...DAILY_CAP_2020,
      rules: [{ kind: 'sender-daily', maxTransfers: -(2 ** 60), maxAmountWon: 1 }],
    },
  },
  {
    label: 'an out-of-range limit with two daily rules',
    policy: {
      ...DAILY_CAP_2020,
      rules: [
        { kind: 'sender-daily', maxTransfers: -1, maxAmountWon: 1 },
        { kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 1 },
      ],
    },
  },
  {
    label: 'a fractional limit with two daily rules',
    policy: {
      ...DAILY_CAP_2020,
      rules: [
        { kind: 'sender-daily', maxTransfers: 0.5, maxAmountWon: 1 },
        { kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 1 },
      ],
    },
  },
  {
    label: 'a sparse rule list',
    // eslint-disable-next-line no-sparse-arrays
    policy: { ...DAILY_CAP_2020, rules: [, DAILY_CAP_2020.rules[0]] },
  },
  {
    label: 'two monthly rules',
    policy: { ...LIMITS_2022, rules: [...LIMITS_2022.rules, LIMITS_2022.rules[1]] },
  },
  { label: 'no rules', policy: { ...DAILY_CAP_2020, rules: [] } },
  { label: 'a rule without kind', policy: { ...DAILY_CAP_2020, rules: [{ maxTransfers: 1 }] } },
  { label: 'a null rule', policy: { ...DAILY_CAP_2020, rules: [null] } },
  { label: 'rolling hours 2^60', policy: { ...DAILY_CAP_2020, window: { rollingHours: 2 ** 60 } } },
  {
    label: 'rolling hours -2^60',
    policy: { ...DAILY_CAP_2020, window: { rollingHours: -(2 ** 60) } },
  },
  { label: 'rolling hours 8785', policy: { ...DAILY_CAP_2020, window: { rollingHours: 8785 } } },
  { label: 'rolling hours 8784', policy: { ...DAILY_CAP_2020, window: { rollingHours: 8784 } } },
  { label: 'rolling hours 0', policy: { ...DAILY_CAP_2020, window: { rollingHours: 0 } } },
  { label: 'rolling hours 1.5', policy: { ...DAILY_CAP_2020, window: { rollingHours: 1.5 } } },
  {
    label: 'rolling hours NaN',
    policy: { ...DAILY_CAP_2020, window: { rollingHours: Number.NaN } },
  },
  { label: 'a window array', policy: { ...DAILY_CAP_2020, window: [24] } },
  { label: 'a leap day in 2000', policy: { ...DAILY_CAP_2020, effectiveFrom: '2000-02-29' } },
  { label: 'a leap day in 1900', policy: { ...DAILY_CAP_2020, effectiveFrom: '1900-02-29' } },
  { label: 'the year 0000', policy: { ...DAILY_CAP_2020, effectiveFrom: '0000-02-29' } },
  { label: 'April 31', policy: { ...DAILY_CAP_2020, effectiveFrom: '2021-04-31' } },
  { label: 'a date and time', policy: { ...DAILY_CAP_2020, effectiveFrom: '2021-04-01T00:00' } },
  { label: 'full-width digits', policy: { ...DAILY_CAP_2020, effectiveFrom: '２０２１-04-01' } },
  { label: 'a date and a newline', policy: { ...DAILY_CAP_2020, effectiveFrom: '2021-04-01\n' } },
  { label: 'a one-digit month', policy: { ...DAILY_CAP_2020, effectiveFrom: '2021-4-01' } },
  { label: 'month 00', policy: { ...DAILY_CAP_2020, effectiveFrom: '2021-00-10' } },
  { label: 'day 00', policy: { ...DAILY_CAP_2020, effectiveFrom: '2021-01-00' } },
  { label: 'a five-digit year', policy: { ...DAILY_CAP_2020, effectiveFrom: '12021-01-01' } },
  { label: 'a date as a number', policy: { ...DAILY_CAP_2020, effectiveFrom: 20210401 } },
  { label: 'a source that is a number', policy: { ...DAILY_CAP_2020, sources: ['x', 1] } },
  { label: 'an unknown grade', policy: { ...DAILY_CAP_2020, grade: 'rumoured' } },
  { label: 'a null grade', policy: { ...DAILY_CAP_2020, grade: null } },
  { label: 'an undefined note', policy: { ...DAILY_CAP_2020, note: undefined } },
  { label: 'a null note', policy: { ...DAILY_CAP_2020, note: null } },
  { label: 'assumptions not an array', policy: { ...DAILY_CAP_2020, assumptions: 'x' } },
  { label: 'an unknown key', policy: { ...DAILY_CAP_2020, extra: 1 } },
  {
    label: 'an own __proto__ key',
    policy: { ...JSON.parse('{"__proto__": 1}'), ...DAILY_CAP_2020 },
  },
  {
    label: 'a null prototype',
    policy: Object.assign(Object.create(null) as object, DAILY_CAP_2020),
  },
] as const satisfies readonly { label: string; policy: unknown }[];

describe('the fast path reads only own fields, where PolicySchema reads inherited ones', () => {
  it('refuses a policy whose fields are inherited', () => {
    const policy: unknown = Object.create(DAILY_CAP_2020);
    expect(bySchema(policy, ['policy'])).toEqual([]);
    expect(byFastPath(policy, ['policy'])).toMatchObject([
      { code: 'invalid_policy', path: ['policy'] },
    ]);
  });
});

describe('the fast path and PolicySchema agree on edge cases', () => {
  it.each(edgeCases)('$label', ({ policy }) => {
    expect(byFastPath(policy, ['policy'])).toEqual(bySchema(policy, ['policy']));
  });

  it('keeps checkTransfer working with a valid hand-written policy', () => {
    const input: CheckTransferInput = {
      history: [],
      proposed: { at: 1_660_000_000_000, amount: 500 },
      policy: { ...DAILY_CAP_2020, id: 'mine', window: { rollingHours: 24 } },
    };
    expect(safeCheckTransfer(input)).toMatchObject({ success: true, data: { policyId: 'mine' } });
  });
});
