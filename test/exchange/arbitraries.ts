import fc from 'fast-check';
import {
  CURRENCIES,
  ROUNDING_MODES,
  type Currency,
  type Money,
  type RoundingMode,
} from '../../src/core/index.js';
import { DEFAULT_RATE_TABLE, type RateTable } from '../../src/exchange/index.js';

/** Whole won of mobile money: mostly gift-sized, sometimes up to the largest safe integer. */
export const arbMobileWon: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10_000 }) },
  { weight: 1, arbitrary: fc.maxSafeNat() },
);

/** Whole KPW of cash: mostly under a million, sometimes up to the largest safe integer. */
export const arbCashKpw: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.maxSafeNat() },
);

/** A cash price of one won of mobile money: near the reported 75, or any positive safe integer. */
export const arbCashKpwPerWon: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 200 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }) },
);

/** A currency the library converts between. */
export const arbCurrency: fc.Arbitrary<Currency> = fc.constantFrom(...CURRENCIES);

/** A named rounding mode. */
export const arbRoundingMode: fc.Arbitrary<RoundingMode> = fc.constantFrom(...ROUNDING_MODES);

/** A rate in whole KPW per unit: market-like (hundreds to tens of thousands) or any safe one. */
export const arbKpwRate: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 100, max: 50_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }) },
);

/** A minor-unit amount: mostly everyday sums, sometimes up to the largest safe integer. */
export const arbMinor: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
  { weight: 1, arbitrary: fc.maxSafeNat() },
);

/** Money in any known currency. */
export const arbMoney: fc.Arbitrary<Money> = fc.record({ currency: arbCurrency, minor: arbMinor });

/** A rate table of `RATE_TABLES`' shape with generated USD, CNY and EUR rates. */
export const arbRateTable: fc.Arbitrary<RateTable> = fc
  .record({ USD: arbKpwRate, CNY: arbKpwRate, EUR: arbKpwRate })
  .map((kpwPerUnit) => ({
    ...DEFAULT_RATE_TABLE,
    id: 'generated',
    source: 'fast-check',
    grade: 'assumed',
    note: 'generated for a property',
    kpwPerUnit,
  }));

/** The largest exponent `a` with 2^a × 5^b still a safe integer. */
function maxPowerOfTwo(b: number): number {
  let a = 0;
  while (2 ** (a + 1) * 5 ** b <= Number.MAX_SAFE_INTEGER) a += 1;
  return a;
}

/**
 * A rate 2^a × 5^b, whose reciprocal is a terminating decimal: the rates into which dinero.js,
 * whose rates are scaled decimals, can convert exactly. Returns the rate and the scale `k` with
 * `10^k / rate` whole.
 */
export const arbTerminatingRate: fc.Arbitrary<{ rate: number; scale: number }> = fc
  .integer({ min: 0, max: 22 })
  .chain((b) =>
    fc.integer({ min: 0, max: maxPowerOfTwo(b) }).map((a) => ({
      rate: 2 ** a * 5 ** b,
      scale: Math.max(a, b),
    })),
  );
