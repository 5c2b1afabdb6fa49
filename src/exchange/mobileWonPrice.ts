/**
 * The price of mobile money in cash: KPW 75 buys one won of mobile money, so gifts of 200 to 500
 * won cost KPW 15,000 to 37,500. Reported from Pyongyang in June 2020 (the article shows no year;
 * see the source's note).
 *
 * @see dailynk-2020-06-gifting
 * @example
 * ```ts
 * MOBILE_WON_PRICE.cashKpwPerWon;
 * //=> 75
 * ```
 */
export const MOBILE_WON_PRICE = Object.freeze({
  cashKpwPerWon: 75,
  asOf: '2020-06-08',
  grade: 'reported',
  sources: Object.freeze(['dailynk-2020-06-gifting'] as const),
  note: 'KPW 75 in cash buys one won of mobile money; gifts of 200 to 500 won cost KPW 15,000 to 37,500. Quoted 8 June, year inferred as 2020.',
} as const);

/**
 * The price option shared by the cash and mobile money functions.
 *
 * @example
 * ```ts
 * mobileWonToCash(500, { cashKpwPerWon: 80 });
 * //=> 40000
 * ```
 */
export interface MobileWonPriceOptions {
  /** Whole KPW of cash per won of mobile money; defaults to `MOBILE_WON_PRICE.cashKpwPerWon` (75). */
  readonly cashKpwPerWon?: number | undefined;
}
