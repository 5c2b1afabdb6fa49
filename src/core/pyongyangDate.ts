import { formatDay } from './internal/civil.js';
import { pyongyangDayNumber } from './internal/pyongyang.js';
import { parseInstant, type InstantInput } from './instant.js';

/**
 * The calendar date in Pyongyang (Asia/Pyongyang) of an instant, correct across the UTC+8:30
 * years 2015-08-15 … 2018-05-04.
 *
 * @param instant - a valid `Date`, epoch milliseconds, or an RFC 3339 string with an offset
 * @returns the Pyongyang date as `YYYY-MM-DD`
 * @throws KpmmError `invalid_instant`
 * @see tzdb-asia-pyongyang
 * @example
 * ```ts
 * pyongyangDate('2015-08-14T15:15:00Z'); // the repeated half hour
 * //=> '2015-08-14'
 * ```
 */
export function pyongyangDate(instant: InstantInput): string {
  const day = pyongyangDayNumber(parseInstant(instant));
  let text = formatted.get(day);
  // Stryker disable next-line ConditionalExpression: without the cache the date is formatted again, to the same text
  if (text === undefined) {
    text = formatDay(day);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a memory bound; answers are the same with or without it
    if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
    formatted.set(day, text);
  }
  return text;
}

// Formatting a date costs more than finding it, and logs revisit the same days: keep the text.
const formatted = new Map<number, string>();
const FORMATTED_LIMIT = 100_000;
