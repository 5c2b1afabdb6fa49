import { toSafe, type InstantInput, type SafeResult } from '../core/index.js';
import { rateTableAt, type RateTablePick } from './rateTableAt.js';

const safe = toSafe(rateTableAt);

/**
 * The non-throwing twin of {@link rateTableAt}.
 *
 * @param instant - a valid `Date`, epoch milliseconds, or an RFC 3339 string with an offset
 * @returns `{ success: true, data: { table, gap } }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeRateTableAt('2022-08-10 00:00').success;
 * //=> false
 * ```
 */
export function safeRateTableAt(instant: InstantInput): SafeResult<RateTablePick> {
  return safe(instant);
}
