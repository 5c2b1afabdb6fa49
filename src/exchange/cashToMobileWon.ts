import { toSafe, type SafeResult } from '../core/index.js';
import { checkWholeAmount } from '../core/internal/checks.js';
import type { MobileWonPriceOptions } from './mobileWonPrice.js';
import { CASH_PATH, readOptions, readPrice, PRICE_OPTIONS } from './internal/options.js';

/**
 * What an amount of cash buys: whole won of mobile money, and the cash left over.
 * `cashKpwPerWon × mobileWon + changeKpw` is the cash, with `0 ≤ changeKpw < cashKpwPerWon`.
 *
 * @example
 * ```ts
 * cashToMobileWon(15_050);
 * //=> { mobileWon: 200, changeKpw: 50 }
 * ```
 */
export interface MobileWonPurchase {
  /** Whole won of mobile money the cash buys. */
  readonly mobileWon: number;
  /** Whole KPW of cash left over, less than the price of one won. */
  readonly changeKpw: number;
}

/**
 * Spends cash on mobile money: the whole won it buys and the change.
 *
 * @param cashKpw - whole KPW of cash, 0 or more
 * @param options - `cashKpwPerWon`, the cash price of one won (default 75, `MOBILE_WON_PRICE`)
 * @returns `{ mobileWon, changeKpw }`
 * @throws KpmmError `invalid_amount` (cashKpw), `invalid_rate` (cashKpwPerWon), `invalid_input`
 * (options not an object)
 * @see dailynk-2020-06-gifting
 * @example
 * ```ts
 * cashToMobileWon(15_050);
 * //=> { mobileWon: 200, changeKpw: 50 }
 * ```
 */
export function cashToMobileWon(
  cashKpw: number,
  options?: MobileWonPriceOptions,
): MobileWonPurchase {
  const cash = checkWholeAmount(cashKpw, CASH_PATH, 0);
  const price = readPrice(readOptions(options, PRICE_OPTIONS));
  const changeKpw = cash % price;
  return Object.freeze({ mobileWon: (cash - changeKpw) / price, changeKpw });
}

const safe = toSafe(cashToMobileWon);

/**
 * The non-throwing twin of {@link cashToMobileWon}.
 *
 * @param cashKpw - whole KPW of cash, 0 or more
 * @param options - `cashKpwPerWon`, the cash price of one won (default 75)
 * @returns `{ success: true, data: { mobileWon, changeKpw } }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeCashToMobileWon(37_500);
 * //=> { success: true, data: { mobileWon: 500, changeKpw: 0 } }
 * ```
 */
export function safeCashToMobileWon(
  cashKpw: number,
  options?: MobileWonPriceOptions,
): SafeResult<MobileWonPurchase> {
  return safe(cashKpw, options);
}
