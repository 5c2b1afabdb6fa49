import * as z from 'zod/mini';
import type { Grade } from '../core/index.js';

const rate = z.int().check(z.positive());

/**
 * The zod schema of a {@link RateTable}: an id, a date, whole KPW per unit of USD and CNY (and
 * EUR when known), where and by whom the rates were reported, a grade and a note. Use it to check
 * a table read from JSON before passing it as `rates`, or to generate a JSON Schema.
 *
 * @example
 * ```ts
 * RateTableSchema.safeParse({ ...DEFAULT_RATE_TABLE, kpwPerUnit: { USD: 0, CNY: 1250 } }).success;
 * //=> false
 * ```
 */
export const RateTableSchema = z.object({
  id: z.string().check(z.minLength(1)),
  asOf: z.string().check(z.regex(/^\d{4}-\d{2}(?:-\d{2})?$/)),
  kpwPerUnit: z.object({
    USD: rate,
    CNY: rate,
    EUR: z.optional(rate),
  }),
  place: z.string(),
  source: z.string(),
  grade: z.enum(['reported', 'derived', 'assumed']),
  note: z.string(),
});

/**
 * Whole North Korean won per one unit (a dollar, a yuan, a euro) of each foreign currency. USD
 * and CNY are always present; EUR only when the caller knows a rate, since none is reported.
 *
 * @example
 * ```ts
 * DEFAULT_RATE_TABLE.kpwPerUnit;
 * //=> { USD: 8400, CNY: 1250 }
 * ```
 */
export interface KpwPerUnit {
  readonly USD: number;
  readonly CNY: number;
  readonly EUR?: number | undefined;
}

/**
 * One dated table of market exchange rates, the shape of every entry of `RATE_TABLES` and of the
 * `rates` option of `convertMoney` and `mobileWonCost`.
 *
 * @example
 * ```ts
 * const table = parseRateTable({
 *   id: 'my-survey-2025-01', asOf: '2025-01', kpwPerUnit: { USD: 9_000, CNY: 1_300, EUR: 9_500 },
 *   place: 'Sinuiju', source: 'my own survey', grade: 'assumed', note: 'for a what-if',
 * });
 * convertMoney({ currency: 'EUR', minor: 100 }, 'KPW', { rates: table });
 * //=> { currency: 'KPW', minor: 9500 }
 * ```
 */
export interface RateTable {
  /** A stable, unique name of the table. */
  readonly id: string;
  /** The month (`YYYY-MM`) or day (`YYYY-MM-DD`) the rates were observed. */
  readonly asOf: string;
  /** Whole KPW per dollar, yuan and (optionally) euro. */
  readonly kpwPerUnit: KpwPerUnit;
  /** The market the rates come from, or `'not stated'`. */
  readonly place: string;
  /** A source id of `SOURCES`, or the caller's own citation. */
  readonly source: string;
  readonly grade: Grade;
  readonly note: string;
}
