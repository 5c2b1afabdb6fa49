import { parseInstant, toSafe, type InstantInput, type SafeResult } from '../core/index.js';
import { pyongyangDayNumber } from '../core/internal/pyongyang.js';
import { builtInOn } from './internal/pickPolicy.js';
import type { POLICIES } from './policies.js';

/**
 * The built-in policy in force at an instant: the latest whose `effectiveFrom` (a Pyongyang
 * date) is on or before the instant's Pyongyang date, or the earliest policy for older instants.
 *
 * @param instant - a valid `Date`, epoch milliseconds, or an RFC 3339 string with an offset
 * @returns {@link DAILY_CAP_2020} or {@link LIMITS_2022}
 * @throws KpmmError `invalid_instant`
 * @example
 * ```ts
 * policyAt('2022-08-10T00:00:00+09:00').id;
 * //=> 'LIMITS_2022'
 * ```
 */
export function policyAt(instant: InstantInput): (typeof POLICIES)[keyof typeof POLICIES] {
  return builtInOn(pyongyangDayNumber(parseInstant(instant))).policy;
}

const safe = toSafe(policyAt);

/**
 * The non-throwing twin of {@link policyAt}.
 *
 * @param instant - a valid `Date`, epoch milliseconds, or an RFC 3339 string with an offset
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * safePolicyAt('2022-08-10 00:00').success;
 * //=> false
 * ```
 */
export function safePolicyAt(
  instant: InstantInput,
): SafeResult<(typeof POLICIES)[keyof typeof POLICIES]> {
  return safe(instant);
}
