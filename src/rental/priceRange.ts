/**
 * What one borrowing of a Chinese phone costs in the border region: RMB 50 to 200, which the
 * article gives as USD 7 to 28. Amounts are Money in minor units (fen, cents).
 *
 * @see dailynk-2020-06-rentals
 * @example
 * ```ts
 * RENTAL_PRICE_RANGE.max;
 * //=> { currency: 'CNY', minor: 20000 }
 * ```
 */
export const RENTAL_PRICE_RANGE = Object.freeze({
  min: Object.freeze({ currency: 'CNY', minor: 5_000 } as const),
  max: Object.freeze({ currency: 'CNY', minor: 20_000 } as const),
  usdAsReported: Object.freeze({
    min: Object.freeze({ currency: 'USD', minor: 700 } as const),
    max: Object.freeze({ currency: 'USD', minor: 2_800 } as const),
  }),
  per: 'borrowing',
  grade: 'reported',
  sources: Object.freeze(['dailynk-2020-06-rentals'] as const),
  note: 'Per use of a rented phone, June 2020 (year inferred). Prices vary by region and rise with the danger, since lenders who are caught must bribe officials; the article calls them more or less fixed.',
} as const);

/**
 * The default yuan-to-dollar ratio for rental figures: CNY 50 : USD 7, the rental article’s own
 * pair (about 7.14 yuan per dollar). It reproduces the article’s USD 7 to 28 exactly. It is not
 * the North Korean market cross rate that the mobile money figures use. `asOf` is the day the
 * article's source was quoted, 17 June 2020 (year inferred).
 *
 * @see dailynk-2020-06-rentals
 * @example
 * ```ts
 * [RENTAL_USD_RATE.cny, RENTAL_USD_RATE.usd];
 * //=> [50, 7]
 * ```
 */
export const RENTAL_USD_RATE = Object.freeze({
  cny: 50,
  usd: 7,
  asOf: '2020-06-17',
  label:
    'CNY 50 : USD 7, the rental article’s own ratio (about 7.14 yuan per dollar), not the North Korean market cross rate',
  grade: 'derived',
  sources: Object.freeze(['dailynk-2020-06-rentals'] as const),
  note: 'RMB 50 = USD 7 and RMB 200 = USD 28 in the article give the same exact ratio. The North Korean market cross rate of June 2020 (about 6.72 yuan per dollar), used for mobile money, is deliberately not used here.',
} as const);
