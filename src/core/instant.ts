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
 * [pyongyangDate('2020-06-08T10:00:00+09:00'), pyongyangDate(1591578000000), pyongyangDate(new Date(1591578000000))];
 * //=> ['2020-06-08', '2020-06-08', '2020-06-08']
 * ```
 */
export type InstantInput = Date | number | string;

/** The earliest and latest epoch milliseconds a `Date` can hold. */
const LIMIT_MS = 8.64e15;

/** The longest instant text read: room for 38 fractional digits; longer text is refused unread. */
const MAX_TEXT_LENGTH = 64;

function invalid(path: readonly PathSegment[], why: string): never {
  // A path that joins to nothing (`[]`, `['']`) names the value itself.
  const name = path.join('.') || 'instant';
  return fail('invalid_instant', path, `${name} ${why}`);
}

/** The fields of an RFC 3339 text, as numbers; `offsetSign` is 0 for `Z`. */
interface Rfc3339Fields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** The first three fractional digits, padded: whole milliseconds. */
  readonly millis: number;
  readonly offsetSign: -1 | 0 | 1;
  readonly offsetHours: number;
  readonly offsetMinutes: number;
}

/** The number the ASCII digits of text[from, to) write, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Reads the fields of an RFC 3339 date-time by character codes (a regex's match array per row
 * cost a tenth of an audit): `YYYY-MM-DD`, `T`, `t` or a space, `HH:MM:SS`, an optional `.` and
 * one or more digits, then `Z`, `z` or `±HH:MM`; ASCII digits only. Undefined when the text has
 * another shape; the ranges of the numbers are checked by the caller.
 */
function scanRfc3339(text: string): Rfc3339Fields | undefined {
  const { length } = text;
  if (length < 20 || length > MAX_TEXT_LENGTH) return undefined;
  const separator = text.charCodeAt(10);
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    (separator !== 84 && separator !== 116 && separator !== 32) ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  ) {
    return undefined;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  const hour = digitsAt(text, 11, 13);
  const minute = digitsAt(text, 14, 16);
  const second = digitsAt(text, 17, 19);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === 46) {
    let end = at + 1;
    while (end < length && digitsAt(text, end, end + 1) >= 0) end += 1;
    const count = end - at - 1;
    if (count === 0) return undefined;
    const kept = Math.min(count, 3);
    millis = digitsAt(text, at + 1, at + 1 + kept) * (kept === 1 ? 100 : kept === 2 ? 10 : 1);
    at = end;
  }
  const zone = text.charCodeAt(at);
  const zulu = at + 1 === length && (zone === 90 || zone === 122);
  if (
    !zulu &&
    (at + 6 !== length || (zone !== 43 && zone !== 45) || text.charCodeAt(at + 3) !== 58)
  ) {
    return undefined;
  }
  const offsetHours = zulu ? 0 : digitsAt(text, at + 1, at + 3);
  const offsetMinutes = zulu ? 0 : digitsAt(text, at + 4, at + 6);
  if (offsetHours < 0 || offsetMinutes < 0) return undefined;
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millis,
    offsetSign: zulu ? 0 : zone === 45 ? -1 : 1,
    offsetHours,
    offsetMinutes,
  };
}

function parseRfc3339(text: string, path: readonly PathSegment[]): number {
  const fields = scanRfc3339(text);
  if (fields === undefined) {
    return invalid(
      path,
      'must be an RFC 3339 date-time with an offset, such as 2020-06-08T10:00:00+09:00 or …Z',
    );
  }
  const { year, month, day, hour, minute, second, millis } = fields;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return invalid(path, 'has a date that does not exist');
  }
  // Leap seconds (:60) cannot be held by a Date, so they are refused rather than shifted.
  if (hour > 23 || minute > 59 || second > 59)
    return invalid(path, 'has a time that does not exist');
  if (fields.offsetHours > 23 || fields.offsetMinutes > 59) {
    return invalid(path, 'has an offset that does not exist');
  }
  const offsetMinutes = fields.offsetSign * (fields.offsetHours * 60 + fields.offsetMinutes);
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
