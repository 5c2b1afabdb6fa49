import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATE_TABLE,
  RATE_TABLES,
  cashToMobileWon,
  convertMoney,
  mobileWonCost,
  mobileWonToCash,
  safeConvertMoney,
  safeMobileWonCost,
  type RateTable,
} from '../../src/exchange/index.js';
import {
  ROUNDING_MODES,
  type Currency,
  type KpmmErrorCode,
  type Money,
  type PathSegment,
  type RoundingMode,
} from '../../src/core/index.js';
import { expectKpmmError } from '../helpers.js';
import { callLoose } from './loose.js';

const WITH_EURO: RateTable = {
  ...DEFAULT_RATE_TABLE,
  id: 'test-with-euro',
  kpwPerUnit: { USD: 8_400, CNY: 1_250, EUR: 9_000 },
  source: 'test',
  grade: 'assumed',
  note: 'a euro rate for tests; none is reported',
};

const table2024 = RATE_TABLES['dailynk-2024-02'];

// At the June 2020 table unless `rates` says otherwise; half-even unless `rounding` does.
const conversions = [
  { label: 'USD 1.00 is KPW 8,400', from: { currency: 'USD', minor: 100 }, to: 'KPW', out: 8_400 },
  { label: 'CNY 1.00 is KPW 1,250', from: { currency: 'CNY', minor: 100 }, to: 'KPW', out: 1_250 },
  {
    label: 'KPW 37,500 is RMB 30.00',
    from: { currency: 'KPW', minor: 37_500 },
    to: 'CNY',
    out: 3_000,
  },
  { label: 'RMB 30.00 is USD 4.46', from: { currency: 'CNY', minor: 3_000 }, to: 'USD', out: 446 },
  {
    label: 'KPW 37,500 is USD 4.46',
    from: { currency: 'KPW', minor: 37_500 },
    to: 'USD',
    out: 446,
  },
  { label: 'USD 4.46 is RMB 29.97', from: { currency: 'USD', minor: 446 }, to: 'CNY', out: 2_997 },
  { label: 'KPW 8,400 is USD 1.00', from: { currency: 'KPW', minor: 8_400 }, to: 'USD', out: 100 },
  { label: 'one cent is KPW 84', from: { currency: 'USD', minor: 1 }, to: 'KPW', out: 84 },
  {
    label: 'one fen is KPW 12.5, a tie to even 12',
    from: { currency: 'CNY', minor: 1 },
    to: 'KPW',
    out: 12,
  },
  {
    label: 'three fen is KPW 37.5, a tie to even 38',
    from: { currency: 'CNY', minor: 3 },
    to: 'KPW',
    out: 38,
  },
  { label: 'zero stays zero', from: { currency: 'USD', minor: 0 }, to: 'CNY', out: 0 },
  {
    label: 'the same currency is unchanged',
    from: { currency: 'CNY', minor: 3_001 },
    to: 'CNY',
    out: 3_001,
  },
  { label: 'KPW to KPW is unchanged', from: { currency: 'KPW', minor: 42 }, to: 'KPW', out: 42 },
  { label: 'EUR to EUR needs no rate', from: { currency: 'EUR', minor: 999 }, to: 'EUR', out: 999 },
  {
    label: 'USD 1.00 in 2024 is KPW 8,510',
    from: { currency: 'USD', minor: 100 },
    to: 'KPW',
    out: 8_510,
    rates: table2024,
  },
  {
    label: 'RMB 30.00 in 2024 is KPW 42,000',
    from: { currency: 'CNY', minor: 3_000 },
    to: 'KPW',
    out: 42_000,
    rates: table2024,
  },
  {
    label: 'EUR 1.00 at a supplied rate',
    from: { currency: 'EUR', minor: 100 },
    to: 'KPW',
    out: 9_000,
    rates: WITH_EURO,
  },
  {
    label: 'EUR 1.00 is USD 1.07 at a supplied rate',
    from: { currency: 'EUR', minor: 100 },
    to: 'USD',
    out: 107,
    rates: WITH_EURO,
  },
  {
    label: 'KPW 37,500 is EUR 4.17 at a supplied rate',
    from: { currency: 'KPW', minor: 37_500 },
    to: 'EUR',
    out: 417,
    rates: WITH_EURO,
  },
  {
    label: 'the largest KPW amount in dollars',
    from: { currency: 'KPW', minor: Number.MAX_SAFE_INTEGER },
    to: 'USD',
    out: 107_228_562_556_440,
  },
  {
    label: 'a product past 2^53 that comes back to a safe result',
    from: { currency: 'USD', minor: 2 ** 50 },
    to: 'CNY',
    out: 7_566_047_373_982_433,
  },
] as const satisfies readonly {
  label: string;
  from: Money;
  to: Currency;
  out: number;
  rates?: RateTable;
}[];

describe('convertMoney', () => {
  it.each(conversions)('$label', (c) => {
    const options = 'rates' in c ? { rates: c.rates } : {};
    expect(convertMoney(c.from, c.to, options)).toEqual({ currency: c.to, minor: c.out });
  });

  it('defaults to the June 2020 table and half-even', () => {
    const money: Money = { currency: 'CNY', minor: 3 };
    expect(convertMoney(money, 'KPW')).toEqual(
      convertMoney(money, 'KPW', { rates: DEFAULT_RATE_TABLE, rounding: 'half-even' }),
    );
  });

  it('goes KPW 37,500 → RMB 30.00 → USD 4.46', () => {
    const yuan = convertMoney({ currency: 'KPW', minor: 37_500 }, 'CNY');
    expect(yuan).toEqual({ currency: 'CNY', minor: 3_000 });
    expect(convertMoney(yuan, 'USD')).toEqual({ currency: 'USD', minor: 446 });
  });

  it('returns a fresh object and leaves its input alone', () => {
    const money = Object.freeze({ currency: 'USD', minor: 100 } as const);
    const out = convertMoney(money, 'USD');
    expect(out).toEqual(money);
    expect(out).not.toBe(money);
  });
});

// KPW 42, 126 and 210 at KPW 8,400 per dollar are 0.5, 1.5 and 2.5 US cents: exact ties.
const ties = [
  { label: 'KPW 42 is 0.5 cent', kpw: 42, floor: 0, ceil: 1, halfUp: 1, halfEven: 0 },
  { label: 'KPW 126 is 1.5 cents', kpw: 126, floor: 1, ceil: 2, halfUp: 2, halfEven: 2 },
  { label: 'KPW 210 is 2.5 cents', kpw: 210, floor: 2, ceil: 3, halfUp: 3, halfEven: 2 },
  { label: 'KPW 41 is just under half a cent', kpw: 41, floor: 0, ceil: 1, halfUp: 0, halfEven: 0 },
  { label: 'KPW 43 is just over half a cent', kpw: 43, floor: 0, ceil: 1, halfUp: 1, halfEven: 1 },
  { label: 'KPW 84 is exactly one cent', kpw: 84, floor: 1, ceil: 1, halfUp: 1, halfEven: 1 },
] as const satisfies readonly {
  label: string;
  kpw: number;
  floor: number;
  ceil: number;
  halfUp: number;
  halfEven: number;
}[];

const expectedFor = (t: (typeof ties)[number], rounding: RoundingMode): number => {
  switch (rounding) {
    case 'floor':
      return t.floor;
    case 'ceil':
      return t.ceil;
    case 'half-up':
      return t.halfUp;
    case 'half-even':
      return t.halfEven;
  }
};

describe('rounding ties into US cents', () => {
  const cases = ties.flatMap((t) =>
    ROUNDING_MODES.map((rounding) => ({
      label: `${t.label}, ${rounding}`,
      kpw: t.kpw,
      rounding,
      cents: expectedFor(t, rounding),
    })),
  );
  it.each(cases)('$label', ({ kpw, rounding, cents }) => {
    expect(convertMoney({ currency: 'KPW', minor: kpw }, 'USD', { rounding })).toEqual({
      currency: 'USD',
      minor: cents,
    });
  });
});

const costs = [
  { label: '500 won in KPW', won: 500, currency: 'KPW', minor: 37_500 },
  { label: '500 won is RMB 30.00, as reported in 2022', won: 500, currency: 'CNY', minor: 3_000 },
  { label: '500 won is USD 4.46', won: 500, currency: 'USD', minor: 446 },
  { label: '200 won is RMB 12.00', won: 200, currency: 'CNY', minor: 1_200 },
  { label: '300 won is USD 2.68', won: 300, currency: 'USD', minor: 268 },
  { label: '0 won costs nothing', won: 0, currency: 'USD', minor: 0 },
  { label: '1 won is 0.89 cent, 1 cent rounded', won: 1, currency: 'USD', minor: 1 },
  {
    label: '500 won in 2024 is RMB 26.79',
    won: 500,
    currency: 'CNY',
    minor: 2_679,
    rates: table2024,
  },
  {
    label: '500 won at 80 a won is RMB 32.00',
    won: 500,
    currency: 'CNY',
    minor: 3_200,
    cashKpwPerWon: 80,
  },
  {
    label: '500 won is EUR 4.17 at a supplied rate',
    won: 500,
    currency: 'EUR',
    minor: 417,
    rates: WITH_EURO,
  },
  { label: '1 won rounded down is nothing', won: 1, currency: 'USD', minor: 0, rounding: 'floor' },
  {
    label: 'a KPW cost past 2^53 that converts to a safe amount',
    won: Number.MAX_SAFE_INTEGER,
    currency: 'USD',
    minor: 8_042_142_191_733_028,
  },
] as const satisfies readonly {
  label: string;
  won: number;
  currency: Currency;
  minor: number;
  rates?: RateTable;
  rounding?: RoundingMode;
  cashKpwPerWon?: number;
}[];

describe('mobileWonCost', () => {
  it.each(costs)('$label', (found) => {
    const { won, currency, minor } = found;
    // Only the options the case gives: mobileWonCost refuses fields it does not know.
    const options = {
      currency,
      ...('rates' in found ? { rates: found.rates } : {}),
      ...('rounding' in found ? { rounding: found.rounding } : {}),
      ...('cashKpwPerWon' in found ? { cashKpwPerWon: found.cashKpwPerWon } : {}),
    };
    expect(mobileWonCost(won, options)).toEqual({ currency, minor });
  });

  it('agrees with mobileWonToCash followed by convertMoney', () => {
    for (const currency of ['KPW', 'CNY', 'USD'] as const) {
      const cash = convertMoney({ currency: 'KPW', minor: 37_500 }, currency);
      expect(mobileWonCost(500, { currency })).toEqual(cash);
    }
  });
});

const WITHOUT_USD = { kpwPerUnit: { CNY: 1_250 } };

const badConversions = [
  {
    label: 'money that is not an object',
    args: [null, 'USD'],
    code: 'invalid_money',
    path: ['money'],
  },
  {
    label: 'a string for money',
    args: ['USD 1.00', 'KPW'],
    code: 'invalid_money',
    path: ['money'],
  },
  {
    label: 'an unknown source currency',
    args: [{ currency: 'JPY', minor: 1 }, 'KPW'],
    code: 'unknown_currency',
    path: ['money', 'currency'],
  },
  {
    label: 'a lower-case currency',
    args: [{ currency: 'usd', minor: 1 }, 'KPW'],
    code: 'unknown_currency',
    path: ['money', 'currency'],
  },
  {
    label: 'an unknown target currency',
    args: [{ currency: 'USD', minor: 1 }, 'RUB'],
    code: 'unknown_currency',
    path: ['to'],
  },
  {
    label: 'a negative amount',
    args: [{ currency: 'USD', minor: -1 }, 'KPW'],
    code: 'invalid_amount',
    path: ['money', 'minor'],
  },
  {
    label: 'a fractional amount',
    args: [{ currency: 'USD', minor: 1.5 }, 'KPW'],
    code: 'invalid_amount',
    path: ['money', 'minor'],
  },
  {
    label: 'a non-finite amount',
    args: [{ currency: 'USD', minor: Number.NaN }, 'KPW'],
    code: 'invalid_amount',
    path: ['money', 'minor'],
  },
  {
    label: 'a string amount',
    args: [{ currency: 'USD', minor: '100' }, 'KPW'],
    code: 'invalid_amount',
    path: ['money', 'minor'],
  },
  {
    label: 'an unknown rounding',
    args: [{ currency: 'USD', minor: 1 }, 'KPW', { rounding: 'bankers' }],
    code: 'invalid_rounding',
    path: ['rounding'],
  },
  {
    label: 'an unknown rounding, same currency',
    args: [{ currency: 'USD', minor: 1 }, 'USD', { rounding: 'up' }],
    code: 'invalid_rounding',
    path: ['rounding'],
  },
  {
    label: 'a euro without a rate',
    args: [{ currency: 'EUR', minor: 100 }, 'KPW'],
    code: 'missing_rate',
    path: ['rates', 'kpwPerUnit', 'EUR'],
  },
  {
    label: 'into euros without a rate',
    args: [{ currency: 'USD', minor: 100 }, 'EUR', { rates: table2024 }],
    code: 'missing_rate',
    path: ['rates', 'kpwPerUnit', 'EUR'],
  },
  {
    label: 'a table without the dollar',
    args: [{ currency: 'USD', minor: 100 }, 'KPW', { rates: WITHOUT_USD }],
    code: 'missing_rate',
    path: ['rates', 'kpwPerUnit', 'USD'],
  },
  {
    label: 'a zero rate',
    args: [{ currency: 'USD', minor: 100 }, 'KPW', { rates: { kpwPerUnit: { USD: 0, CNY: 1 } } }],
    code: 'invalid_rate',
    path: ['rates', 'kpwPerUnit', 'USD'],
  },
  {
    label: 'a negative rate',
    args: [
      { currency: 'KPW', minor: 100 },
      'CNY',
      { rates: { kpwPerUnit: { USD: 1, CNY: -1_250 } } },
    ],
    code: 'invalid_rate',
    path: ['rates', 'kpwPerUnit', 'CNY'],
  },
  {
    label: 'a fractional rate',
    args: [
      { currency: 'KPW', minor: 100 },
      'CNY',
      { rates: { kpwPerUnit: { USD: 1, CNY: 1_250.5 } } },
    ],
    code: 'invalid_rate',
    path: ['rates', 'kpwPerUnit', 'CNY'],
  },
  {
    label: 'a string rate',
    args: [
      { currency: 'KPW', minor: 100 },
      'CNY',
      { rates: { kpwPerUnit: { USD: 1, CNY: '1250' } } },
    ],
    code: 'invalid_rate',
    path: ['rates', 'kpwPerUnit', 'CNY'],
  },
  {
    label: 'rates that are not a table',
    args: [{ currency: 'KPW', minor: 100 }, 'CNY', { rates: 1_250 }],
    code: 'invalid_rate',
    path: ['rates'],
  },
  {
    label: 'a table without kpwPerUnit',
    args: [{ currency: 'KPW', minor: 100 }, 'CNY', { rates: { USD: 8_400 } }],
    code: 'invalid_rate',
    path: ['rates', 'kpwPerUnit'],
  },
  {
    label: 'options that are not an object',
    args: [{ currency: 'KPW', minor: 100 }, 'CNY', 'floor'],
    code: 'invalid_input',
    path: ['options'],
  },
  {
    label: 'a result past 2^53',
    args: [{ currency: 'USD', minor: Number.MAX_SAFE_INTEGER }, 'KPW'],
    code: 'out_of_range',
    path: ['minor'],
  },
] as const satisfies readonly {
  label: string;
  args: readonly unknown[];
  code: KpmmErrorCode;
  path: readonly PathSegment[];
}[];

describe('convertMoney refuses bad input', () => {
  it.each(badConversions)('$label', ({ args, code, path }) => {
    expectKpmmError(() => callLoose(convertMoney, ...args), code, path);
    const result = callLoose(safeConvertMoney, ...args);
    expect(result).toMatchObject({ success: false, error: { code, path } });
  });
});

const badCosts = [
  {
    label: 'a negative won',
    won: -500,
    options: { currency: 'CNY' },
    code: 'invalid_amount',
    path: ['won'],
  },
  {
    label: 'a string won',
    won: '500',
    options: { currency: 'CNY' },
    code: 'invalid_amount',
    path: ['won'],
  },
  {
    label: 'no options',
    won: 500,
    options: undefined,
    code: 'unknown_currency',
    path: ['currency'],
  },
  {
    label: 'an unknown currency',
    won: 500,
    options: { currency: 'GBP' },
    code: 'unknown_currency',
    path: ['currency'],
  },
  {
    label: 'an unknown rounding',
    won: 500,
    options: { currency: 'CNY', rounding: 'nearest' },
    code: 'invalid_rounding',
    path: ['rounding'],
  },
  {
    label: 'a zero price',
    won: 500,
    options: { currency: 'CNY', cashKpwPerWon: 0 },
    code: 'invalid_rate',
    path: ['cashKpwPerWon'],
  },
  {
    label: 'euros without a rate',
    won: 500,
    options: { currency: 'EUR' },
    code: 'missing_rate',
    path: ['rates', 'kpwPerUnit', 'EUR'],
  },
  {
    label: 'a KPW cost past 2^53',
    won: Number.MAX_SAFE_INTEGER,
    options: { currency: 'KPW' },
    code: 'out_of_range',
    path: ['minor'],
  },
] as const satisfies readonly {
  label: string;
  won: unknown;
  options: unknown;
  code: KpmmErrorCode;
  path: readonly PathSegment[];
}[];

describe('mobileWonCost refuses bad input', () => {
  it.each(badCosts)('$label', ({ won, options, code, path }) => {
    expectKpmmError(() => callLoose(mobileWonCost, won, options), code, path);
    expect(callLoose(safeMobileWonCost, won, options)).toMatchObject({
      success: false,
      error: { code, path },
    });
  });

  it('returns data from the safe twin', () => {
    expect(safeMobileWonCost(500, { currency: 'USD' })).toEqual({
      success: true,
      data: { currency: 'USD', minor: 446 },
    });
    expect(safeConvertMoney({ currency: 'CNY', minor: 3_000 }, 'USD')).toEqual({
      success: true,
      data: { currency: 'USD', minor: 446 },
    });
  });
});

describe('a rate table is checked whole, whatever the call needs of it', () => {
  const badEuro = { ...DEFAULT_RATE_TABLE, kpwPerUnit: { USD: 8_400, CNY: 1_250, EUR: -1 } };
  const notATable = 5 as unknown as RateTable;

  it.each([
    {
      label: 'KPW to KPW with a table that is not one',
      call: () => convertMoney({ currency: 'KPW', minor: 5 }, 'KPW', { rates: notATable }),
      path: ['rates'],
    },
    {
      label: 'USD to USD with a table that is not one',
      call: () => convertMoney({ currency: 'USD', minor: 5 }, 'USD', { rates: notATable }),
      path: ['rates'],
    },
    {
      label: 'the KPW cost with a table that is not one',
      call: () => mobileWonCost(1, { currency: 'KPW', rates: notATable }),
      path: ['rates'],
    },
    {
      label: 'USD to CNY with a bad euro rate',
      call: () => convertMoney({ currency: 'USD', minor: 100 }, 'CNY', { rates: badEuro }),
      path: ['rates', 'kpwPerUnit', 'EUR'],
    },
    {
      label: 'the yuan cost with a bad euro rate',
      call: () => mobileWonCost(500, { currency: 'CNY', rates: badEuro }),
      path: ['rates', 'kpwPerUnit', 'EUR'],
    },
  ])('refuses $label', ({ call, path }) => {
    expectKpmmError(call, 'invalid_rate', path);
  });

  it('asks for a missing euro rate only when the call needs it', () => {
    expect(convertMoney({ currency: 'USD', minor: 100 }, 'CNY')).toEqual({
      currency: 'CNY',
      minor: 672,
    });
    expectKpmmError(() => convertMoney({ currency: 'USD', minor: 100 }, 'EUR'), 'missing_rate', [
      'rates',
      'kpwPerUnit',
      'EUR',
    ]);
  });
});

describe('negative zero', () => {
  it.each([
    { label: 'mobileWonToCash', value: () => mobileWonToCash(-0) },
    { label: 'cashToMobileWon, mobile won', value: () => cashToMobileWon(-0).mobileWon },
    { label: 'cashToMobileWon, change', value: () => cashToMobileWon(-0).changeKpw },
    {
      label: 'convertMoney to itself',
      value: () => convertMoney({ currency: 'USD', minor: -0 }, 'USD').minor,
    },
    {
      label: 'convertMoney to KPW',
      value: () => convertMoney({ currency: 'USD', minor: -0 }, 'KPW').minor,
    },
    { label: 'mobileWonCost', value: () => mobileWonCost(-0, { currency: 'CNY' }).minor },
  ])('$label of -0 is 0, not -0', ({ value }) => {
    expect(Object.is(value(), 0)).toBe(true);
  });
});

describe('convertMoney reads only the rates a table owns', () => {
  it('an inherited EUR rate (a polluted Object.prototype) is no rate', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['EUR'] = Number.NaN;
    try {
      const result = safeConvertMoney({ currency: 'EUR', minor: 0 }, 'KPW');
      expect(result.success ? null : result.error.code).toBe('missing_rate');
    } finally {
      delete proto['EUR'];
    }
  });
});

describe('a table is read again unless it is frozen all the way down', () => {
  const usd = { currency: 'USD', minor: 100 } as const;

  it.each([
    { label: 'a table not frozen', freezeTable: false },
    { label: 'a frozen table whose rates are not', freezeTable: true },
  ])('uses the rate as it is now in $label', ({ freezeTable }) => {
    const kpwPerUnit = { USD: 8_000, CNY: 1_250 };
    const table = { ...DEFAULT_RATE_TABLE, kpwPerUnit };
    const rates: RateTable = freezeTable ? Object.freeze(table) : table;
    expect(convertMoney(usd, 'KPW', { rates })).toEqual({ currency: 'KPW', minor: 8_000 });
    kpwPerUnit.USD = 9_000;
    expect(convertMoney(usd, 'KPW', { rates })).toEqual({ currency: 'KPW', minor: 9_000 });
    kpwPerUnit.USD = -1;
    expectKpmmError(() => convertMoney(usd, 'KPW', { rates }), 'invalid_rate', [
      'rates',
      'kpwPerUnit',
      'USD',
    ]);
  });

  it('gives a table frozen all the way down the same answers on every call', () => {
    const rates = Object.freeze({
      ...DEFAULT_RATE_TABLE,
      kpwPerUnit: Object.freeze({ USD: 8_000, CNY: 1_250 }),
    });
    for (const minor of [100, 101, 12_345]) {
      expect(convertMoney({ currency: 'USD', minor }, 'KPW', { rates })).toEqual({
        currency: 'KPW',
        minor: minor * 80,
      });
    }
    expect(convertMoney({ currency: 'CNY', minor: 800 }, 'USD', { rates })).toEqual({
      currency: 'USD',
      minor: 125,
    });
  });
});
