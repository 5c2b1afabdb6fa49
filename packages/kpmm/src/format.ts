import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import type { Money } from 'kp-mobile-money';

// The command line's own dayjs: the library reads no dayjs, so extending it here touches no app.
dayjs.extend(utc);
dayjs.extend(timezone);

const grouped = new Intl.NumberFormat('en-US', { useGrouping: true, maximumFractionDigits: 0 });

/** 13,333: a whole number with thousands separators. */
export function whole(amount: number): string {
  return grouped.format(amount);
}

/** KPW 37,500 — whole won with thousands separators. */
export function kpw(amount: number): string {
  return `KPW ${grouped.format(amount)}`;
}

/** RMB 30.00 / USD 4.46 / KPW 37,500 from integer minor units, without floating point. */
export function money({ currency, minor }: Money): string {
  if (currency === 'KPW') return kpw(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const cents = abs % 100;
  // Integer arithmetic: the remainder is taken off first, so the division is exact.
  const whole = (abs - cents) / 100;
  return `${currency === 'CNY' ? 'RMB' : currency} ${sign}${grouped.format(whole)}.${String(cents).padStart(2, '0')}`;
}

/** A source citation: [id, id]. */
export function cite(ids: readonly string[]): string {
  return `[${ids.join(', ')}]`;
}

/** Pads the columns of a small table of strings. */
export function table(rows: readonly (readonly string[])[], indent = '  '): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      `${indent}${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd(),
    )
    .join('\n');
}

/**
 * The Pyongyang wall-clock time of an instant, `YYYY-MM-DD HH:mm`, from the runtime's time-zone
 * data (UTC+8:30 from 2015-08-15 to 2018-05-04, UTC+9 otherwise).
 *
 * @example
 * ```ts
 * pyongyangTime('2020-06-08T15:00:00.000Z');
 * //=> '2020-06-09 00:00'
 * ```
 */
export function pyongyangTime(iso: string): string {
  return dayjs.utc(iso).tz('Asia/Pyongyang').format('YYYY-MM-DD HH:mm');
}
