import { describe, expect, it } from 'vitest';
import { SOURCES, type KpmmErrorCode, type PathSegment } from '../../src/core/index.js';
import {
  CRACKDOWN_IDS,
  DEFAULT_RENTAL_MODEL,
  DESTINATION_IDS,
  REGION_IDS,
  RENTAL_PRICE_RANGE,
  RENTAL_USD_RATE,
  quoteRental,
  safeQuoteRental,
  type Crackdown,
  type Destination,
  type RegionId,
  type RentalQuote,
} from '../../src/rental/index.js';
import { expectKpmmError, serialisations } from '../helpers.js';

/** quoteRental as an untyped caller sees it, for inputs the types forbid. */
const quoteLoose: (input: unknown) => RentalQuote = quoteRental as (input: unknown) => RentalQuote;

describe('RENTAL_PRICE_RANGE', () => {
  const cases = [
    { label: 'minimum, RMB 50', value: RENTAL_PRICE_RANGE.min, currency: 'CNY', minor: 5_000 },
    { label: 'maximum, RMB 200', value: RENTAL_PRICE_RANGE.max, currency: 'CNY', minor: 20_000 },
    {
      label: 'reported USD minimum, USD 7',
      value: RENTAL_PRICE_RANGE.usdAsReported.min,
      currency: 'USD',
      minor: 700,
    },
    {
      label: 'reported USD maximum, USD 28',
      value: RENTAL_PRICE_RANGE.usdAsReported.max,
      currency: 'USD',
      minor: 2_800,
    },
  ] as const satisfies readonly {
    label: string;
    value: { currency: string; minor: number };
    currency: string;
    minor: number;
  }[];
  it.each(cases)('$label', ({ value, currency, minor }) =>
    expect(value).toEqual({ currency, minor }),
  );

  it('is reported by the rental article', () => {
    expect(RENTAL_PRICE_RANGE.grade).toBe('reported');
    expect(RENTAL_PRICE_RANGE.sources).toEqual(['dailynk-2020-06-rentals']);
  });
});

describe('RENTAL_USD_RATE', () => {
  it('is the article’s own ratio, CNY 50 : USD 7, derived', () => {
    expect([RENTAL_USD_RATE.cny, RENTAL_USD_RATE.usd, RENTAL_USD_RATE.grade]).toEqual([
      50,
      7,
      'derived',
    ]);
    expect(RENTAL_USD_RATE.label).toContain('not the North Korean market cross rate');
  });

  it('is dated 2020-06-17, the day the article’s source was quoted, and quotes carry the date', () => {
    expect(RENTAL_USD_RATE.asOf).toBe('2020-06-17');
    expect(quoteRental({ region: 'chagang', destination: 'china' }).usd.rate.asOf).toBe(
      RENTAL_USD_RATE.asOf,
    );
  });
});

describe('USD at the default rate', () => {
  const cases = [
    { label: 'range minimum is USD 7.00', pick: 'min', minor: 700 },
    { label: 'range maximum is USD 28.00', pick: 'max', minor: 2_800 },
  ] as const satisfies readonly { label: string; pick: 'min' | 'max'; minor: number }[];
  it.each(cases)('$label', ({ pick, minor }) => {
    const quote = quoteRental({ region: 'chagang', destination: 'china' });
    expect(quote.usd[pick]).toEqual({ currency: 'USD', minor });
    expect(quote.usd.rate).toEqual({
      cny: 50,
      usd: 7,
      asOf: '2020-06-17',
      label: RENTAL_USD_RATE.label,
      rounding: 'half-even',
    });
  });
});

// Default model: points = region level (NP 0, Chagang 15, Ryanggang 30, NH 50) + destination
// (China 0, South Korea 30) + crackdown (normal 0, intensified 20); price = 5000 + 150 × points
// fen, rounded to a multiple of 500 fen with ties up; USD = fen × 7 / 50 cents.
const grid = [
  {
    label: 'north-pyongan, china, normal',
    region: 'north-pyongan',
    destination: 'china',
    crackdown: 'normal',
    points: 0,
    fen: 5_000,
    cents: 700,
  },
  {
    label: 'north-pyongan, china, intensified',
    region: 'north-pyongan',
    destination: 'china',
    crackdown: 'intensified',
    points: 20,
    fen: 8_000,
    cents: 1_120,
  },
  {
    label: 'north-pyongan, south-korea, normal',
    region: 'north-pyongan',
    destination: 'south-korea',
    crackdown: 'normal',
    points: 30,
    fen: 9_500,
    cents: 1_330,
  },
  {
    label: 'north-pyongan, south-korea, intensified',
    region: 'north-pyongan',
    destination: 'south-korea',
    crackdown: 'intensified',
    points: 50,
    fen: 12_500,
    cents: 1_750,
  },
  {
    label: 'chagang, china, normal (72.50 ties up)',
    region: 'chagang',
    destination: 'china',
    crackdown: 'normal',
    points: 15,
    fen: 7_500,
    cents: 1_050,
  },
  {
    label: 'chagang, china, intensified (102.50 ties up)',
    region: 'chagang',
    destination: 'china',
    crackdown: 'intensified',
    points: 35,
    fen: 10_500,
    cents: 1_470,
  },
  {
    label: 'chagang, south-korea, normal (117.50 ties up)',
    region: 'chagang',
    destination: 'south-korea',
    crackdown: 'normal',
    points: 45,
    fen: 12_000,
    cents: 1_680,
  },
  {
    label: 'chagang, south-korea, intensified (147.50 ties up)',
    region: 'chagang',
    destination: 'south-korea',
    crackdown: 'intensified',
    points: 65,
    fen: 15_000,
    cents: 2_100,
  },
  {
    label: 'ryanggang, china, normal',
    region: 'ryanggang',
    destination: 'china',
    crackdown: 'normal',
    points: 30,
    fen: 9_500,
    cents: 1_330,
  },
  {
    label: 'ryanggang, china, intensified',
    region: 'ryanggang',
    destination: 'china',
    crackdown: 'intensified',
    points: 50,
    fen: 12_500,
    cents: 1_750,
  },
  {
    label: 'ryanggang, south-korea, normal',
    region: 'ryanggang',
    destination: 'south-korea',
    crackdown: 'normal',
    points: 60,
    fen: 14_000,
    cents: 1_960,
  },
  {
    label: 'ryanggang, south-korea, intensified',
    region: 'ryanggang',
    destination: 'south-korea',
    crackdown: 'intensified',
    points: 80,
    fen: 17_000,
    cents: 2_380,
  },
  {
    label: 'north-hamgyong, china, normal',
    region: 'north-hamgyong',
    destination: 'china',
    crackdown: 'normal',
    points: 50,
    fen: 12_500,
    cents: 1_750,
  },
  {
    label: 'north-hamgyong, china, intensified',
    region: 'north-hamgyong',
    destination: 'china',
    crackdown: 'intensified',
    points: 70,
    fen: 15_500,
    cents: 2_170,
  },
  {
    label: 'north-hamgyong, south-korea, normal',
    region: 'north-hamgyong',
    destination: 'south-korea',
    crackdown: 'normal',
    points: 80,
    fen: 17_000,
    cents: 2_380,
  },
  {
    label: 'north-hamgyong, south-korea, intensified (the dearest)',
    region: 'north-hamgyong',
    destination: 'south-korea',
    crackdown: 'intensified',
    points: 100,
    fen: 20_000,
    cents: 2_800,
  },
] as const satisfies readonly {
  label: string;
  region: RegionId;
  destination: Destination;
  crackdown: Crackdown;
  points: number;
  fen: number;
  cents: number;
}[];

describe('quoteRental, default model, every region × destination × crackdown', () => {
  it('covers all 16 combinations', () => {
    const keys = new Set(grid.map((c) => `${c.region}/${c.destination}/${c.crackdown}`));
    expect(keys.size).toBe(REGION_IDS.length * DESTINATION_IDS.length * CRACKDOWN_IDS.length);
  });

  it.each(grid)('$label', ({ region, destination, crackdown, points, fen, cents }) => {
    const quote = quoteRental({ region, destination, crackdown });
    expect(quote.estimate).toEqual({ currency: 'CNY', minor: fen });
    expect(quote.usd.estimate).toEqual({ currency: 'USD', minor: cents });
    expect(quote.riskPoints).toBe(points);
    expect(quote.riskScore).toBe(points / 100);
    expect(quote.reported).toEqual({ min: RENTAL_PRICE_RANGE.min, max: RENTAL_PRICE_RANGE.max });
    expect(quote.clamped).toBe(false);
    expect([quote.region, quote.destination, quote.crackdown]).toEqual([
      region,
      destination,
      crackdown,
    ]);
  });

  it('prices the dearest combination highest of all', () => {
    const estimates = grid.map(
      ({ region, destination, crackdown }) =>
        quoteRental({ region, destination, crackdown }).estimate.minor,
    );
    expect(Math.max(...estimates)).toBe(
      quoteRental({
        region: 'north-hamgyong',
        destination: 'south-korea',
        crackdown: 'intensified',
      }).estimate.minor,
    );
    expect(estimates.filter((e) => e === RENTAL_PRICE_RANGE.max.minor)).toHaveLength(1);
  });

  it('gives each region a different estimate for the same call', () => {
    for (const destination of DESTINATION_IDS) {
      for (const crackdown of CRACKDOWN_IDS) {
        const estimates = REGION_IDS.map(
          (region) => quoteRental({ region, destination, crackdown }).estimate.minor,
        );
        expect(new Set(estimates).size).toBe(REGION_IDS.length);
      }
    }
  });

  it('defaults the crackdown to normal', () => {
    expect(quoteRental({ region: 'ryanggang', destination: 'china' })).toEqual(
      quoteRental({ region: 'ryanggang', destination: 'china', crackdown: 'normal' }),
    );
  });

  it('gives the same quote when a default option is spelt out', () => {
    for (const c of grid) {
      const plain = quoteRental({
        region: c.region,
        destination: c.destination,
        crackdown: c.crackdown,
      });
      const spelt = quoteRental({
        region: c.region,
        destination: c.destination,
        crackdown: c.crackdown,
        usdRounding: 'half-even',
      });
      expect(spelt).toEqual(plain);
    }
  });
});

describe('quoteRental, sources and assumptions', () => {
  it('cites the detectors report for North Hamgyong', () => {
    expect(quoteRental({ region: 'north-hamgyong', destination: 'china' }).sources).toEqual([
      'dailynk-2020-06-rentals',
      'dailynk-detectors',
      'nktech-2011-fines',
    ]);
  });

  it('cites only sources that exist', () => {
    for (const { region, destination, crackdown } of grid) {
      const { sources } = quoteRental({ region, destination, crackdown });
      for (const id of sources) expect(Object.keys(SOURCES)).toContain(id);
    }
  });

  it('names every modelled step, and no clamping, for the default model', () => {
    const { assumptions } = quoteRental({ region: 'chagang', destination: 'china' });
    expect(assumptions.map((s) => s.split(/[ :(]/, 1)[0])).toEqual([
      'Reported',
      'Region',
      'Destination',
      'Crackdown',
      'Risk',
      'Price',
      'Rounding',
      'USD',
    ]);
    expect(assumptions[5]).toContain('RMB 72.50');
    expect(assumptions[6]).toContain('RMB 75.00');
  });

  it('freezes the quote', () => {
    const quote = quoteRental({ region: 'chagang', destination: 'china' });
    expect(Object.isFrozen(quote)).toBe(true);
    expect(Object.isFrozen(quote.usd.rate)).toBe(true);
    expect(Object.isFrozen(quote.assumptions)).toBe(true);
  });
});

describe('quoteRental with a model override', () => {
  const cases = [
    {
      label: 'a higher Chagang level',
      model: { regionLevels: { chagang: 40 } },
      region: 'chagang',
      fen: 11_000,
      clamped: false,
    },
    {
      label: 'a finer step: RMB 72.50 stays',
      model: { price: { stepFen: 50 } },
      region: 'chagang',
      fen: 7_250,
      clamped: false,
    },
    {
      label: 'floor rounding',
      model: { price: { rounding: 'floor' } },
      region: 'chagang',
      fen: 7_000,
      clamped: false,
    },
    {
      label: 'a price mapping above the range is clamped to RMB 200',
      model: { price: { fromFen: 30_000, toFen: 40_000 } },
      region: 'chagang',
      fen: 20_000,
      clamped: true,
    },
    {
      label: 'a price mapping below the range is clamped to RMB 50',
      model: { price: { fromFen: 0, toFen: 1_000 } },
      region: 'north-hamgyong',
      fen: 5_000,
      clamped: true,
    },
    {
      label: 'a step that overshoots the top is clamped',
      model: { price: { stepFen: 21_000, rounding: 'ceil' } },
      region: 'north-hamgyong',
      fen: 20_000,
      clamped: true,
    },
    {
      label: 'an empty override changes nothing',
      model: {},
      region: 'chagang',
      fen: 7_500,
      clamped: false,
    },
  ] as const satisfies readonly {
    label: string;
    model: object;
    region: RegionId;
    fen: number;
    clamped: boolean;
  }[];

  it.each(cases)('$label', ({ model, region, fen, clamped }) => {
    const quote = quoteRental({ region, destination: 'china', model });
    expect(quote.estimate).toEqual({ currency: 'CNY', minor: fen });
    expect(quote.clamped).toBe(clamped);
    expect(quote.assumptions.some((s) => s.startsWith('Clamping'))).toBe(clamped);
    expect(quote.assumptions.some((s) => s.startsWith('Model'))).toBe(true);
  });

  it('accepts the default model itself, grade and note included', () => {
    expect(
      quoteRental({ region: 'ryanggang', destination: 'south-korea', model: DEFAULT_RENTAL_MODEL })
        .estimate,
    ).toEqual({ currency: 'CNY', minor: 14_000 });
  });

  it('says which steps came from the caller', () => {
    const { assumptions } = quoteRental({
      region: 'chagang',
      destination: 'china',
      model: { regionLevels: { chagang: 40 } },
    });
    expect(assumptions.filter((s) => s.includes("(caller's model)"))).toHaveLength(1);
  });
});

describe('quoteRental with a caller’s USD rate', () => {
  const cases = [
    {
      label: 'market cross rate 6.72, RMB 50 → USD 7.44 (7.4404 rounds down)',
      usdRate: { cny: 672, usd: 100 },
      rounding: 'half-even',
      region: 'north-pyongan',
      cents: 744,
    },
    {
      label: 'RMB 200 at 6.72 → USD 29.76',
      usdRate: { cny: 672, usd: 100 },
      rounding: 'half-even',
      region: 'north-hamgyong',
      cents: 2_976,
    },
    {
      label: 'a tie rounds half-even to the even cent: 5000 × 1 / 2000 = 2.5 → 2',
      usdRate: { cny: 2_000, usd: 1 },
      rounding: 'half-even',
      region: 'north-pyongan',
      cents: 2,
    },
    {
      label: 'the same tie rounds half-up to 3',
      usdRate: { cny: 2_000, usd: 1 },
      rounding: 'half-up',
      region: 'north-pyongan',
      cents: 3,
    },
  ] as const satisfies readonly {
    label: string;
    usdRate: { cny: number; usd: number };
    rounding: 'half-even' | 'half-up';
    region: RegionId;
    cents: number;
  }[];
  it.each(cases)('$label', ({ usdRate, rounding, region, cents }) => {
    const quote = quoteRental({
      region,
      destination: 'south-korea',
      crackdown: 'intensified',
      ...(region === 'north-pyongan'
        ? {
            model: {
              destinationWeights: { 'south-korea': 0 },
              crackdownWeights: { intensified: 0 },
            },
          }
        : {}),
      usdRate,
      usdRounding: rounding,
    });
    expect(quote.usd.estimate).toEqual({ currency: 'USD', minor: cents });
    expect(quote.usd.rate.label).toBe(
      `the caller's rate, CNY ${String(usdRate.cny)} : USD ${String(usdRate.usd)}`,
    );
    expect(quote.usd.rate.rounding).toBe(rounding);
    expect(quote.usd.rate.asOf).toBeNull();
  });

  it('keeps the caller’s day, and says the rate is undated without one', () => {
    const dated = quoteRental({
      region: 'chagang',
      destination: 'china',
      usdRate: { cny: 672, usd: 100, asOf: '2020-06-30' },
    });
    expect(dated.usd.rate.asOf).toBe('2020-06-30');
    expect(dated.assumptions.at(-1)).toContain('the rate is as of 2020-06-30;');
    const undated = quoteRental({
      region: 'chagang',
      destination: 'china',
      usdRate: { cny: 672, usd: 100 },
    });
    expect(undated.usd.rate.asOf).toBeNull();
    expect(undated.assumptions.at(-1)).toContain('the rate is undated;');
  });

  it('keeps the caller’s label', () => {
    const quote = quoteRental({
      region: 'chagang',
      destination: 'china',
      usdRate: { cny: 672, usd: 100, label: 'market cross rate, June 2020' },
    });
    expect(quote.usd.rate.label).toBe('market cross rate, June 2020');
    expect(quote.assumptions.at(-1)).toContain('market cross rate, June 2020');
  });

  it('fails with out_of_range when the USD figures pass 2^53 cents', () => {
    expectKpmmError(
      () =>
        quoteRental({
          region: 'chagang',
          destination: 'china',
          usdRate: { cny: 1, usd: Number.MAX_SAFE_INTEGER },
        }),
      'out_of_range',
      ['usdRate'],
    );
  });
});

describe('quoteRental, bad input', () => {
  const cases = [
    {
      label: 'unknown region',
      input: { region: 'south-hamgyong', destination: 'china' },
      code: 'unknown_region',
      path: ['region'],
    },
    {
      label: 'missing region',
      input: { destination: 'china' },
      code: 'unknown_region',
      path: ['region'],
    },
    {
      label: 'region of the wrong type',
      input: { region: 7, destination: 'china' },
      code: 'unknown_region',
      path: ['region'],
    },
    {
      label: 'unknown destination',
      input: { region: 'chagang', destination: 'japan' },
      code: 'unknown_destination',
      path: ['destination'],
    },
    {
      label: 'unknown crackdown',
      input: { region: 'chagang', destination: 'china', crackdown: 'total' },
      code: 'unknown_crackdown',
      path: ['crackdown'],
    },
    { label: 'null input', input: null, code: 'invalid_input', path: [] },
    { label: 'an array', input: ['chagang', 'china'], code: 'invalid_input', path: [] },
    {
      label: 'an unknown field',
      input: { region: 'chagang', destination: 'china', crackDown: 'normal' },
      code: 'invalid_input',
      path: [],
    },
    {
      label: 'model not an object',
      input: { region: 'chagang', destination: 'china', model: 3 },
      code: 'invalid_model',
      path: ['model'],
    },
    {
      label: 'a model field it does not know',
      input: { region: 'chagang', destination: 'china', model: { foo: 1 } },
      code: 'invalid_model',
      path: ['model'],
    },
    {
      label: 'a misspelt part of a model',
      input: { region: 'chagang', destination: 'china', model: { regionLevel: { chagang: 100 } } },
      code: 'invalid_model',
      path: ['model'],
    },
    {
      label: 'an unknown model grade',
      input: { region: 'chagang', destination: 'china', model: { grade: 'rumoured' } },
      code: 'invalid_model',
      path: ['model', 'grade'],
    },
    {
      label: 'model sources holding a number',
      input: { region: 'chagang', destination: 'china', model: { sources: ['a', 7] } },
      code: 'invalid_model',
      path: ['model', 'sources', 1],
    },
    {
      label: 'a model note that is not text',
      input: { region: 'chagang', destination: 'china', model: { note: 7 } },
      code: 'invalid_model',
      path: ['model', 'note'],
    },
    {
      label: 'region levels not an object',
      input: { region: 'chagang', destination: 'china', model: { regionLevels: 5 } },
      code: 'invalid_model',
      path: ['model', 'regionLevels'],
    },
    {
      label: 'region level above 100',
      input: { region: 'chagang', destination: 'china', model: { regionLevels: { chagang: 101 } } },
      code: 'invalid_model',
      path: ['model', 'regionLevels', 'chagang'],
    },
    {
      label: 'negative weight',
      input: {
        region: 'chagang',
        destination: 'china',
        model: { destinationWeights: { china: -1 } },
      },
      code: 'invalid_model',
      path: ['model', 'destinationWeights', 'china'],
    },
    {
      label: 'fractional weight',
      input: {
        region: 'chagang',
        destination: 'china',
        model: { crackdownWeights: { intensified: 20.5 } },
      },
      code: 'invalid_model',
      path: ['model', 'crackdownWeights', 'intensified'],
    },
    {
      label: 'string level',
      input: {
        region: 'chagang',
        destination: 'china',
        model: { regionLevels: { ryanggang: '30' } },
      },
      code: 'invalid_model',
      path: ['model', 'regionLevels', 'ryanggang'],
    },
    {
      label: 'unknown region in the levels',
      input: { region: 'chagang', destination: 'china', model: { regionLevels: { kaesong: 1 } } },
      code: 'invalid_model',
      path: ['model', 'regionLevels'],
    },
    {
      label: 'zero step',
      input: { region: 'chagang', destination: 'china', model: { price: { stepFen: 0 } } },
      code: 'invalid_model',
      path: ['model', 'price', 'stepFen'],
    },
    {
      label: 'unsafe price',
      input: { region: 'chagang', destination: 'china', model: { price: { toFen: 2 ** 53 } } },
      code: 'invalid_model',
      path: ['model', 'price', 'toFen'],
    },
    {
      label: 'unknown price rounding',
      input: { region: 'chagang', destination: 'china', model: { price: { rounding: 'nearest' } } },
      code: 'invalid_model',
      path: ['model', 'price', 'rounding'],
    },
    {
      label: 'points can pass 100',
      input: {
        region: 'chagang',
        destination: 'china',
        model: { regionLevels: { 'north-hamgyong': 60 } },
      },
      code: 'invalid_model',
      path: ['model'],
    },
    {
      label: 'South Korea below China',
      input: {
        region: 'chagang',
        destination: 'china',
        model: { destinationWeights: { china: 25, 'south-korea': 20 } },
      },
      code: 'invalid_model',
      path: ['model', 'destinationWeights', 'south-korea'],
    },
    {
      label: 'intensified below normal',
      input: {
        region: 'chagang',
        destination: 'china',
        model: { crackdownWeights: { normal: 10, intensified: 5 } },
      },
      code: 'invalid_model',
      path: ['model', 'crackdownWeights', 'intensified'],
    },
    {
      label: 'price mapping backwards',
      input: {
        region: 'chagang',
        destination: 'china',
        model: { price: { fromFen: 20_000, toFen: 5_000 } },
      },
      code: 'invalid_model',
      path: ['model', 'price', 'toFen'],
    },
    {
      label: 'zero rate',
      input: { region: 'chagang', destination: 'china', usdRate: { cny: 0, usd: 7 } },
      code: 'invalid_rate',
      path: ['usdRate', 'cny'],
    },
    {
      label: 'fractional rate',
      input: { region: 'chagang', destination: 'china', usdRate: { cny: 50, usd: 7.5 } },
      code: 'invalid_rate',
      path: ['usdRate', 'usd'],
    },
    {
      label: 'rate without usd',
      input: { region: 'chagang', destination: 'china', usdRate: { cny: 50 } },
      code: 'invalid_rate',
      path: ['usdRate', 'usd'],
    },
    {
      label: 'empty rate label',
      input: { region: 'chagang', destination: 'china', usdRate: { cny: 50, usd: 7, label: '' } },
      code: 'invalid_rate',
      path: ['usdRate', 'label'],
    },
    {
      label: 'rate dated on a day that does not exist',
      input: {
        region: 'chagang',
        destination: 'china',
        usdRate: { cny: 50, usd: 7, asOf: '2020-02-30' },
      },
      code: 'invalid_rate',
      path: ['usdRate', 'asOf'],
    },
    {
      label: 'rate dated with a time',
      input: {
        region: 'chagang',
        destination: 'china',
        usdRate: { cny: 50, usd: 7, asOf: '2020-06-17T00:00:00+09:00' },
      },
      code: 'invalid_rate',
      path: ['usdRate', 'asOf'],
    },
    {
      label: 'rate dated by a Date',
      input: {
        region: 'chagang',
        destination: 'china',
        usdRate: { cny: 50, usd: 7, asOf: new Date(Date.UTC(2020, 5, 17)) },
      },
      code: 'invalid_rate',
      path: ['usdRate', 'asOf'],
    },
    {
      label: 'unknown USD rounding',
      input: { region: 'chagang', destination: 'china', usdRounding: 'round' },
      code: 'invalid_rounding',
      path: ['usdRounding'],
    },
  ] as const satisfies readonly {
    label: string;
    input: unknown;
    code: KpmmErrorCode;
    path: readonly PathSegment[];
  }[];

  it.each(cases)('$label', ({ input, code, path }) => {
    expectKpmmError(() => quoteLoose(input), code, path);
    const result = safeQuoteRental(input as never);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe(code);
  });

  it('lists every problem, each with its own code', () => {
    const error = expectKpmmError(
      () => quoteLoose({ region: 'x', destination: 'y', crackdown: 'z' }),
      'unknown_region',
    );
    expect(error.issues.map((i) => i.code)).toEqual([
      'unknown_region',
      'unknown_destination',
      'unknown_crackdown',
    ]);
  });

  it('does not repeat raw input in its messages', () => {
    const secret = 'SECRET-VALUE-123';
    const error = expectKpmmError(
      () =>
        quoteLoose({
          region: secret,
          destination: secret,
          model: { regionLevels: { [secret]: 1 }, price: { rounding: secret } },
          usdRate: { cny: secret, usd: 1, asOf: secret, label: 5 },
        }),
      'unknown_region',
    );
    for (const text of serialisations(error)) expect(text).not.toContain(secret);
  });

  it('does not repeat a bad day in its message, and names the field', () => {
    const day = '2020-02-30';
    const error = expectKpmmError(
      () =>
        quoteLoose({
          region: 'chagang',
          destination: 'china',
          usdRate: { cny: 1, usd: 1, asOf: day },
        }),
      'invalid_rate',
      ['usdRate', 'asOf'],
    );
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0].message.startsWith('usdRate.asOf ')).toBe(true);
    for (const text of serialisations(error)) expect(text).not.toContain(day);
  });

  it('names the field in each message', () => {
    const error = expectKpmmError(
      () =>
        quoteLoose({ region: 'chagang', destination: 'china', model: { price: { stepFen: 0 } } }),
      'invalid_model',
    );
    expect(error.issues[0].message.startsWith('model.price.stepFen ')).toBe(true);
  });

  it('returns the quote from the safe twin', () => {
    expect(safeQuoteRental({ region: 'north-pyongan', destination: 'china' })).toEqual({
      success: true,
      data: quoteRental({ region: 'north-pyongan', destination: 'china' }),
    });
  });
});
