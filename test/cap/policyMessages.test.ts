import { describe, expect, it } from 'vitest';
import { DAILY_CAP_2020, LIMITS_2022, safeCheckTransfer } from '../../src/cap/index.js';
import type { KpmmIssue, PathSegment } from '../../src/core/index.js';

// Every problem checkTransfer finds in a policy, word for word, with the history and the proposed
// transfer in order, so that the policy alone refuses the call.

const WRONG_TYPE = 'is missing or has the wrong type';
const TOO_SMALL = 'is too small';
const TOO_LARGE = 'is too large';
const NO_FORM = 'matches none of the allowed forms';

const at = (...path: PathSegment[]): PathSegment[] => ['policy', ...path];
const problem = (path: PathSegment[], explanation: string): KpmmIssue => ({
  code: 'invalid_policy',
  path,
  message: `${path.join('.')} ${explanation}`,
});

const daily = (maxTransfers: unknown, maxAmountWon: unknown = 500) => ({
  ...DAILY_CAP_2020,
  rules: [{ kind: 'sender-daily', maxTransfers, maxAmountWon }],
});
const monthly = (maxTransfers: unknown) => ({
  ...LIMITS_2022,
  rules: [
    { kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 500 },
    { kind: 'recipient-monthly', maxTransfers },
  ],
});
const windowed = (window: unknown) => ({ ...DAILY_CAP_2020, window });

const MAX = Number.MAX_SAFE_INTEGER;
const MIN = Number.MIN_SAFE_INTEGER;

const cases: readonly { label: string; policy: unknown; issues: KpmmIssue[] }[] = [
  {
    label: 'a daily limit that is not a number',
    policy: daily('1'),
    issues: [problem(at('rules', 0, 'maxTransfers'), WRONG_TYPE)],
  },
  {
    label: 'a daily amount that is a fraction',
    policy: daily(1, 2.5),
    issues: [problem(at('rules', 0, 'maxAmountWon'), WRONG_TYPE)],
  },
  { label: 'the largest safe amount', policy: daily(1, MAX), issues: [] },
  {
    label: 'the first unsafe amount',
    policy: daily(1, MAX + 1),
    issues: [problem(at('rules', 0, 'maxAmountWon'), TOO_LARGE)],
  },
  {
    label: 'the smallest safe limit',
    policy: daily(MIN),
    issues: [problem(at('rules', 0, 'maxTransfers'), TOO_SMALL)],
  },
  {
    label: 'the first unsafe negative limit, also below 0',
    policy: daily(MIN - 1),
    issues: [
      problem(at('rules', 0, 'maxTransfers'), TOO_SMALL),
      problem(at('rules', 0, 'maxTransfers'), TOO_SMALL),
    ],
  },
  {
    label: 'a monthly limit below 0',
    policy: monthly(-1),
    issues: [problem(at('rules', 1, 'maxTransfers'), TOO_SMALL)],
  },
  {
    label: 'a monthly limit that is not a number',
    policy: monthly(null),
    issues: [problem(at('rules', 1, 'maxTransfers'), WRONG_TYPE)],
  },
  {
    label: 'a window of another name',
    policy: windowed('calendar-week'),
    issues: [problem(at('window'), NO_FORM)],
  },
  {
    label: 'a rolling window of text hours',
    policy: windowed({ rollingHours: '24' }),
    issues: [problem(at('window'), NO_FORM)],
  },
  {
    label: 'a rolling window of fractional hours',
    policy: windowed({ rollingHours: 1.5 }),
    issues: [problem(at('window'), NO_FORM)],
  },
  {
    label: 'a rolling window of no hours',
    policy: windowed({ rollingHours: 0 }),
    issues: [problem(at('window', 'rollingHours'), TOO_SMALL)],
  },
  {
    label: 'a rolling window of unsafe hours',
    policy: windowed({ rollingHours: MAX + 1 }),
    issues: [
      problem(at('window', 'rollingHours'), TOO_LARGE),
      problem(at('window', 'rollingHours'), TOO_LARGE),
    ],
  },
  {
    label: 'a null id',
    policy: { ...DAILY_CAP_2020, id: null },
    issues: [problem(at('id'), WRONG_TYPE)],
  },
  {
    label: 'an id of an empty array',
    policy: { ...DAILY_CAP_2020, id: [] },
    issues: [problem(at('id'), WRONG_TYPE), problem(at('id'), TOO_SMALL)],
  },
];

describe('the problems of a policy, word for word', () => {
  const ok = { at: '2020-06-08T09:00:00+09:00', amount: 100 };
  it.each(cases)('$label', ({ policy, issues }) => {
    const result = safeCheckTransfer({ history: [ok], proposed: ok, policy: policy as never });
    if (issues.length === 0) {
      expect(result).toMatchObject({ success: true, data: { policyId: 'DAILY_CAP_2020' } });
      return;
    }
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toStrictEqual(issues);
  });
});
