/**
 * A check between two reports: 500 won of mobile money at KPW 75 a won is KPW 37,500 in cash,
 * which at the June 2020 Pyongyang rate of KPW 1,250 a yuan is exactly RMB 30.00, the price the
 * 2022 report gives for 500 won. Put the other way, RMB 30 for 500 won and KPW 75 a won imply
 * KPW 1,250 a yuan. Derived by arithmetic; `mobileWonCost(500, { currency: 'CNY' })` recomputes it.
 *
 * @see dailynk-2020-06-gifting
 * @see dailynk-market-rates
 * @see dailynk-2022-08-limits
 * @example
 * ```ts
 * MOBILE_MONEY_RMB_AGREEMENT.computed;
 * //=> { currency: 'CNY', minor: 3000 }
 * ```
 */
export const MOBILE_MONEY_RMB_AGREEMENT = Object.freeze({
  mobileWon: 500,
  cashKpw: 37_500,
  rateTableId: 'dailynk-2020-06-pyongyang',
  impliedKpwPerCny: 1_250,
  computed: Object.freeze({ currency: 'CNY', minor: 3_000 } as const),
  reported: Object.freeze({ currency: 'CNY', minor: 3_000 } as const),
  agrees: true,
  grade: 'derived',
  sources: Object.freeze([
    'dailynk-2020-06-gifting',
    'dailynk-market-rates',
    'dailynk-2022-08-limits',
  ] as const),
  note: '500 won × KPW 75 = KPW 37,500; at KPW 1,250 per yuan (June 2020 table) that is RMB 30.00, the price reported in 2022 for 500 won of mobile money.',
} as const);
