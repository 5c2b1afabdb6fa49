import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  POLICIES,
  POLICY_IDS,
  PolicySchema,
  policyAt,
  safePolicyAt,
  pyongyangDate,
  startOfNextPyongyangDay,
  startOfNextPyongyangMonth,
} from '../../src/cap/index.js';
import type { InstantInput } from '../../src/core/index.js';
import { expectKpmmError } from '../helpers.js';

const cases = [
  {
    label: 'before any policy: the earliest',
    instant: '2019-01-01T00:00:00Z',
    id: 'DAILY_CAP_2020',
  },
  { label: 'epoch 0: the earliest', instant: 0, id: 'DAILY_CAP_2020' },
  {
    label: 'the 2020 report date',
    instant: '2020-06-08T00:00:00+09:00',
    id: 'DAILY_CAP_2020',
  },
  {
    label: 'the last second before the 2022 limits (Pyongyang)',
    instant: '2022-08-09T23:59:59+09:00',
    id: 'DAILY_CAP_2020',
  },
  {
    label: 'Pyongyang midnight of 2022-08-10',
    instant: '2022-08-10T00:00:00+09:00',
    id: 'LIMITS_2022',
  },
  {
    label: 'the same midnight written in UTC (still 9 August in UTC)',
    instant: '2022-08-09T15:00:00Z',
    id: 'LIMITS_2022',
  },
  {
    label: 'one millisecond before it, as epoch milliseconds',
    instant: Date.parse('2022-08-09T15:00:00Z') - 1,
    id: 'DAILY_CAP_2020',
  },
  { label: 'a Date in 2030', instant: new Date('2030-01-01T00:00:00Z'), id: 'LIMITS_2022' },
] as const satisfies readonly { label: string; instant: InstantInput; id: string }[];

describe('policyAt', () => {
  it.each(cases)('$label: $id', ({ instant, id }) => {
    expect(policyAt(instant).id).toBe(id);
    expect(safePolicyAt(instant)).toEqual({ success: true, data: policyAt(instant) });
  });

  it.each([
    { label: 'no offset', instant: '2022-08-10T00:00:00' },
    { label: 'not a date', instant: 'August' },
    { label: 'an invalid Date', instant: new Date(Number.NaN) },
  ])('refuses $label', ({ instant }) => {
    expectKpmmError(() => policyAt(instant), 'invalid_instant', []);
    expect(safePolicyAt(instant)).toMatchObject({
      success: false,
      error: { code: 'invalid_instant' },
    });
  });
});

describe('the built-in policies', () => {
  it.each(Object.values(POLICIES))(
    '$id fits PolicySchema, is frozen and lists its assumptions',
    (policy) => {
      expect(PolicySchema.safeParse(policy).success).toBe(true);
      expect(Object.isFrozen(policy)).toBe(true);
      expect(Object.isFrozen(policy.rules)).toBe(true);
      expect(policy.grade).toBe('reported');
      expect(policy.assumptions.length).toBeGreaterThan(0);
    },
  );

  it('are the reported values and dates', () => {
    expect(DAILY_CAP_2020).toMatchObject({
      effectiveFrom: '2020-06-08',
      window: 'calendar-day',
      timeZone: 'Asia/Pyongyang',
      rules: [{ kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 500 }],
    });
    expect(LIMITS_2022).toMatchObject({
      effectiveFrom: '2022-08-10',
      rules: [
        { kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 500 },
        { kind: 'recipient-monthly', maxTransfers: 1 },
      ],
    });
    expect(POLICIES).toEqual({ DAILY_CAP_2020, LIMITS_2022 });
    expect(POLICY_IDS).toEqual(['DAILY_CAP_2020', 'LIMITS_2022']);
    expect(Object.keys(POLICIES)).toEqual(POLICY_IDS);
    expect(Object.isFrozen(POLICIES) && Object.isFrozen(POLICY_IDS)).toBe(true);
  });
});

const calendar = [
  {
    label: '2015-08-14, in the repeated half hour',
    instant: '2015-08-14T15:15:00Z',
    date: '2015-08-14',
    nextDay: '2015-08-14T15:30:00.000Z',
    nextMonth: '2015-08-31T15:30:00.000Z',
  },
  {
    label: '2015-08-14, before the change',
    instant: '2015-08-14T14:59:59.999Z',
    date: '2015-08-14',
    nextDay: '2015-08-14T15:30:00.000Z',
    nextMonth: '2015-08-31T15:30:00.000Z',
  },
  {
    label: '2018-05-04, the last minute at +8:30',
    instant: '2018-05-04T14:59:00Z',
    date: '2018-05-04',
    nextDay: '2018-05-04T15:00:00.000Z',
    nextMonth: '2018-05-31T15:00:00.000Z',
  },
  {
    label: '2018-05-05 begins at 15:00Z',
    instant: '2018-05-04T15:00:00Z',
    date: '2018-05-05',
    nextDay: '2018-05-05T15:00:00.000Z',
    nextMonth: '2018-05-31T15:00:00.000Z',
  },
  {
    label: 'a month that ends at +8:30 and starts at +8:30',
    instant: '2018-04-30T16:00:00Z',
    date: '2018-05-01',
    nextDay: '2018-05-01T15:30:00.000Z',
    nextMonth: '2018-05-31T15:00:00.000Z',
  },
  {
    label: '2020-06-08, the 2020 report',
    instant: '2020-06-08T10:00:00+09:00',
    date: '2020-06-08',
    nextDay: '2020-06-08T15:00:00.000Z',
    nextMonth: '2020-06-30T15:00:00.000Z',
  },
] as const;

describe('the Pyongyang calendar re-exported from core', () => {
  it.each(calendar)('$label', ({ instant, date, nextDay, nextMonth }) => {
    expect(pyongyangDate(instant)).toBe(date);
    expect(startOfNextPyongyangDay(instant)).toBe(nextDay);
    expect(startOfNextPyongyangMonth(instant)).toBe(nextMonth);
  });
});
