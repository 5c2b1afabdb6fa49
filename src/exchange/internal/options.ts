import { fail } from '../../core/internal/fail.js';
import { checkPositiveInteger, checkRounding } from '../../core/internal/checks.js';
import { readFields, type NotObject, type ReadFieldsOptions } from '../../core/internal/fields.js';
export { isCurrency } from '../../core/internal/checks.js';
import type { Currency, PathSegment, RoundingMode } from '../../core/index.js';
import { MOBILE_WON_PRICE } from '../mobileWonPrice.js';
import { DEFAULT_RATE_TABLE } from '../rateTables.js';

// Every option is an own field of the empty options, so none is read from Object.prototype.
const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({
  currency: undefined,
  rates: undefined,
  rounding: undefined,
  cashKpwPerWon: undefined,
});
const OPTIONS_NOT_AN_OBJECT: NotObject = {
  code: 'invalid_input',
  message: 'options must be an object',
};
const OPTIONS_PATH: readonly PathSegment[] = Object.freeze(['options']);
const ROUNDING_PATH: readonly PathSegment[] = Object.freeze(['rounding']);
const PRICE_PATH: readonly PathSegment[] = Object.freeze(['cashKpwPerWon']);

// Paths are frozen once, so that a check on the hot path allocates none.
/** Where an out-of-range result goes. */
export const MINOR_PATH: readonly PathSegment[] = Object.freeze(['minor']);
export const WON_PATH: readonly PathSegment[] = Object.freeze(['won']);
export const CASH_PATH: readonly PathSegment[] = Object.freeze(['cashKpw']);
export const CURRENCY_PATH: readonly PathSegment[] = Object.freeze(['currency']);
export const TO_PATH: readonly PathSegment[] = Object.freeze(['to']);
export const MONEY_PATH: readonly PathSegment[] = Object.freeze(['money']);

/**
 * The `known` options of a call, read from the object's own data properties, or none; anything
 * but a plain object, and a field not in `known`, is refused.
 */
export function readOptions(
  options: unknown,
  known: readonly string[],
): Readonly<Record<string, unknown>> {
  if (options === undefined) return NO_OPTIONS;
  return readFields(options, known, OPTIONS_PATH, OPTIONS_NOT_AN_OBJECT);
}

/** The options each function knows. */
export const PRICE_OPTIONS = ['cashKpwPerWon'];
export const CONVERT_OPTIONS = ['rates', 'rounding'];
export const COST_OPTIONS = ['currency', 'rates', 'rounding', 'cashKpwPerWon'];

/** The cash price of one won of mobile money: the option, or the reported KPW 75. */
export function readPrice(options: Readonly<Record<string, unknown>>): number {
  const price = options['cashKpwPerWon'];
  if (price === undefined) return MOBILE_WON_PRICE.cashKpwPerWon;
  return checkPositiveInteger(price, PRICE_PATH);
}

const RATED = ['USD', 'CNY', 'EUR'] as const;
const RATE_PATHS = Object.freeze({
  USD: Object.freeze(['rates', 'kpwPerUnit', 'USD']),
  CNY: Object.freeze(['rates', 'kpwPerUnit', 'CNY']),
  EUR: Object.freeze(['rates', 'kpwPerUnit', 'EUR']),
});
const DEFAULT_RATES: Readonly<Record<string, unknown>> = { ...DEFAULT_RATE_TABLE.kpwPerUnit };
const TABLE_KEYS = ['kpwPerUnit'];
const RATES_PATH: readonly PathSegment[] = Object.freeze(['rates']);
const PER_UNIT_PATH: readonly PathSegment[] = Object.freeze(['rates', 'kpwPerUnit']);
const LOOSE: ReadFieldsOptions = { code: 'invalid_rate', allowUnknown: true };
const TABLE_NOT_AN_OBJECT: NotObject = {
  code: 'invalid_rate',
  message: 'rates must be a rate table with kpwPerUnit',
};
const PER_UNIT_NOT_AN_OBJECT: NotObject = {
  code: 'invalid_rate',
  message: 'rates.kpwPerUnit must be an object of KPW per unit',
};

/**
 * The `kpwPerUnit` of a rate table, the default table's when absent. Every rate the table gives
 * is checked, whether or not the call needs it, so a bad table is refused the same way for every
 * currency (even KPW to KPW); a rate it leaves out is `missing_rate` only when it is needed.
 */
export function readRates(rates: unknown): Readonly<Record<string, unknown>> {
  if (rates === undefined) return DEFAULT_RATES;
  const table = typeof rates === 'object' && rates !== null ? rates : null;
  const known = table === null ? undefined : readTables.get(table);
  if (known !== undefined) return known;
  // A table may carry fields of its own (as RateTableSchema allows); only its rates are read.
  const kpwPerUnit = readFields(rates, TABLE_KEYS, RATES_PATH, TABLE_NOT_AN_OBJECT, LOOSE)[
    'kpwPerUnit'
  ];
  const perUnit = readFields(kpwPerUnit, RATED, PER_UNIT_PATH, PER_UNIT_NOT_AN_OBJECT, LOOSE);
  for (const currency of RATED) {
    const rate = perUnit[currency];
    if (rate !== undefined) checkPositiveInteger(rate, RATE_PATHS[currency]);
  }
  if (table !== null && frozen(table) && frozen(kpwPerUnit)) readTables.set(table, perUnit);
  return perUnit;
}

// A table frozen all the way down (the built-in tables, parseRateTable's) holds only data, which
// cannot change: its rates, once read, are kept beside it, as parsed policies are. Reading the
// whole table each call took most of a conversion's time.
const readTables = new WeakMap<object, Readonly<Record<string, unknown>>>();

/** Whether a value read as an object is frozen; false for a Proxy whose traps throw. */
function frozen(value: unknown): boolean {
  try {
    return Object.isFrozen(value);
  } catch {
    return false;
  }
}

/** Whole KPW per unit of `currency` in checked `kpwPerUnit` (1 for KPW), or `missing_rate`. */
export function rateOf(kpwPerUnit: Readonly<Record<string, unknown>>, currency: Currency): number {
  if (currency === 'KPW') return 1;
  // An own rate only: an inherited one (a polluted Object.prototype) is no rate.
  const rate = Object.hasOwn(kpwPerUnit, currency) ? kpwPerUnit[currency] : undefined;
  if (typeof rate === 'number') return rate;
  return fail(
    'missing_rate',
    RATE_PATHS[currency],
    `rates.kpwPerUnit.${currency} is missing: no ${currency} rate is known, so pass a table with one`,
  );
}

/** The rounding option, `'half-even'` when absent. */
export function readRounding(value: unknown): RoundingMode {
  return checkRounding(value, ROUNDING_PATH, 'half-even');
}
