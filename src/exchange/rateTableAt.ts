import { parseInstant, type InstantInput } from '../core/index.js';
import { daysFromCivil, daysInMonth, formatDay } from '../core/internal/civil.js';
import { pyongyangDayNumber } from '../core/internal/pyongyang.js';
import type { RateTable } from './rateTableSchema.js';
import { RATE_TABLE_IDS, RATE_TABLES } from './rateTables.js';

/**
 * A date outside the built-in tables, as data: before the first table (priced with the first)
 * or after the last one's month (priced with the last). `days` is how far the date lies from
 * the table's own date (`asOf`, a month counting from its first day), in Pyongyang days.
 *
 * @example
 * ```ts
 * rateTableAt('2025-02-01T00:00:00+09:00').gap?.code;
 * //=> 'after_last_rate_table'
 * ```
 */
export interface RateTableGap {
  readonly code: 'before_first_rate_table' | 'after_last_rate_table';
  /** The table used instead. */
  readonly tableId: string;
  readonly asOf: string;
  /** The Pyongyang date priced, `YYYY-MM-DD`. */
  readonly day: string;
  /** Whole days between `day` and the table's date: how early, or how old the table is. */
  readonly days: number;
  readonly message: string;
}

/**
 * The rate table in force at a date, and the gap when the date lies outside the tables.
 *
 * @example
 * ```ts
 * const pick = rateTableAt('2020-06-08T10:00:00+09:00');
 * [pick.table.id, pick.gap];
 * //=> ['dailynk-2020-06-pyongyang', null]
 * ```
 */
export interface RateTablePick {
  readonly table: RateTable;
  readonly gap: RateTableGap | null;
}

interface Dated {
  readonly table: RateTable;
  /** The first day the table covers (days since 1970-01-01). */
  readonly start: number;
  /** The last day of its own date: the day itself, or the last of its month. */
  readonly end: number;
}

let dated: readonly Dated[] | undefined;

function datedTables(): readonly Dated[] {
  dated ??= RATE_TABLE_IDS.map((id) => {
    const table = RATE_TABLES[id];
    const [year = 0, month = 1, day] = table.asOf.split('-').map(Number);
    const start = daysFromCivil(year, month, day ?? 1);
    const end = day === undefined ? daysFromCivil(year, month, daysInMonth(year, month)) : start;
    return { table, start, end };
  });
  return dated;
}

/**
 * Picks the built-in rate table in force at an instant: the latest of `RATE_TABLES` dated on or
 * before the instant's Pyongyang date. A date before the first table is priced with the first,
 * and one after the last table's month with the last; either way `gap` says so, as data.
 *
 * @param instant - a valid `Date`, epoch milliseconds, or an RFC 3339 string with an offset
 * @returns `{ table, gap }`, `gap` null inside the tables' span
 * @throws KpmmError `invalid_instant`
 * @see dailynk-market-rates
 * @example
 * ```ts
 * const { table, gap } = rateTableAt('2022-08-10T00:00:00+09:00');
 * [table.id, gap];
 * //=> ['dailynk-2022-07', null]
 * ```
 */
export function rateTableAt(instant: InstantInput): RateTablePick {
  const day = pyongyangDayNumber(parseInstant(instant));
  const tables = datedTables();
  const [first] = tables;
  const last = tables[tables.length - 1];
  // The built-in list is never empty; a broken invariant throws plainly.
  if (first === undefined || last === undefined) throw new TypeError('RATE_TABLES is empty');
  const text = formatDay(day);
  if (day < first.start) {
    const days = first.start - day;
    return Object.freeze({
      table: first.table,
      gap: Object.freeze({
        code: 'before_first_rate_table',
        tableId: first.table.id,
        asOf: first.table.asOf,
        day: text,
        days,
        message: `no rate table is dated before ${first.table.asOf}; ${text} is priced with ${first.table.id}, ${String(days)} days earlier than it`,
      }),
    });
  }
  let found = first;
  for (const candidate of tables) if (candidate.start <= day) found = candidate;
  if (found === last && day > last.end) {
    const days = day - last.start;
    return Object.freeze({
      table: last.table,
      gap: Object.freeze({
        code: 'after_last_rate_table',
        tableId: last.table.id,
        asOf: last.table.asOf,
        day: text,
        days,
        message: `no rate table is dated after ${last.table.asOf}; ${text} is priced with ${last.table.id}, ${String(days)} days old`,
      }),
    });
  }
  return Object.freeze({ table: found.table, gap: null });
}
