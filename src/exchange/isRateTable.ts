import { isSafeInteger } from '../core/internal/checks.js';
import { readOwn } from '../core/internal/fields.js';
import type { RateTable } from './rateTableSchema.js';

const TABLE_KEYS = ['id', 'asOf', 'kpwPerUnit', 'place', 'source', 'grade', 'note'];
const RATE_KEYS = ['USD', 'CNY', 'EUR'];
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
  // Other fields are allowed, but every field is read from the table's own data properties.
  const table = readOwn(value, TABLE_KEYS);
  if (table.kind !== 'read') return false;
  const { id, asOf, kpwPerUnit, place, source, grade, note } = table.fields;
  const rates = readOwn(kpwPerUnit, RATE_KEYS);
  if (rates.kind !== 'read') return false;
  const perUnit = rates.fields;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    typeof asOf === 'string' &&
    AS_OF.test(asOf) &&
    isRate(perUnit['USD']) &&
    isRate(perUnit['CNY']) &&
    (perUnit['EUR'] === undefined || isRate(perUnit['EUR'])) &&
    typeof place === 'string' &&
    typeof source === 'string' &&
    isGrade(grade) &&
    typeof note === 'string'
  );
}
