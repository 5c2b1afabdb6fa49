import {
  toSafe,
  type Currency,
  type Money,
  type RoundingMode,
  type SafeResult,
} from '../core/index.js';
import { checkCurrency, checkMoney } from '../core/internal/checks.js';
import type { RateTable } from './rateTableSchema.js';
import { mulDivRounded } from './internal/mulDivRounded.js';
import {
  MINOR_PATH,
  MONEY_PATH,
  TO_PATH,
  rateOf,
  readOptions,
  CONVERT_OPTIONS,
  readRates,
  readRounding,
} from './internal/options.js';
import { MINOR_PER_UNIT } from './internal/minorPerUnit.js';

/**
 * Options of {@link convertMoney}.
 *
 * @example
 * ```ts
 * convertMoney({ currency: 'CNY', minor: 3_000 }, 'USD', { rates: DEFAULT_RATE_TABLE, rounding: 'floor' });
 * //=> { currency: 'USD', minor: 446 }
 * ```
 */
export interface ConvertMoneyOptions {
  /** One rate table of `RATE_TABLES`' shape; defaults to `DEFAULT_RATE_TABLE` (June 2020). */
  readonly rates?: RateTable | undefined;
  /** How the one rounding at the end is done; defaults to `'half-even'`. */
  readonly rounding?: RoundingMode | undefined;
}

/**
 * Converts money between KPW, CNY, USD and EUR through KPW, in one exact rational step:
 * `minor × kpwPerUnit[from] × 10^exp(to) / (kpwPerUnit[to] × 10^exp(from))`, rounded once at the
 * end. KPW is counted in whole won, the others in cents or fen. The same currency comes back
 * unchanged, and needs no rate.
 *
 * @param money - `{ currency, minor }` with minor a whole number 0 or more
 * @param to - the currency to convert to
 * @param options - `rates` (default `DEFAULT_RATE_TABLE`) and `rounding` (default `'half-even'`)
 * @returns the converted `Money`
 * @throws KpmmError `invalid_money`, `invalid_amount` (money.minor), `unknown_currency`
 * (money.currency, to), `invalid_rounding`, `invalid_rate`, `missing_rate` (a EUR rate not
 * supplied), `out_of_range` (a result past `Number.MAX_SAFE_INTEGER`), `invalid_input`
 * @see dailynk-market-rates
 * @example
 * ```ts
 * convertMoney({ currency: 'CNY', minor: 3_000 }, 'USD');
 * //=> { currency: 'USD', minor: 446 }
 * ```
 */
export function convertMoney(money: Money, to: Currency, options?: ConvertMoneyOptions): Money {
  const { currency: from, minor } = checkMoney(money, MONEY_PATH);
  const target = checkCurrency(to, TO_PATH);
  const opts = readOptions(options, CONVERT_OPTIONS);
  const rounding = readRounding(opts['rounding']);
  const kpwPerUnit = readRates(opts['rates']);
  if (from === target) return Object.freeze({ currency: target, minor });
  const fromRate = rateOf(kpwPerUnit, from);
  const toRate = rateOf(kpwPerUnit, target);
  return Object.freeze({
    currency: target,
    minor: mulDivRounded(
      minor,
      fromRate,
      MINOR_PER_UNIT[target],
      toRate,
      MINOR_PER_UNIT[from],
      rounding,
      MINOR_PATH,
    ),
  });
}

const safe = toSafe(convertMoney);

/**
 * The non-throwing twin of {@link convertMoney}.
 *
 * @param money - `{ currency, minor }` with minor a whole number 0 or more
 * @param to - the currency to convert to
 * @param options - `rates` (default `DEFAULT_RATE_TABLE`) and `rounding` (default `'half-even'`)
 * @returns `{ success: true, data: money }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeConvertMoney({ currency: 'EUR', minor: 100 }, 'KPW').success;
 * //=> false
 * ```
 */
export function safeConvertMoney(
  money: Money,
  to: Currency,
  options?: ConvertMoneyOptions,
): SafeResult<Money> {
  return safe(money, to, options);
}
