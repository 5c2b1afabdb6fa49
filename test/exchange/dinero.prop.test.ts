// A differential test against dinero.js v2, the reference for exact money in JavaScript: the
// same conversions through dinero's `convert` and `transformScale`, and the same divisions
// through dinero's own rounding functions.
import {
  calculator,
  convert,
  dinero,
  down,
  halfEven,
  halfUp,
  toSnapshot,
  transformScale,
  up,
  type DineroCurrency,
  type DineroDivideOperation,
} from 'dinero.js/bigint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_EXPONENTS, type Currency, type RoundingMode } from '../../src/core/index.js';
import { DEFAULT_RATE_TABLE, safeConvertMoney, type RateTable } from '../../src/exchange/index.js';
import {
  arbCurrency,
  arbKpwRate,
  arbMinor,
  arbRoundingMode,
  arbTerminatingRate,
} from './arbitraries.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** Our rounding names and dinero's, for non-negative amounts. */
const DINERO_ROUNDING = {
  floor: down,
  ceil: up,
  'half-up': halfUp,
  'half-even': halfEven,
} as const satisfies Record<RoundingMode, DineroDivideOperation>;

/** The library's currencies for dinero: KPW in whole won, as the library counts it. */
function dineroCurrency(code: Currency): DineroCurrency<bigint> {
  return { code, base: 10n, exponent: BigInt(CURRENCY_EXPONENTS[code]) };
}

function tableWith(from: Currency, fromRate: number, to: Currency, toRate: number): RateTable {
  const kpwPerUnit: Record<'USD' | 'CNY' | 'EUR', number> = { USD: 8_400, CNY: 1_250, EUR: 9_000 };
  if (from !== 'KPW') kpwPerUnit[from] = fromRate;
  if (to !== 'KPW') kpwPerUnit[to] = toRate;
  return { ...DEFAULT_RATE_TABLE, id: 'differential', source: 'fast-check', kpwPerUnit };
}

/** Two different currencies. */
const arbPair = fc.tuple(arbCurrency, arbCurrency).filter(([from, to]) => from !== to);

describe('convertMoney against dinero.js convert + transformScale', () => {
  it('gives the same minor units under every rounding, or out_of_range past 2^53', () => {
    fc.assert(
      fc.property(
        arbPair,
        arbMinor,
        arbKpwRate,
        arbTerminatingRate,
        arbRoundingMode,
        ([from, to], minor, fromRate, target, rounding) => {
          // dinero's rates are scaled decimals, so the rate into the target must have a
          // terminating reciprocal: rate(from → to) = fromRate × (10^k / toRate) / 10^k.
          const rFrom = from === 'KPW' ? 1n : BigInt(fromRate);
          const rTo = to === 'KPW' ? 1n : BigInt(target.rate);
          const k = to === 'KPW' ? 0n : BigInt(target.scale);
          const rate = { amount: (rFrom * 10n ** k) / rTo, scale: k };
          const converted = convert(
            dinero({ amount: BigInt(minor), currency: dineroCurrency(from) }),
            dineroCurrency(to),
            { [to]: rate },
          );
          const rounded = transformScale(
            converted,
            BigInt(CURRENCY_EXPONENTS[to]),
            DINERO_ROUNDING[rounding],
          );
          const expected = toSnapshot(rounded).amount;

          const ours = safeConvertMoney({ currency: from, minor }, to, {
            rates: tableWith(from, fromRate, to, target.rate),
            rounding,
          });
          if (expected > MAX) {
            expect(ours).toMatchObject({ success: false, error: { code: 'out_of_range' } });
          } else {
            expect(ours).toEqual({
              success: true,
              data: { currency: to, minor: Number(expected) },
            });
          }
        },
      ),
    );
  });
});

describe('convertMoney against dinero.js rounding functions, at any rate', () => {
  it('rounds the exact quotient as dinero does, under every rounding', () => {
    fc.assert(
      fc.property(
        arbPair,
        arbMinor,
        arbKpwRate,
        arbKpwRate,
        arbRoundingMode,
        ([from, to], minor, fromRate, toRate, rounding) => {
          const rFrom = from === 'KPW' ? 1n : BigInt(fromRate);
          const rTo = to === 'KPW' ? 1n : BigInt(toRate);
          const n = BigInt(minor) * rFrom * 10n ** BigInt(CURRENCY_EXPONENTS[to]);
          const d = rTo * 10n ** BigInt(CURRENCY_EXPONENTS[from]);
          const expected = DINERO_ROUNDING[rounding](n, d, calculator);

          const ours = safeConvertMoney({ currency: from, minor }, to, {
            rates: tableWith(from, fromRate, to, toRate),
            rounding,
          });
          if (expected > MAX) {
            expect(ours).toMatchObject({ success: false, error: { code: 'out_of_range' } });
          } else {
            expect(ours).toEqual({
              success: true,
              data: { currency: to, minor: Number(expected) },
            });
          }
        },
      ),
    );
  });

  it('agrees on exact ties at market-like rates', () => {
    // At 200 × h KPW a dollar, KPW h × (2j + 1) is j + 1/2 cents: the case rounding modes differ on.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 250 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        arbRoundingMode,
        (h, j, rounding) => {
          const rate = 200 * h;
          const minor = h * (2 * j + 1);
          const n = BigInt(minor) * 100n;
          const d = BigInt(rate);
          expect(2n * (n % d)).toBe(d);
          const expected = DINERO_ROUNDING[rounding](n, d, calculator);
          const ours = safeConvertMoney({ currency: 'KPW', minor }, 'USD', {
            rates: tableWith('KPW', 1, 'USD', rate),
            rounding,
          });
          expect(ours).toEqual({
            success: true,
            data: { currency: 'USD', minor: Number(expected) },
          });
        },
      ),
    );
  });
});
