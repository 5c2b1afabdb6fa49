import { civilFromDays, daysFromCivil } from '../../core/internal/civil.js';
import {
  pyongyangDayNumber,
  startOfNextPyongyangMonthMs,
  startOfPyongyangDayNumber,
} from '../../core/internal/pyongyang.js';

/** A Pyongyang calendar day or month as a half-open span of epoch ms. */
export interface Span {
  /** Days since 1970-01-01, or months since year 0 (`year * 12 + month - 1`). */
  readonly id: number;
  /** The first ms of the span. */
  readonly start: number;
  /** The first ms after the span. */
  readonly end: number;
}

/** The Pyongyang calendar day holding an instant. */
export function daySpan(ms: number): Span {
  const id = pyongyangDayNumber(ms);
  return { id, start: startOfPyongyangDayNumber(id), end: startOfPyongyangDayNumber(id + 1) };
}

/** The Pyongyang calendar month holding an instant. */
export function monthSpan(ms: number): Span {
  const { year, month } = civilFromDays(pyongyangDayNumber(ms));
  return {
    id: year * 12 + month - 1,
    start: startOfPyongyangDayNumber(daysFromCivil(year, month, 1)),
    end: startOfNextPyongyangMonthMs(ms),
  };
}

/** The first instant of the Pyongyang calendar month that holds a day (days since 1970-01-01). */
export function startOfPyongyangMonthOfDay(day: number): number {
  const { year, month } = civilFromDays(day);
  return startOfPyongyangDayNumber(daysFromCivil(year, month, 1));
}
