import { toSafe, type Currency, type Money, type SafeResult } from '../core/index.js';
import { checkCurrency, checkWholeAmount } from '../core/internal/checks.js';
import type { ConvertMoneyOptions } from './convertMoney.js';
import type { MobileWonPriceOptions } from './mobileWonPrice.js';
import { mulDivRounded } from './internal/mulDivRounded.js';
import {
  CURRENCY_PATH,
  MINOR_PATH,
  WON_PATH,
  rateOf,
  readOptions,
  COST_OPTIONS,
  readPrice,
  readRates,
  readRounding,
} from './internal/options.js';
import { MINOR_PER_UNIT } from './internal/minorPerUnit.js';

/**
 * Options of {@link mobileWonCost}: the currency to pay in, and optionally the rate table, the
 * rounding and the cash price of one won.
 *
 * @example
 * ```ts
 * mobileWonCost(500, { currency: 'CNY', rounding: 'ceil' });
 * //=> { currency: 'CNY', minor: 3000 }
 * ```
 */
export interface MobileWonCostOptions extends ConvertMoneyOptions, MobileWonPriceOptions {
  /** The currency the cost is given in. */
  readonly currency: Currency;
}

/**
 * What an amount of mobile money costs in any currency: the cash price in KPW
 * (`won × cashKpwPerWon`) converted at a rate table, in one exact step with one rounding.
 *
 * @param won - whole won of mobile money, 0 or more
 * @param options - `currency` (required), `rates` (default `DEFAULT_RATE_TABLE`), `rounding`
 * (default `'half-even'`), `cashKpwPerWon` (default 75)
 * @returns the cost as `Money`
 * @throws KpmmError `invalid_amount` (won), `unknown_currency` (currency), `invalid_rounding`,
 * `invalid_rate`, `missing_rate`, `out_of_range`, `invalid_input`
 * @see dailynk-2020-06-gifting
 * @see dailynk-market-rates
 * @example
 * ```ts
 * mobileWonCost(500, { currency: 'CNY' });
 * //=> { currency: 'CNY', minor: 3000 }
 * ```
 */
export function mobileWonCost(won: number, options: MobileWonCostOptions): Money {
  const amount = checkWholeAmount(won, WON_PATH, 0);
  const opts = readOptions(options, COST_OPTIONS);
  const currency = checkCurrency(opts['currency'], CURRENCY_PATH);
  const rounding = readRounding(opts['rounding']);
  const price = readPrice(opts);
  const rate = rateOf(readRates(opts['rates']), currency);
  return Object.freeze({
    currency,
    minor: mulDivRounded(amount, price, MINOR_PER_UNIT[currency], rate, 1, rounding, MINOR_PATH),
  });
}

const safe = toSafe(mobileWonCost);

/**
 * The non-throwing twin of {@link mobileWonCost}.
 *
 * @param won - whole won of mobile money, 0 or more
 * @param options - `currency` (required), `rates`, `rounding`, `cashKpwPerWon`
 * @returns `{ success: true, data: money }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeMobileWonCost(500, { currency: 'USD' });
 * //=> { success: true, data: { currency: 'USD', minor: 446 } }
 * ```
 */
export function safeMobileWonCost(won: number, options: MobileWonCostOptions): SafeResult<Money> {
  return safe(won, options);
}
