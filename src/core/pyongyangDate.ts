import { daysFromCivil, formatDay } from './internal/civil.js';
import { fail } from './internal/fail.js';
import { pyongyangDayNumber } from './internal/pyongyang.js';
import { parseInstant, type InstantInput } from './instant.js';

/**
 * The calendar date in Pyongyang (Asia/Pyongyang) of an instant, correct across the UTC+8:30
 * years 2015-08-15 … 2018-05-04.
 *
 * @param instant - a valid `Date`, epoch milliseconds, or an RFC 3339 string with an offset
 * A valid instant whose Pyongyang date falls outside the years 0000 to 9999 (a Date reaches
 * ±275760) has no `YYYY-MM-DD` form: it is `out_of_range`, not written in the expanded form.
 *
 * @returns the Pyongyang date as `YYYY-MM-DD`
 * @throws KpmmError `invalid_instant`; `out_of_range` for a date before 0000-01-01 or after
 *   9999-12-31
 * @see tzdb-asia-pyongyang
 * @example
 * ```ts
 * pyongyangDate('2015-08-14T15:15:00Z'); // the repeated half hour
 * //=> '2015-08-14'
 * ```
 */
export function pyongyangDate(instant: InstantInput): string {
  const day = pyongyangDayNumber(parseInstant(instant));
  if (day < FIRST_DAY || day > LAST_DAY) {
    return fail('out_of_range', [], 'the Pyongyang date is outside the years 0000 to 9999');
  }
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

const FIRST_DAY = daysFromCivil(0, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);
