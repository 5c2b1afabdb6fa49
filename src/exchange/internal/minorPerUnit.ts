import { CURRENCY_EXPONENTS, type Currency } from '../../core/index.js';

/** Minor units in one unit of each currency: 10 to its exponent (1 for KPW, 100 for the rest). */
export const MINOR_PER_UNIT: Readonly<Record<Currency, number>> = Object.freeze({
  KPW: 10 ** CURRENCY_EXPONENTS.KPW,
  CNY: 10 ** CURRENCY_EXPONENTS.CNY,
  USD: 10 ** CURRENCY_EXPONENTS.USD,
  EUR: 10 ** CURRENCY_EXPONENTS.EUR,
});
