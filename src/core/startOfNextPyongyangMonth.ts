import { startOfNextPyongyangMonthMs } from './internal/pyongyang.js';
import { parseInstant, toIsoUtc, type InstantInput } from './instant.js';

/**
 * The first instant of the next calendar month in Pyongyang.
 *
 * @param instant - a valid `Date`, epoch milliseconds, or an RFC 3339 string with an offset
 * @returns an ISO 8601 UTC string
 * @throws KpmmError `invalid_instant`
 * @see tzdb-asia-pyongyang
 * @example
 * ```ts
 * startOfNextPyongyangMonth('2022-08-10T12:00:00+09:00');
 * //=> '2022-08-31T15:00:00.000Z'
 * ```
 */
export function startOfNextPyongyangMonth(instant: InstantInput): string {
  return toIsoUtc(startOfNextPyongyangMonthMs(parseInstant(instant)));
}
