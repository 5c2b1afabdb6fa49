import { fail } from '../../core/internal/fail.js';
import { checkPositiveInteger, checkRounding, isRecord } from '../../core/internal/checks.js';
export { isCurrency } from '../../core/internal/checks.js';
import type { Currency, PathSegment, RoundingMode } from '../../core/index.js';
import { MOBILE_WON_PRICE } from '../mobileWonPrice.js';
import { DEFAULT_RATE_TABLE } from '../rateTables.js';

const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});
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

/** The options object of a call, or an empty one; anything but a plain object is refused. */
export function readOptions(options: unknown): Readonly<Record<string, unknown>> {
  if (options === undefined) return NO_OPTIONS;
  if (!isRecord(options)) fail('invalid_input', ['options'], 'options must be an object');
  return options;
}

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

/**
 * The `kpwPerUnit` of a rate table, the default table's when absent. Every rate the table gives
 * is checked, whether or not the call needs it, so a bad table is refused the same way for every
 * currency (even KPW to KPW); a rate it leaves out is `missing_rate` only when it is needed.
 */
export function readRates(rates: unknown): Readonly<Record<string, unknown>> {
  if (rates === undefined) return DEFAULT_RATES;
  if (!isRecord(rates)) {
    return fail('invalid_rate', ['rates'], 'rates must be a rate table with kpwPerUnit');
  }
  const kpwPerUnit = rates['kpwPerUnit'];
  if (!isRecord(kpwPerUnit)) {
    return fail(
      'invalid_rate',
      ['rates', 'kpwPerUnit'],
      'rates.kpwPerUnit must be an object of KPW per unit',
    );
  }
  for (const currency of RATED) {
    const rate = kpwPerUnit[currency];
    if (rate !== undefined) checkPositiveInteger(rate, RATE_PATHS[currency]);
  }
  return kpwPerUnit;
}

/** Whole KPW per unit of `currency` in checked `kpwPerUnit` (1 for KPW), or `missing_rate`. */
export function rateOf(kpwPerUnit: Readonly<Record<string, unknown>>, currency: Currency): number {
  if (currency === 'KPW') return 1;
  const rate = kpwPerUnit[currency];
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
