import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENCY_EXPONENTS,
  ROUNDING_MODES,
  pyongyangDate,
  type Money,
  type SafeResult,
} from '../../src/core/index.js';
import { arbInstantMs1990to2040 } from '../cap/arbitraries.js';
import {
  RATE_TABLES,
  RATE_TABLE_IDS,
  cashToMobileWon,
  convertMoney,
  rateTableAt,
  safeConvertMoney,
  safeMobileWonCost,
  safeMobileWonToCash,
} from '../../src/exchange/index.js';
import {
  arbCashKpw,
  arbCashKpwPerWon,
  arbCurrency,
  arbMinor,
  arbMobileWon,
  arbRateTable,
  arbRoundingMode,
} from './arbitraries.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** The exact quotient of a conversion as n / d, in bigint. */
function exactRatio(
  money: Money,
  to: Money['currency'],
  kpwPerUnit: { readonly USD: number; readonly CNY: number; readonly EUR?: number | undefined },
): { n: bigint; d: bigint } {
  const rate = (c: Money['currency']): bigint => BigInt(c === 'KPW' ? 1 : (kpwPerUnit[c] ?? 0));
  return {
    n: BigInt(money.minor) * rate(money.currency) * 10n ** BigInt(CURRENCY_EXPONENTS[to]),
    d: rate(to) * 10n ** BigInt(CURRENCY_EXPONENTS[money.currency]),
  };
}

describe('cash and mobile won', () => {
  it('price × mobileWon + change = cash, with 0 ≤ change < price', () => {
    fc.assert(
      fc.property(arbCashKpw, arbCashKpwPerWon, (cashKpw, cashKpwPerWon) => {
        const { mobileWon, changeKpw } = cashToMobileWon(cashKpw, { cashKpwPerWon });
        expect(Number.isSafeInteger(mobileWon)).toBe(true);
        expect(BigInt(cashKpwPerWon) * BigInt(mobileWon) + BigInt(changeKpw)).toBe(BigInt(cashKpw));
        expect(changeKpw).toBeGreaterThanOrEqual(0);
        expect(changeKpw).toBeLessThan(cashKpwPerWon);
      }),
    );
  });

  it('mobileWonToCash is the exact product, or out_of_range past 2^53', () => {
    fc.assert(
      fc.property(arbMobileWon, arbCashKpwPerWon, (won, cashKpwPerWon) => {
        const exact = BigInt(won) * BigInt(cashKpwPerWon);
        const result = safeMobileWonToCash(won, { cashKpwPerWon });
        if (exact > MAX) {
          expect(result).toMatchObject({ success: false, error: { code: 'out_of_range' } });
        } else {
          expect(result).toEqual({ success: true, data: Number(exact) });
        }
      }),
    );
  });

  it('cash for mobile won buys it back with no change', () => {
    fc.assert(
      fc.property(arbMobileWon, arbCashKpwPerWon, (won, cashKpwPerWon) => {
        const cash = safeMobileWonToCash(won, { cashKpwPerWon });
        fc.pre(cash.success);
        expect(cashToMobileWon(cash.data, { cashKpwPerWon })).toEqual({
          mobileWon: won,
          changeKpw: 0,
        });
      }),
    );
  });
});

describe('convertMoney', () => {
  it('the same currency is the identity, under any table and rounding', () => {
    fc.assert(
      fc.property(arbMoney(), arbRateTable, arbRoundingMode, (money, rates, rounding) => {
        expect(convertMoney(money, money.currency, { rates, rounding })).toEqual(money);
      }),
    );
  });

  it('is within one minor unit of the exact value, and within half of it for half modes', () => {
    fc.assert(
      fc.property(
        arbMoney(),
        arbCurrency,
        arbRateTable,
        arbRoundingMode,
        (money, to, rates, rounding) => {
          const result = safeConvertMoney(money, to, { rates, rounding });
          const { n, d } = exactRatio(money, to, rates.kpwPerUnit);
          if (!result.success) {
            expect(result.error.code).toBe('out_of_range');
            expect(n / d).toBeGreaterThanOrEqual(MAX);
            return;
          }
          const error = BigInt(result.data.minor) * d - n;
          const size = error < 0n ? -error : error;
          expect(size < d).toBe(true);
          if (rounding === 'floor') expect(error <= 0n).toBe(true);
          if (rounding === 'ceil') expect(error >= 0n).toBe(true);
          if (rounding === 'half-up' || rounding === 'half-even') expect(2n * size <= d).toBe(true);
        },
      ),
    );
  });

  it('is monotone: more money never converts to less', () => {
    fc.assert(
      fc.property(
        arbCurrency,
        arbCurrency,
        arbMinor,
        arbMinor,
        arbRateTable,
        arbRoundingMode,
        (from, to, x, y, rates, rounding) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const small = safeConvertMoney({ currency: from, minor: lo }, to, { rates, rounding });
          const large = safeConvertMoney({ currency: from, minor: hi }, to, { rates, rounding });
          if (!large.success) return;
          expect(small.success).toBe(true);
          if (small.success) expect(small.data.minor).toBeLessThanOrEqual(large.data.minor);
        },
      ),
    );
  });

  it('rounding modes are ordered: floor ≤ half-even, half-up ≤ ceil ≤ floor + 1', () => {
    fc.assert(
      fc.property(arbMoney(), arbCurrency, arbRateTable, (money, to, rates) => {
        const by = ROUNDING_MODES.map((rounding) =>
          safeConvertMoney(money, to, { rates, rounding }),
        );
        const minors = by.flatMap((r) => (r.success ? [r.data.minor] : []));
        fc.pre(minors.length === ROUNDING_MODES.length);
        const [floor = 0, ceil = 0, halfUp = 0, halfEven = 0] = minors;
        expect(floor).toBeLessThanOrEqual(halfEven);
        expect(floor).toBeLessThanOrEqual(halfUp);
        expect(halfEven).toBeLessThanOrEqual(halfUp);
        expect(halfUp).toBeLessThanOrEqual(ceil);
        expect(ceil - floor).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('floor and ceil agree exactly when the conversion is exact', () => {
    fc.assert(
      fc.property(arbMoney(), arbCurrency, arbRateTable, (money, to, rates) => {
        const floor = safeConvertMoney(money, to, { rates, rounding: 'floor' });
        const ceil = safeConvertMoney(money, to, { rates, rounding: 'ceil' });
        fc.pre(floor.success && ceil.success);
        const { n, d } = exactRatio(money, to, rates.kpwPerUnit);
        expect(floor.data.minor === ceil.data.minor).toBe(n % d === 0n);
      }),
    );
  });
});

describe('mobileWonCost', () => {
  it('is the cash price converted from KPW with the same one rounding', () => {
    fc.assert(
      fc.property(
        arbMobileWon,
        arbCashKpwPerWon,
        arbCurrency,
        arbRateTable,
        arbRoundingMode,
        (won, cashKpwPerWon, currency, rates, rounding) => {
          const cash = safeMobileWonToCash(won, { cashKpwPerWon });
          fc.pre(cash.success);
          const cost = safeMobileWonCost(won, { currency, rates, rounding, cashKpwPerWon });
          const converted = safeConvertMoney({ currency: 'KPW', minor: cash.data }, currency, {
            rates,
            rounding,
          });
          expect(outcome(cost)).toEqual(outcome(converted));
        },
      ),
    );
  });
});

function arbMoney(): fc.Arbitrary<Money> {
  return fc.record({ currency: arbCurrency, minor: arbMinor });
}

/** A result as plain data: the value, or the error's code and path. */
function outcome<T>(result: SafeResult<T>): unknown {
  return result.success ? result.data : { code: result.error.code, path: result.error.path };
}

describe('rateTableAt laws', () => {
  const starts = RATE_TABLE_IDS.map((id) => RATE_TABLES[id]).map((t) =>
    `${t.asOf}-01`.slice(0, 10),
  );
  it('picks the latest table dated on or before the Pyongyang date, and names a gap exactly outside the tables', () => {
    fc.assert(
      fc.property(arbInstantMs1990to2040, (ms) => {
        const { table, gap } = rateTableAt(ms);
        const day = pyongyangDate(ms);
        const index = RATE_TABLE_IDS.findIndex((id) => RATE_TABLES[id] === table);
        const later = starts[index + 1];
        if (day < (starts[0] ?? '')) {
          expect(index).toBe(0);
          expect(gap?.code).toBe('before_first_rate_table');
          return;
        }
        expect(starts[index] ?? '').not.toBe('');
        expect((starts[index] ?? '') <= day).toBe(true);
        if (later !== undefined) expect(day < later).toBe(true);
        const stale = later === undefined && day.slice(0, 7) > table.asOf;
        expect(gap?.code ?? null).toBe(stale ? 'after_last_rate_table' : null);
      }),
    );
  });
});
