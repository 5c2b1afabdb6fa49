import { DAY_MS, daysFromCivil, formatDay } from './internal/civil.js';
import { fail } from './internal/fail.js';
import { pyongyangDayNumber, startOfPyongyangDayNumber } from './internal/pyongyang.js';
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
 * // the repeated half hour of 2015-08-15, when the clocks went back to UTC+8:30
 * pyongyangDate('2015-08-14T15:15:00Z');
 * //=> '2015-08-14'
 * ```
 */
export function pyongyangDate(instant: InstantInput): string {
  const ms = parseInstant(instant);
  const key = Math.floor(ms / DAY_MS);
  const entry = cache.get(key) ?? datesOfUtcDay(key);
  const text = ms < entry.flip ? entry.before : entry.after;
  if (text === undefined) {
    return fail('out_of_range', [], 'the Pyongyang date is outside the years 0000 to 9999');
  }
  return text;
}

// Logs revisit the same days, and finding and formatting a date costs more than one lookup: each
// UTC day keeps the Pyongyang dates it holds, the one before `flip` (the Pyongyang midnight inside
// it) and the one from it on; undefined outside the years 0000 to 9999.
interface UtcDayDates {
  readonly flip: number;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

const cache = new Map<number, UtcDayDates>();
const CACHE_LIMIT = 100_000;

const FIRST_DAY = daysFromCivil(0, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

function dateText(day: number): string | undefined {
  return day < FIRST_DAY || day > LAST_DAY ? undefined : formatDay(day);
}

function datesOfUtcDay(key: number): UtcDayDates {
  const start = key * DAY_MS;
  // A Pyongyang day only grows with time and is never shorter than a UTC day minus an hour, so a
  // UTC day holds one or two of them.
  const first = pyongyangDayNumber(start);
  const last = pyongyangDayNumber(start + DAY_MS - 1);
  const entry: UtcDayDates =
    first === last
      ? { flip: Infinity, before: dateText(first), after: undefined }
      : { flip: startOfPyongyangDayNumber(last), before: dateText(first), after: dateText(last) };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a memory bound; answers are the same with or without it
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, entry);
  return entry;
}
