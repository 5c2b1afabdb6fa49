import { startOfNextPyongyangDayMs } from './internal/pyongyang.js';
import { parseInstant, toIsoUtc, type InstantInput } from './instant.js';

/**
 * The first instant of the next calendar day in Pyongyang: 15:00Z, or 15:30Z in the UTC+8:30
 * years 2015-08-15 … 2018-05-04.
 *
 * @param instant - a valid `Date`, epoch milliseconds, or an RFC 3339 string with an offset
 * @returns an ISO 8601 UTC string
 * @throws KpmmError `invalid_instant`
 * @see tzdb-asia-pyongyang
 * @example
 * ```ts
 * startOfNextPyongyangDay('2020-06-08T10:00:00+09:00');
 * //=> '2020-06-08T15:00:00.000Z'
 * ```
 */
export function startOfNextPyongyangDay(instant: InstantInput): string {
  return toIsoUtc(startOfNextPyongyangDayMs(parseInstant(instant)));
}
