import { civilFromDays, daysFromCivil, DAY_MS } from './civil.js';

/** The IANA zone every calendar rule of the library is counted in. */
export const PYONGYANG_ZONE = 'Asia/Pyongyang';

const MINUTE_MS = 60_000;
// The tz data's first rule (local mean time, UTC+8:23) holds for every earlier instant and its last
// (UTC+9, since 2018) for every later one. Reading only inside this span keeps the formatter to
// four-digit years of the Gregorian era.
const FIRST_READ_MS = Date.UTC(1890, 0, 1);
const LAST_READ_MS = Date.UTC(2200, 0, 1);

// The library's own formatter, made on first use: the zone's offsets come from the runtime's tz
// data, and no shared object (such as an app's dayjs) is touched. `h23` keeps midnight at 00,
// where `hour12: false` can print 24.
let formatter: Intl.DateTimeFormat | undefined;

function zoneFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: PYONGYANG_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return formatter;
}

/**
 * Reads the zone's UTC offset, in minutes, at an instant from the tz data: the wall-clock time the
 * runtime shows in Pyongyang, read as UTC, less the instant. This is slow (one Intl format per
 * call), so it only fills the cache below.
 */
function readOffsetMinutes(ms: number): number {
  // Whole seconds: the formatter shows no milliseconds.
  const at = Math.floor(Math.max(FIRST_READ_MS, Math.min(LAST_READ_MS, ms)) / 1000) * 1000;
  const wall = new Map<string, number>();
  for (const { type, value } of zoneFormatter().formatToParts(at)) wall.set(type, Number(value));
  const field = (type: string): number => wall.get(type) ?? 0;
  const local =
    daysFromCivil(field('year'), field('month'), field('day')) * DAY_MS +
    ((field('hour') * 60 + field('minute')) * 60 + field('second')) * 1000;
  return (local - at) / MINUTE_MS;
}

/** One UTC day's offsets: constant, or one change at `at` (the first instant of `after`). */
type DayOffsets = number | { readonly at: number; readonly before: number; readonly after: number };

const cache = new Map<number, DayOffsets>();
const CACHE_LIMIT = 100_000;

function offsetsOfUtcDay(key: number): DayOffsets {
  const hit = cache.get(key);
  // Stryker disable next-line ConditionalExpression: without the cache each call reads the tz data again, with the same answer
  if (hit !== undefined) return hit;
  const start = key * DAY_MS;
  // The offsets are read at whole minutes, where the zone's changes fall.
  const end = start + DAY_MS - MINUTE_MS;
  const before = readOffsetMinutes(start);
  const after = readOffsetMinutes(end);
  let entry: DayOffsets = before;
  // Stryker disable next-line ConditionalExpression: searching a day without a change finds its first minute, whose offset is the same, so the entry answers alike
  if (before !== after) {
    // Zone changes fall on whole minutes: search the first minute that has the new offset.
    let lo = Math.floor(start / MINUTE_MS);
    let hi = Math.floor(end / MINUTE_MS);
    while (lo < hi) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (readOffsetMinutes(mid * MINUTE_MS) === after) hi = mid;
      else lo = mid + 1;
    }
    entry = { at: lo * MINUTE_MS, before, after };
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a memory bound; answers are the same with or without it
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, entry);
  return entry;
}

/** Forgets every cached offset, so that a test can watch the tz data being read again. */
export function clearOffsetCache(): void {
  cache.clear();
}

/** Asia/Pyongyang's UTC offset in minutes at an instant; each UTC day is read once and cached. */
export function pyongyangOffsetMinutes(ms: number): number {
  const entry = offsetsOfUtcDay(Math.floor(ms / DAY_MS));
  if (typeof entry === 'number') return entry;
  return ms < entry.at ? entry.before : entry.after;
}

/** The Pyongyang calendar day of an instant, as days since 1970-01-01. */
export function pyongyangDayNumber(ms: number): number {
  return Math.floor((ms + pyongyangOffsetMinutes(ms) * MINUTE_MS) / DAY_MS);
}

// The zone's offsets have stayed between UTC+8:23 (local mean time) and UTC+9, so a day begins
// between 9 and 8 hours 23 minutes before its midnight read as UTC; the bracket leaves an hour
// on each side.
const EARLIEST_START_MS = 10 * 3_600_000;
const LATEST_START_MS = 8 * 3_600_000;

/**
 * The first instant whose Pyongyang day is `day` or later, found by bisection: the day number only
 * grows with time (each change of offset moved the clock within a day or onto a midnight, never
 * back across one), so the search needs no case for a midnight the zone skipped (1908, 1912) or
 * a half hour it repeated (2015).
 */
export function startOfPyongyangDayNumber(day: number): number {
  const midnight = day * DAY_MS;
  let lo = midnight - EARLIEST_START_MS;
  let hi = midnight - LATEST_START_MS;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (pyongyangDayNumber(mid) >= day) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first instant of the next Pyongyang calendar day. */
export function startOfNextPyongyangDayMs(ms: number): number {
  return startOfPyongyangDayNumber(pyongyangDayNumber(ms) + 1);
}

/** The Pyongyang calendar month of an instant, as a month count `year * 12 + month - 1`. */
export function pyongyangMonthNumber(ms: number): number {
  const { year, month } = civilFromDays(pyongyangDayNumber(ms));
  return year * 12 + month - 1;
}

/** The first instant of the Pyongyang calendar month after the instant's. */
export function startOfNextPyongyangMonthMs(ms: number): number {
  const next = pyongyangMonthNumber(ms) + 1;
  const year = Math.floor(next / 12);
  const month = next - year * 12 + 1;
  return startOfPyongyangDayNumber(daysFromCivil(year, month, 1));
}

/** One change of the zone's offset: from `at` (epoch ms, on a whole minute) on, `offset` minutes. */
export interface OffsetChange {
  readonly at: number;
  readonly offset: number;
}

// The zone has never changed its offset twice within four weeks, so sampling at that step and
// bisecting where two samples differ finds every change the tz data holds.
const SAMPLE_MS = 28 * DAY_MS;
let changes: { readonly first: number; readonly changes: readonly OffsetChange[] } | undefined;

/**
 * The zone's offsets as the library reads them: the offset of every instant before the first
 * change, then each change, oldest first. Read once from the same tz data as every other answer,
 * so that an expression built from it (the audit as SQL) agrees with the library.
 */
export function pyongyangOffsetChanges(): {
  readonly first: number;
  readonly changes: readonly OffsetChange[];
} {
  if (changes !== undefined) return changes;
  const found: OffsetChange[] = [];
  const first = pyongyangOffsetMinutes(FIRST_READ_MS);
  let previous = first;
  let from = FIRST_READ_MS;
  for (let at = FIRST_READ_MS + SAMPLE_MS; from < LAST_READ_MS; at += SAMPLE_MS) {
    const to = Math.min(at, LAST_READ_MS);
    const offset = pyongyangOffsetMinutes(to);
    if (offset !== previous) {
      let lo = Math.floor(from / MINUTE_MS);
      let hi = Math.floor(to / MINUTE_MS);
      while (lo < hi) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (pyongyangOffsetMinutes(mid * MINUTE_MS) === offset) hi = mid;
        else lo = mid + 1;
      }
      found.push({ at: lo * MINUTE_MS, offset });
      previous = offset;
    }
    from = to;
  }
  changes = { first, changes: found };
  return changes;
}
