import type { Grade, SourceId } from '../core/index.js';

const ASSUMED_DAY =
  'The cap counts per sender, and a day is the calendar day in Asia/Pyongyang (a rolling window is an option).';
const ASSUMED_MINIMUM = 'A single transfer is at least 1 won.';

/**
 * The 2020 cap: per sender, one transfer a day of at most 500 won of mobile money. The article
 * says "recently"; the date it was reported (2020-06-08) stands in for the unknown start.
 *
 * @see dailynk-2020-06-gifting
 * @see tzdb-asia-pyongyang
 * @example
 * ```ts
 * DAILY_CAP_2020.rules;
 * //=> [{ kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 500 }]
 * ```
 */
export const DAILY_CAP_2020 = Object.freeze({
  id: 'DAILY_CAP_2020',
  label: 'One transfer of at most 500 won a day (2020)',
  rules: Object.freeze([
    Object.freeze({ kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 500 } as const),
  ] as const),
  window: 'calendar-day',
  timeZone: 'Asia/Pyongyang',
  effectiveFrom: '2020-06-08',
  grade: 'reported' satisfies Grade,
  sources: Object.freeze([
    'dailynk-2020-06-gifting',
    'tzdb-asia-pyongyang',
  ] as const satisfies readonly SourceId[]),
  assumptions: Object.freeze([
    ASSUMED_DAY,
    'effectiveFrom is the date the source reports the cap; its real start ("recently") is unknown.',
    ASSUMED_MINIMUM,
  ] as const),
  note: 'The rule values (one transaction, 500 won, per day) are reported; the article writes KPW 500, meaning won of mobile money.',
} as const);

/**
 * The 2022 limits: sending to others once a day up to 500 won, and the same recipient at most
 * once per calendar month. Own top-ups, also once a day up to 500 won, are not transfers and are
 * not modelled.
 *
 * @see dailynk-2022-08-limits
 * @see tzdb-asia-pyongyang
 * @example
 * ```ts
 * LIMITS_2022.rules[1];
 * //=> { kind: 'recipient-monthly', maxTransfers: 1 }
 * ```
 */
export const LIMITS_2022 = Object.freeze({
  id: 'LIMITS_2022',
  label: 'Once a day up to 500 won; the same recipient once a month (2022)',
  rules: Object.freeze([
    Object.freeze({ kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 500 } as const),
    Object.freeze({ kind: 'recipient-monthly', maxTransfers: 1 } as const),
  ] as const),
  window: 'calendar-day',
  timeZone: 'Asia/Pyongyang',
  effectiveFrom: '2022-08-10',
  grade: 'reported' satisfies Grade,
  sources: Object.freeze([
    'dailynk-2022-08-limits',
    'tzdb-asia-pyongyang',
  ] as const satisfies readonly SourceId[]),
  assumptions: Object.freeze([
    ASSUMED_DAY,
    'A month is the calendar month in Asia/Pyongyang.',
    'effectiveFrom is the date the source reports the limits (about August 2022); their real start is unknown.',
    ASSUMED_MINIMUM,
  ] as const),
  note: 'The rule values (once a day, 500 won, the same recipient once a month) are reported.',
} as const);

/**
 * The built-in policies, by id; `policyAt` picks among them.
 *
 * @example
 * ```ts
 * POLICIES.LIMITS_2022.effectiveFrom;
 * //=> '2022-08-10'
 * ```
 */
export const POLICIES = Object.freeze({ DAILY_CAP_2020, LIMITS_2022 } as const);

/**
 * The ids of {@link POLICIES}, oldest first.
 *
 * @example
 * ```ts
 * POLICY_IDS.map((id) => POLICIES[id].effectiveFrom);
 * //=> ['2020-06-08', '2022-08-10']
 * ```
 */
export const POLICY_IDS = Object.freeze([
  'DAILY_CAP_2020',
  'LIMITS_2022',
] as const satisfies readonly (keyof typeof POLICIES)[]);

/** A built-in policy: a value of {@link POLICIES}. */
export type BuiltInPolicy = (typeof POLICIES)[keyof typeof POLICIES];
