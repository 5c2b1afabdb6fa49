import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/core/index.js';
import * as rental from '../../src/rental/index.js';
import { expectWellFormedFacts } from '../helpers.js';
import {
  DEFAULT_RENTAL_MODEL,
  DESTINATIONS,
  DESTINATION_IDS,
  REGIONS,
  REGION_IDS,
  RentalModelSchema,
  RentalQuoteInputSchema,
  rentalFacts,
} from '../../src/rental/index.js';

const graded = Object.entries(rental).flatMap(([name, value]) =>
  /^[A-Z][A-Z0-9_]*$/.test(name) && typeof value === 'object' && 'grade' in value
    ? [{ name, grade: value.grade, sources: 'sources' in value ? value.sources : undefined }]
    : [],
);

describe('rentalFacts', () => {
  it('is well formed, made afresh: grades, units, notes and known sources', () => {
    expectWellFormedFacts(rental.rentalFacts());
  });

  it('finds the graded constants', () => {
    expect(graded.map(({ name }) => name).sort()).toEqual([
      'DEFAULT_RENTAL_MODEL',
      'RENTAL_PRICE_RANGE',
      'RENTAL_USD_RATE',
    ]);
  });

  const tables = [
    { name: 'REGIONS', table: rental.REGIONS, ids: rental.REGION_IDS, grade: 'assumed' },
    {
      name: 'DESTINATIONS',
      table: rental.DESTINATIONS,
      ids: rental.DESTINATION_IDS,
      grade: 'reported',
    },
    { name: 'CRACKDOWNS', table: rental.CRACKDOWNS, ids: rental.CRACKDOWN_IDS, grade: 'assumed' },
  ] as const;

  it.each(tables)(
    '$name is a frozen record keyed by id, in the order of its ids, listed with its entries’ grade and sources',
    ({ name, table, ids, grade }) => {
      const entries: readonly { id: string; grade: string; sources: readonly string[] }[] =
        Object.values(table);
      expect(Object.keys(table)).toEqual(ids);
      expect(entries.map((entry) => entry.id)).toEqual(ids);
      expect(Object.isFrozen(table) && Object.isFrozen(ids)).toBe(true);
      expect(entries.every((entry) => Object.isFrozen(entry) && entry.grade === grade)).toBe(true);
      expect(rentalFacts().find((f) => f.id === name)).toMatchObject({
        grade,
        sources: [...new Set(entries.flatMap((entry) => entry.sources))],
      });
    },
  );

  it.each(graded)('$name is listed with its own grade and sources', ({ name, grade, sources }) => {
    const fact = rentalFacts().find((f) => f.id === name);
    expect(fact).toBeDefined();
    expect(fact).toMatchObject({ grade, sources });
    expect(fact?.note).not.toBe('');
    expect(fact?.unit).not.toBe('');
  });

  it('cites only sources that exist', () => {
    for (const fact of rentalFacts()) {
      for (const id of fact.sources) expect(Object.keys(SOURCES)).toContain(id);
    }
    for (const id of REGION_IDS) {
      for (const source of REGIONS[id].sources) expect(Object.keys(SOURCES)).toContain(source);
    }
  });

  it('has no duplicate ids', () => {
    const ids = rentalFacts().map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('REGIONS', () => {
  const cases = [
    {
      label: 'North Pyongan (Sinuiju) is the least policed, cited to the rental article',
      id: 'north-pyongan',
      level: 0,
      places: ['Sinuiju'],
      sources: ['dailynk-2020-06-rentals'],
    },
    { label: 'Chagang is above North Pyongan', id: 'chagang', level: 15, places: [], sources: [] },
    {
      label: 'Ryanggang (Hyesan) is above Chagang',
      id: 'ryanggang',
      level: 30,
      places: ['Hyesan'],
      sources: [],
    },
    {
      label: 'North Hamgyong is the most dangerous, cited to the detectors report',
      id: 'north-hamgyong',
      level: 50,
      places: ['Hoeryong', 'Musan', 'Chongjin'],
      sources: ['dailynk-detectors'],
    },
  ] as const satisfies readonly {
    label: string;
    id: (typeof REGION_IDS)[number];
    level: number;
    places: readonly string[];
    sources: readonly string[];
  }[];
  it.each(cases)('$label', ({ id, level, places, sources }) => {
    const region = REGIONS[id];
    expect(region.defaultLevel).toBe(level);
    expect(DEFAULT_RENTAL_MODEL.regionLevels[id]).toBe(level);
    expect(region.places).toEqual(places);
    expect(region.sources).toEqual(sources);
    expect(region.grade).toBe('assumed');
    expect(region.reason).not.toBe('');
  });

  it('gives every region a different level', () => {
    const levels = REGION_IDS.map((id) => REGIONS[id].defaultLevel);
    expect(new Set(levels).size).toBe(levels.length);
    expect(Math.max(...levels)).toBe(REGIONS['north-hamgyong'].defaultLevel);
  });
});

describe('DESTINATIONS', () => {
  const cases = [
    { label: 'China: KPW 400,000 to 600,000', id: 'china', min: 400_000, max: 600_000 },
    { label: 'South Korea: KPW 1,000,000', id: 'south-korea', min: 1_000_000, max: 1_000_000 },
  ] as const satisfies readonly {
    label: string;
    id: (typeof DESTINATION_IDS)[number];
    min: number;
    max: number;
  }[];
  it.each(cases)('$label', ({ id, min, max }) =>
    expect(DESTINATIONS[id].reportedFineKpw).toEqual({ min, max }),
  );
});

describe('RentalModelSchema', () => {
  const base = {
    regionLevels: DEFAULT_RENTAL_MODEL.regionLevels,
    destinationWeights: DEFAULT_RENTAL_MODEL.destinationWeights,
    crackdownWeights: DEFAULT_RENTAL_MODEL.crackdownWeights,
    price: DEFAULT_RENTAL_MODEL.price,
  };
  const cases = [
    { label: 'the default model', model: DEFAULT_RENTAL_MODEL, ok: true },
    { label: 'the default tables alone', model: base, ok: true },
    { label: 'a missing table', model: { ...base, price: undefined }, ok: false },
    {
      label: 'points above 100',
      model: { ...base, crackdownWeights: { normal: 0, intensified: 21 } },
      ok: false,
    },
    {
      label: 'China above South Korea',
      model: { ...base, destinationWeights: { china: 30, 'south-korea': 20 } },
      ok: false,
    },
    {
      label: 'a backwards price',
      model: { ...base, price: { ...base.price, fromFen: 30_000 } },
      ok: false,
    },
    { label: 'a missing region', model: { ...base, regionLevels: { chagang: 1 } }, ok: false },
  ] as const satisfies readonly { label: string; model: unknown; ok: boolean }[];
  it.each(cases)('$label', ({ model, ok }) =>
    expect(RentalModelSchema.safeParse(model).success).toBe(ok),
  );
});

describe('RentalQuoteInputSchema', () => {
  const cases = [
    { label: 'a plain quote', input: { region: 'chagang', destination: 'china' }, ok: true },
    {
      label: 'every option',
      input: {
        region: 'chagang',
        destination: 'china',
        crackdown: 'intensified',
        model: { price: { stepFen: 100 } },
        usdRate: { cny: 672, usd: 100, label: 'market' },
        usdRounding: 'floor',
      },
      ok: true,
    },
    {
      label: 'an override that breaks the budget',
      input: { region: 'chagang', destination: 'china', model: { regionLevels: { chagang: 51 } } },
      ok: false,
    },
    {
      label: 'an unknown field',
      input: { region: 'chagang', destination: 'china', extra: 1 },
      ok: false,
    },
  ] as const satisfies readonly { label: string; input: unknown; ok: boolean }[];
  it.each(cases)('$label', ({ input, ok }) =>
    expect(RentalQuoteInputSchema.safeParse(input).success).toBe(ok),
  );
});
