// convertMoney against dinero.js v2 (convert + transformScale) on the same inputs. dinero's rates
// are scaled decimals, so every rate here has an exact decimal form: KPW 8,400 a dollar into KPW,
// and KPW 8,000 a dollar (1/8000 = 0.000125) out of it. Every contender starts from a plain
// amount and ends with the integer minor units, so dinero pays for its object model, which is
// the point of the comparison. Both load as Node loads them (see built.ts).
import * as dn from 'dinero.js';
import * as dnb from 'dinero.js/bigint';
import { bench, describe } from 'vitest';
import type { Currency, Money } from '../src/core/index.js';
import type { RateTable } from '../src/exchange/index.js';
import { exchange } from './built.js';

const { DEFAULT_RATE_TABLE, convertMoney, parseRateTable } = exchange;

// A table of one's own is parsed once, as an app binds one: its rates are then not read again.
const TABLE_8000: RateTable = parseRateTable({
  ...DEFAULT_RATE_TABLE,
  id: 'bench-8000',
  kpwPerUnit: { USD: 8_000, CNY: 1_250 },
  source: 'benchmark',
  grade: 'assumed',
  note: 'a dollar rate with an exact decimal reciprocal, so dinero.js can convert out of KPW',
});

// Deterministic amounts (a linear congruential sequence), the same for every contender.
function amounts(count: number, max: number): number[] {
  const out: number[] = [];
  let x = 12_345;
  for (let i = 0; i < count; i += 1) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    out.push(x % max);
  }
  return out;
}

const COUNT = 1_000;
const cents = amounts(COUNT, 100_000); // up to USD 1,000.00
const won = amounts(COUNT, 10_000_000); // up to KPW 10,000,000
const fen = amounts(COUNT, 100_000); // up to RMB 1,000.00

const CUR = {
  KPW: { code: 'KPW', base: 10, exponent: 0 },
  USD: { code: 'USD', base: 10, exponent: 2 },
  CNY: { code: 'CNY', base: 10, exponent: 2 },
} as const;
const CUR_BIG = {
  KPW: { code: 'KPW', base: 10n, exponent: 0n },
  USD: { code: 'USD', base: 10n, exponent: 2n },
  CNY: { code: 'CNY', base: 10n, exponent: 2n },
} as const;

interface Case {
  readonly name: string;
  readonly from: Exclude<Currency, 'EUR'>;
  readonly to: Exclude<Currency, 'EUR'>;
  readonly inputs: readonly number[];
  readonly rates: RateTable;
  /** The same rate as a dinero scaled amount. */
  readonly rate: { readonly amount: number; readonly scale: number };
}

const cases: readonly Case[] = [
  {
    name: 'USD → KPW at 8,400 (half-even)',
    from: 'USD',
    to: 'KPW',
    inputs: cents,
    rates: DEFAULT_RATE_TABLE,
    rate: { amount: 8_400, scale: 0 },
  },
  {
    name: 'KPW → USD at 8,000 (half-even)',
    from: 'KPW',
    to: 'USD',
    inputs: won,
    rates: TABLE_8000,
    rate: { amount: 125, scale: 6 },
  },
  {
    name: 'CNY → USD through KPW at 1,250 / 8,000 (half-even)',
    from: 'CNY',
    to: 'USD',
    inputs: fen,
    rates: TABLE_8000,
    rate: { amount: 15_625, scale: 5 },
  },
];

let sink = 0;

for (const c of cases) {
  const money: Money[] = c.inputs.map((minor) => ({ currency: c.from, minor }));
  const options = { rates: c.rates, rounding: 'half-even' } as const;
  const dRates = { [c.to]: c.rate };
  const dRatesBig = { [c.to]: { amount: BigInt(c.rate.amount), scale: BigInt(c.rate.scale) } };
  const toExponent = CUR[c.to].exponent;

  describe(`convertMoney vs dinero.js: ${c.name}, ${String(COUNT)} amounts`, () => {
    bench('kp-mobile-money convertMoney', () => {
      for (const m of money) sink += convertMoney(m, c.to, options).minor;
    });

    bench('dinero.js convert + transformScale (number)', () => {
      for (const minor of c.inputs) {
        const d = dn.dinero({ amount: minor, currency: CUR[c.from] });
        const out = dn.transformScale(dn.convert(d, CUR[c.to], dRates), toExponent, dn.halfEven);
        sink += dn.toSnapshot(out).amount;
      }
    });

    bench('dinero.js convert + transformScale (bigint)', () => {
      for (const minor of c.inputs) {
        const d = dnb.dinero({ amount: BigInt(minor), currency: CUR_BIG[c.from] });
        const out = dnb.transformScale(
          dnb.convert(d, CUR_BIG[c.to], dRatesBig),
          BigInt(toExponent),
          dnb.halfEven,
        );
        sink += Number(dnb.toSnapshot(out).amount);
      }
    });
  });
}

// Keeps the results observable, so no contender's work can be optimised away.
export function benchSink(): number {
  return sink;
}
