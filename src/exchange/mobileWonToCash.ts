import { toSafe, type PathSegment, type SafeResult } from '../core/index.js';
import { checkWholeAmount } from '../core/internal/checks.js';
import { fail } from '../core/internal/fail.js';
import type { MobileWonPriceOptions } from './mobileWonPrice.js';
import { WON_PATH, readOptions, readPrice, PRICE_OPTIONS } from './internal/options.js';

const CASH_KPW_PATH: readonly PathSegment[] = Object.freeze(['cashKpw']);

/**
 * The cash, in whole KPW, that buys an amount of mobile money: `won × cashKpwPerWon`, exact.
 *
 * @param won - whole won of mobile money, 0 or more
 * @param options - `cashKpwPerWon`, the cash price of one won (default 75, `MOBILE_WON_PRICE`)
 * @returns whole KPW of cash
 * @throws KpmmError `invalid_amount` (won), `invalid_rate` (cashKpwPerWon), `out_of_range`
 * (a cost past `Number.MAX_SAFE_INTEGER`), `invalid_input` (options not an object)
 * @see dailynk-2020-06-gifting
 * @example
 * ```ts
 * mobileWonToCash(500);
 * //=> 37500
 * ```
 */
export function mobileWonToCash(won: number, options?: MobileWonPriceOptions): number {
  const amount = checkWholeAmount(won, WON_PATH, 0);
  const price = readPrice(readOptions(options, PRICE_OPTIONS));
  const cashKpw = amount * price;
  // A true product past 2^53 rounds to 2^53 or more, so this test is exact.
  if (!Number.isSafeInteger(cashKpw)) {
    return fail('out_of_range', CASH_KPW_PATH, 'cashKpw is beyond exact representation');
  }
  return cashKpw;
}

const safe = toSafe(mobileWonToCash);

/**
 * The non-throwing twin of {@link mobileWonToCash}.
 *
 * @param won - whole won of mobile money, 0 or more
 * @param options - `cashKpwPerWon`, the cash price of one won (default 75)
 * @returns `{ success: true, data: cashKpw }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeMobileWonToCash(-1).success;
 * //=> false
 * ```
 */
export function safeMobileWonToCash(
  won: number,
  options?: MobileWonPriceOptions,
): SafeResult<number> {
  return safe(won, options);
}
