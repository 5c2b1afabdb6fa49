import { isRecord, isSafeInteger } from '../core/internal/checks.js';
import type { RateTable } from './rateTableSchema.js';

const AS_OF = /^\d{4}-\d{2}(?:-\d{2})?$/;

function isRate(value: unknown): boolean {
  return isSafeInteger(value) && value > 0;
}

function isGrade(value: unknown): boolean {
  return value === 'reported' || value === 'derived' || value === 'assumed';
}

/**
 * Tells whether a value is a {@link RateTable}: exactly what `RateTableSchema.safeParse` accepts,
 * checked by hand so that an app that only checks a table (the facade does, for its `rates`)
 * loads no schema library. Other fields are allowed, as the schema allows them.
 *
 * @param value - anything, such as a table read from JSON
 * @returns true when `value` can be passed as `rates`
 * @example
 * ```ts
 * isRateTable({ ...DEFAULT_RATE_TABLE, kpwPerUnit: { USD: 9_000, CNY: 0 } });
 * //=> false
 * ```
 */
export function isRateTable(value: unknown): value is RateTable {
  if (!isRecord(value)) return false;
  const { id, asOf, kpwPerUnit, place, source, grade, note } = value;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    typeof asOf === 'string' &&
    AS_OF.test(asOf) &&
    isRecord(kpwPerUnit) &&
    isRate(kpwPerUnit['USD']) &&
    isRate(kpwPerUnit['CNY']) &&
    (kpwPerUnit['EUR'] === undefined || isRate(kpwPerUnit['EUR'])) &&
    typeof place === 'string' &&
    typeof source === 'string' &&
    isGrade(grade) &&
    typeof note === 'string'
  );
}
