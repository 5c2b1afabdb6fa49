import { describe, expect, it } from 'vitest';
import {
  MOBILE_WON_PRICE,
  cashToMobileWon,
  mobileWonToCash,
  safeCashToMobileWon,
  safeMobileWonToCash,
} from '../../src/exchange/index.js';
import type { KpmmErrorCode, PathSegment } from '../../src/core/index.js';
import { expectKpmmError } from '../helpers.js';
import { callLoose } from './loose.js';

// The gift sizes and their cash cost as reported (dailynk-2020-06-gifting), with 400 in between.
const gifts = [
  { label: 'nothing costs nothing', won: 0, cashKpw: 0 },
  { label: 'one won costs KPW 75', won: 1, cashKpw: 75 },
  { label: 'the smallest gift, 200 won', won: 200, cashKpw: 15_000 },
  { label: 'a 300 won gift', won: 300, cashKpw: 22_500 },
  { label: 'a 400 won gift', won: 400, cashKpw: 30_000 },
  { label: 'the largest gift and the daily cap, 500 won', won: 500, cashKpw: 37_500 },
] as const satisfies readonly { label: string; won: number; cashKpw: number }[];

describe('mobileWonToCash', () => {
  it.each(gifts)('$label', ({ won, cashKpw }) => {
    expect(mobileWonToCash(won)).toBe(cashKpw);
  });

  it('uses the reported price by default', () => {
    expect(MOBILE_WON_PRICE.cashKpwPerWon).toBe(75);
    expect(mobileWonToCash(500, {})).toBe(mobileWonToCash(500, { cashKpwPerWon: 75 }));
  });

  it.each([
    { label: 'a dearer price of 80', won: 500, cashKpwPerWon: 80, cashKpw: 40_000 },
    { label: 'a price of 1', won: 300, cashKpwPerWon: 1, cashKpw: 300 },
    { label: 'zero won at any price', won: 0, cashKpwPerWon: 9_999, cashKpw: 0 },
    {
      label: 'the largest exact cost',
      won: 1,
      cashKpwPerWon: Number.MAX_SAFE_INTEGER,
      cashKpw: Number.MAX_SAFE_INTEGER,
    },
  ] as const satisfies readonly {
    label: string;
    won: number;
    cashKpwPerWon: number;
    cashKpw: number;
  }[])('custom price: $label', ({ won, cashKpwPerWon, cashKpw }) => {
    expect(mobileWonToCash(won, { cashKpwPerWon })).toBe(cashKpw);
  });
});

// The cash of each gift buys it back with no change; a little more cash leaves change.
const purchases = [
  { label: 'no cash', cashKpw: 0, cashKpwPerWon: 75, mobileWon: 0, changeKpw: 0 },
  { label: 'too little for one won', cashKpw: 74, cashKpwPerWon: 75, mobileWon: 0, changeKpw: 74 },
  {
    label: 'KPW 15,000 buys 200 won',
    cashKpw: 15_000,
    cashKpwPerWon: 75,
    mobileWon: 200,
    changeKpw: 0,
  },
  {
    label: 'KPW 22,500 buys 300 won',
    cashKpw: 22_500,
    cashKpwPerWon: 75,
    mobileWon: 300,
    changeKpw: 0,
  },
  {
    label: 'KPW 37,500 buys 500 won',
    cashKpw: 37_500,
    cashKpwPerWon: 75,
    mobileWon: 500,
    changeKpw: 0,
  },
  {
    label: 'KPW 15,050 leaves 50 change',
    cashKpw: 15_050,
    cashKpwPerWon: 75,
    mobileWon: 200,
    changeKpw: 50,
  },
  {
    label: 'KPW 37,574 leaves 74 change',
    cashKpw: 37_574,
    cashKpwPerWon: 75,
    mobileWon: 500,
    changeKpw: 74,
  },
  {
    label: 'KPW 20,000 buys 266 won and 50 change',
    cashKpw: 20_000,
    cashKpwPerWon: 75,
    mobileWon: 266,
    changeKpw: 50,
  },
  {
    label: 'custom price 80: KPW 40,079',
    cashKpw: 40_079,
    cashKpwPerWon: 80,
    mobileWon: 500,
    changeKpw: 79,
  },
  {
    label: 'the largest safe cash',
    cashKpw: Number.MAX_SAFE_INTEGER,
    cashKpwPerWon: 75,
    mobileWon: 120_095_990_063_213,
    changeKpw: 16,
  },
] as const satisfies readonly {
  label: string;
  cashKpw: number;
  cashKpwPerWon: number;
  mobileWon: number;
  changeKpw: number;
}[];

describe('cashToMobileWon', () => {
  it.each(purchases)('$label', ({ cashKpw, cashKpwPerWon, mobileWon, changeKpw }) => {
    expect(cashToMobileWon(cashKpw, { cashKpwPerWon })).toEqual({ mobileWon, changeKpw });
  });

  it.each(gifts)('gives back the gift: $label', ({ won, cashKpw }) => {
    expect(cashToMobileWon(cashKpw)).toEqual({ mobileWon: won, changeKpw: 0 });
  });
});

const bad = [
  {
    label: 'a negative amount',
    amount: -1,
    options: undefined,
    code: 'invalid_amount',
    field: 'amount',
  },
  {
    label: 'a fractional amount',
    amount: 200.5,
    options: undefined,
    code: 'invalid_amount',
    field: 'amount',
  },
  { label: 'NaN', amount: Number.NaN, options: undefined, code: 'invalid_amount', field: 'amount' },
  {
    label: 'infinity',
    amount: Number.POSITIVE_INFINITY,
    options: undefined,
    code: 'invalid_amount',
    field: 'amount',
  },
  {
    label: 'an unsafe integer',
    amount: 2 ** 53,
    options: undefined,
    code: 'invalid_amount',
    field: 'amount',
  },
  {
    label: 'a string amount',
    amount: '500',
    options: undefined,
    code: 'invalid_amount',
    field: 'amount',
  },
  {
    label: 'a bigint amount',
    amount: 500n,
    options: undefined,
    code: 'invalid_amount',
    field: 'amount',
  },
  {
    label: 'a zero price',
    amount: 500,
    options: { cashKpwPerWon: 0 },
    code: 'invalid_rate',
    field: 'cashKpwPerWon',
  },
  {
    label: 'a negative price',
    amount: 500,
    options: { cashKpwPerWon: -75 },
    code: 'invalid_rate',
    field: 'cashKpwPerWon',
  },
  {
    label: 'a fractional price',
    amount: 500,
    options: { cashKpwPerWon: 7.5 },
    code: 'invalid_rate',
    field: 'cashKpwPerWon',
  },
  {
    label: 'a string price',
    amount: 500,
    options: { cashKpwPerWon: '75' },
    code: 'invalid_rate',
    field: 'cashKpwPerWon',
  },
  {
    label: 'options that are not an object',
    amount: 500,
    options: 75,
    code: 'invalid_input',
    field: 'options',
  },
  { label: 'null options', amount: 500, options: null, code: 'invalid_input', field: 'options' },
] as const satisfies readonly {
  label: string;
  amount: unknown;
  options: unknown;
  code: KpmmErrorCode;
  field: 'amount' | 'cashKpwPerWon' | 'options';
}[];

function pathOf(field: (typeof bad)[number]['field'], amountName: string): PathSegment[] {
  return [field === 'amount' ? amountName : field];
}

describe('bad input', () => {
  it.each(bad)('mobileWonToCash refuses $label', ({ amount, options, code, field }) => {
    expectKpmmError(() => callLoose(mobileWonToCash, amount, options), code, pathOf(field, 'won'));
  });

  it.each(bad)('cashToMobileWon refuses $label', ({ amount, options, code, field }) => {
    expectKpmmError(
      () => callLoose(cashToMobileWon, amount, options),
      code,
      pathOf(field, 'cashKpw'),
    );
  });

  it('reports a cost past the largest safe integer as out_of_range', () => {
    expectKpmmError(() => mobileWonToCash(Number.MAX_SAFE_INTEGER), 'out_of_range', ['cashKpw']);
    expectKpmmError(() => mobileWonToCash(2 ** 27, { cashKpwPerWon: 2 ** 26 }), 'out_of_range', [
      'cashKpw',
    ]);
  });

  it('keeps the largest exact cost just below the limit', () => {
    expect(mobileWonToCash(2 ** 26, { cashKpwPerWon: 2 ** 26 })).toBe(2 ** 52);
  });
});

describe('safe twins', () => {
  it('return data on success', () => {
    expect(safeMobileWonToCash(300)).toEqual({ success: true, data: 22_500 });
    expect(safeCashToMobileWon(37_500)).toEqual({
      success: true,
      data: { mobileWon: 500, changeKpw: 0 },
    });
  });

  it('return the same coded error instead of throwing', () => {
    const cash = safeMobileWonToCash(-1);
    expect(cash.success).toBe(false);
    if (!cash.success) expect(cash.error.code).toBe('invalid_amount');
    const won = safeCashToMobileWon(100, { cashKpwPerWon: 0 });
    expect(won.success).toBe(false);
    if (!won.success) {
      expect(won.error.code).toBe('invalid_rate');
      expect(won.error.path).toEqual(['cashKpwPerWon']);
    }
  });
});
