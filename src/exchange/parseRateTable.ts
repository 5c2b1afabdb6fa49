import { KpmmError, toSafe, type SafeResult } from '../core/index.js';
import { dataSnapshot } from '../core/internal/fields.js';
import { schemaIssues } from '../core/internal/schemaIssues.js';
import { isRateTable } from './isRateTable.js';
import { RateTableSchema, type RateTable } from './rateTableSchema.js';
import { RATE_TABLE_IDS, RATE_TABLES } from './rateTables.js';

/** A frozen copy of a checked table, with only the fields of a table. */
function frozenTable(table: RateTable): RateTable {
  const { USD, CNY, EUR } = table.kpwPerUnit;
  return Object.freeze({
    id: table.id,
    asOf: table.asOf,
    kpwPerUnit: Object.freeze(EUR === undefined ? { USD, CNY } : { USD, CNY, EUR }),
    place: table.place,
    source: table.source,
    grade: table.grade,
    note: table.note,
  });
}

/**
 * Checks a rate table and returns it frozen, with only the fields of a table: a table of
 * `RATE_TABLES` as it is, any other as a copy, so that later changes to the caller's object
 * change nothing. The rule is `RateTableSchema`'s.
 *
 * @param value - a table, such as one read from JSON
 * @returns the checked table, frozen all the way down
 * @throws KpmmError `invalid_rate`, one issue per problem, at its path in the table
 * @example
 * ```ts
 * const mine = parseRateTable({ ...DEFAULT_RATE_TABLE, id: 'mine', kpwPerUnit: { USD: 9_000, CNY: 1_300 } });
 * [mine.kpwPerUnit, Object.isFrozen(mine.kpwPerUnit), parseRateTable(DEFAULT_RATE_TABLE) === DEFAULT_RATE_TABLE];
 * //=> [{ USD: 9000, CNY: 1300 }, true, true]
 * ```
 */
export function parseRateTable(value: unknown): RateTable {
  const builtIn = RATE_TABLE_IDS.map((id) => RATE_TABLES[id]).find((table) => table === value);
  if (builtIn !== undefined) return builtIn;
  // Read once, as data: the checks, the copy and the schema's issues all read the snapshot.
  const data = dataSnapshot(value);
  if (isRateTable(data)) return frozenTable(data);
  const [first, ...rest] = schemaIssues(RateTableSchema, data, 'invalid_rate', [], 'rates');
  // The schema takes what the fast check takes on data; a table that has a getter, an object
  // that is not plain or a Proxy that throws is refused whole.
  throw new KpmmError([
    first ?? {
      code: 'invalid_rate',
      path: [],
      message: 'rates must be a plain object of data fields, not a getter or a Proxy that fails',
    },
    ...rest,
  ]);
}

const safe = toSafe(parseRateTable);

/**
 * The non-throwing twin of {@link parseRateTable}.
 *
 * @param value - a table, such as one read from JSON
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const result = safeParseRateTable({ ...DEFAULT_RATE_TABLE, kpwPerUnit: { USD: 0, CNY: 1_250 } });
 * result.success ? result.data.id : result.error.issues.map((issue) => [issue.code, issue.path]);
 * //=> [['invalid_rate', ['kpwPerUnit', 'USD']]]
 * ```
 */
export function safeParseRateTable(value: unknown): SafeResult<RateTable> {
  return safe(value);
}
