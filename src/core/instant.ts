import { checkPath } from './internal/checks.js';
import { fail } from './internal/fail.js';
import { daysFromCivil, daysInMonth, DAY_MS } from './internal/civil.js';
import type { PathSegment } from './KpmmError.js';

/**
 * What the library accepts as an instant: a valid `Date`, finite epoch milliseconds (a fraction
 * is floored to the millisecond that holds it), or an RFC 3339 string with an offset (`Z` or
 * `±HH:MM`).
 *
 * @example
 * ```ts
 * const at: InstantInput = '2020-06-08T10:00:00+09:00';
 * //=> '2020-06-08T10:00:00+09:00'
 * ```
 */
export type InstantInput = Date | number | string;

/** The earliest and latest epoch milliseconds a `Date` can hold. */
const LIMIT_MS = 8.64e15;

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** The longest instant text read: room for 38 fractional digits; longer text is refused unread. */
const MAX_TEXT_LENGTH = 64;

function invalid(path: readonly PathSegment[], why: string): never {
  // A path that joins to nothing (`[]`, `['']`) names the value itself.
  const name = path.join('.') || 'instant';
  return fail('invalid_instant', path, `${name} ${why}`);
}

function parseRfc3339(text: string, path: readonly PathSegment[]): number {
  const m = text.length <= MAX_TEXT_LENGTH ? RFC3339.exec(text) : null;
  if (m === null) {
    return invalid(
      path,
      'must be an RFC 3339 date-time with an offset, such as 2020-06-08T10:00:00+09:00 or …Z',
    );
  }
  const [, y, mo, d, h, mi, s, frac, zulu, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return invalid(path, 'has a date that does not exist');
  }
  // Leap seconds (:60) cannot be held by a Date, so they are refused rather than shifted.
  if (hour > 23 || minute > 59 || second > 59)
    return invalid(path, 'has a time that does not exist');
  let offsetMinutes = 0;
  if (zulu === undefined) {
    const oHours = Number(oh);
    const oMinutes = Number(om);
    if (oHours > 23 || oMinutes > 59) return invalid(path, 'has an offset that does not exist');
    offsetMinutes = (sign === '-' ? -1 : 1) * (oHours * 60 + oMinutes);
  }
  // Sub-millisecond digits are dropped: a Date holds whole milliseconds.
  const millis = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  const ms =
    daysFromCivil(year, month, day) * DAY_MS +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    millis;
  // Four-digit years keep every string well inside the range of a Date.
  return ms;
}

/**
 * Reads an instant as whole epoch milliseconds, or fails with `invalid_instant`. A string without
 * an offset is refused, because its calendar day would depend on where it is read. Digits past
 * the millisecond, in a string or a number, are dropped toward the past (floored); a string is at
 * most 64 characters.
 *
 * @param input - a valid `Date`, finite epoch milliseconds, or an RFC 3339 string with an offset
 * @param path - where the instant sits in a larger input, for the error
 * @returns epoch milliseconds
 * @throws KpmmError `invalid_instant`; `invalid_input` when `path` is not an array of strings
 *   and numbers
 * @example
 * ```ts
 * parseInstant('2020-06-08T10:00:00+09:00');
 * //=> 1591578000000
 * ```
 */
export function parseInstant(input: unknown, path?: readonly PathSegment[]): number {
  return readInstant(input, checkPath(path));
}

function readInstant(input: unknown, path: readonly PathSegment[]): number {
  if (typeof input === 'string') return parseRfc3339(input, path);
  if (typeof input === 'number') {
    // A fraction is floored, not truncated: -0.5 lies in the millisecond -1, on 1969-12-31.
    const ms = Math.floor(input);
    if (!(Math.abs(ms) <= LIMIT_MS)) {
      return invalid(path, 'must be finite epoch milliseconds within the range of a Date');
    }
    return ms === 0 ? 0 : ms;
  }
  const ms = dateTime(input);
  if (ms === undefined) return invalid(path, NOT_AN_INSTANT);
  if (Number.isNaN(ms)) return invalid(path, 'is an invalid Date');
  return ms;
}

const NOT_AN_INSTANT = 'must be a Date, epoch milliseconds or an RFC 3339 string with an offset';

/**
 * The time a real Date holds, or undefined for anything else. It asks the Date's own slot (the
 * brand check `getTime` makes), never a method of the value: a subclass that overrides `getTime`
 * or `valueOf` cannot change the answer, and a Proxy of a Date, which has no such slot, is not
 * a Date.
 */
function dateTime(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

/**
 * The ISO 8601 UTC string of epoch milliseconds, as every output of the library writes it.
 *
 * @param ms - epoch milliseconds (a fraction is floored)
 * @returns `YYYY-MM-DDTHH:mm:ss.sssZ`
 * @throws KpmmError `invalid_instant` for NaN or anything but a number, `out_of_range` past the
 *   last instant a Date can hold
 * @example
 * ```ts
 * toIsoUtc(1591628400000);
 * //=> '2020-06-08T15:00:00.000Z'
 * ```
 */
export function toIsoUtc(ms: number): string {
  // Infinities are out of range below; NaN and non-numbers are not instants at all.
  if (typeof ms !== 'number' || Number.isNaN(ms)) {
    return fail('invalid_instant', [], 'ms must be epoch milliseconds');
  }
  const whole = Math.floor(ms);
  if (Math.abs(whole) > LIMIT_MS) {
    return fail('out_of_range', [], 'the resulting instant is outside the range of a Date');
  }
  return new Date(whole).toISOString();
}
