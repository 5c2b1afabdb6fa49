import { describe, expect, it } from 'vitest';
import * as exchange from '../../src/exchange/index.js';
import {
  DEFAULT_RATE_TABLE,
  MOBILE_MONEY_RMB_AGREEMENT,
  MOBILE_WON_PRICE,
  RATE_TABLES,
  RATE_TABLE_IDS,
  RateTableSchema,
  exchangeFacts,
  isRateTable,
  mobileWonCost,
  mobileWonToCash,
} from '../../src/exchange/index.js';
import { SOURCES } from '../../src/core/index.js';
import { expectWellFormedFacts } from '../helpers.js';

// The rows of FACTS.md, "Cash to mobile money" (dailynk-market-rates).
const rows = [
  { asOf: '2020-06', USD: 8_400, CNY: 1_250, place: 'Pyongyang' },
  { asOf: '2021-02', USD: 7_300, CNY: 980, place: 'not stated' },
  { asOf: '2022-07', USD: 8_150, CNY: 950, place: 'not stated' },
  { asOf: '2023-03', USD: 8_210, CNY: 1_230, place: 'not stated' },
  { asOf: '2024-02', USD: 8_510, CNY: 1_400, place: 'not stated' },
] as const satisfies readonly { asOf: string; USD: number; CNY: number; place: string }[];

describe('RATE_TABLES', () => {
  it('holds the FACTS.md rows, oldest first', () => {
    expect(
      RATE_TABLE_IDS.map((id) => RATE_TABLES[id]).map((t) => ({
        asOf: t.asOf,
        USD: t.kpwPerUnit.USD,
        CNY: t.kpwPerUnit.CNY,
        place: t.place,
      })),
    ).toEqual(rows);
  });

  it('starts with the default table, June 2020 in Pyongyang', () => {
    expect(RATE_TABLES[RATE_TABLE_IDS[0]]).toBe(DEFAULT_RATE_TABLE);
    expect(DEFAULT_RATE_TABLE.kpwPerUnit).toEqual({ USD: 8_400, CNY: 1_250 });
  });

  it.each(Object.values(RATE_TABLES).map((table) => ({ label: table.id, table })))(
    '$label is a valid, frozen, cited table without a euro rate',
    ({ table }) => {
      expect(RateTableSchema.safeParse(table).success).toBe(true);
      expect(Object.isFrozen(table)).toBe(true);
      expect(Object.isFrozen(table.kpwPerUnit)).toBe(true);
      expect(table.kpwPerUnit.EUR).toBeUndefined();
      expect(table.source in SOURCES).toBe(true);
      expect(table.grade).toBe('reported');
    },
  );

  it('is keyed by each table id, in the order of RATE_TABLE_IDS', () => {
    expect(Object.entries(RATE_TABLES).map(([key, t]) => [key, t.id])).toEqual(
      RATE_TABLE_IDS.map((id) => [id, id]),
    );
    expect(Object.isFrozen(RATE_TABLES) && Object.isFrozen(RATE_TABLE_IDS)).toBe(true);
  });
});

describe('RateTableSchema', () => {
  it.each([
    { label: 'a zero rate', patch: { kpwPerUnit: { USD: 0, CNY: 1_250 } } },
    { label: 'a fractional rate', patch: { kpwPerUnit: { USD: 8_400.5, CNY: 1_250 } } },
    { label: 'a missing yuan rate', patch: { kpwPerUnit: { USD: 8_400 } } },
    { label: 'a negative euro rate', patch: { kpwPerUnit: { USD: 8_400, CNY: 1_250, EUR: -1 } } },
    { label: 'a date that is not YYYY-MM', patch: { asOf: 'June 2020' } },
    { label: 'an empty id', patch: { id: '' } },
    { label: 'an unknown grade', patch: { grade: 'rumoured' } },
    { label: 'a rate given as text', patch: { kpwPerUnit: { USD: '8400', CNY: 1_250 } } },
    { label: 'a rate past the safe integers', patch: { kpwPerUnit: { USD: 2 ** 53, CNY: 1_250 } } },
    { label: 'a missing note', patch: { note: undefined } },
    { label: 'a date with a trailing line break', patch: { asOf: '2020-06\n' } },
    { label: 'a date in an array', patch: { asOf: ['2020-06'] } },
    { label: 'a grade in an array', patch: { grade: ['reported'] } },
  ])('refuses $label, by schema and by isRateTable', ({ patch }) => {
    expect(RateTableSchema.safeParse({ ...DEFAULT_RATE_TABLE, ...patch }).success).toBe(false);
    expect(isRateTable({ ...DEFAULT_RATE_TABLE, ...patch })).toBe(false);
  });

  it.each([
    { label: 'null', value: null },
    { label: 'an array', value: [DEFAULT_RATE_TABLE] },
    { label: 'a string', value: 'dailynk-2020-06-pyongyang' },
  ])('isRateTable refuses $label', ({ value }) => {
    expect(isRateTable(value)).toBe(false);
  });

  it.each(['reported', 'derived', 'assumed'] as const)('accepts a table graded %s', (grade) => {
    expect(isRateTable({ ...DEFAULT_RATE_TABLE, grade })).toBe(true);
    expect(RateTableSchema.safeParse({ ...DEFAULT_RATE_TABLE, grade }).success).toBe(true);
  });

  it('accepts a caller table with a euro rate and a day', () => {
    const table = {
      ...DEFAULT_RATE_TABLE,
      id: 'caller',
      asOf: '2025-01-15',
      kpwPerUnit: { USD: 9_000, CNY: 1_300, EUR: 9_500 },
    };
    expect(RateTableSchema.safeParse(table).success).toBe(true);
    expect(isRateTable(table)).toBe(true);
    expect(isRateTable({ ...table, extra: 'kept by neither' })).toBe(true);
  });
});

describe('MOBILE_WON_PRICE', () => {
  it('is KPW 75 a won, reported and cited', () => {
    expect(MOBILE_WON_PRICE).toMatchObject({
      cashKpwPerWon: 75,
      grade: 'reported',
      sources: ['dailynk-2020-06-gifting'],
    });
    expect(Object.isFrozen(MOBILE_WON_PRICE)).toBe(true);
  });
});

describe('MOBILE_MONEY_RMB_AGREEMENT', () => {
  it('recomputes: 500 won costs RMB 30.00 at the June 2020 table', () => {
    const a = MOBILE_MONEY_RMB_AGREEMENT;
    expect(a.grade).toBe('derived');
    expect(mobileWonToCash(a.mobileWon)).toBe(a.cashKpw);
    expect(mobileWonCost(a.mobileWon, { currency: 'CNY' })).toEqual(a.computed);
    expect(a.computed).toEqual(a.reported);
    expect(a.agrees).toBe(true);
    expect(a.rateTableId).toBe(DEFAULT_RATE_TABLE.id);
  });

  it('recomputes the implied yuan rate: KPW 37,500 for RMB 30', () => {
    const a = MOBILE_MONEY_RMB_AGREEMENT;
    expect((a.cashKpw * 100) / a.reported.minor).toBe(a.impliedKpwPerCny);
    expect(a.impliedKpwPerCny).toBe(DEFAULT_RATE_TABLE.kpwPerUnit.CNY);
  });

  it('is exact under every rounding, since no rounding is needed', () => {
    for (const rounding of ['floor', 'ceil', 'half-up', 'half-even'] as const) {
      expect(mobileWonCost(500, { currency: 'CNY', rounding })).toEqual({
        currency: 'CNY',
        minor: 3_000,
      });
    }
  });
});

describe('exchangeFacts', () => {
  it('is well formed, made afresh: grades, units, notes and known sources', () => {
    expectWellFormedFacts(exchange.exchangeFacts());
  });

  const facts = exchangeFacts();

  it('lists every exported UPPER_SNAKE constant that carries a grade', () => {
    const graded = Object.entries(exchange)
      .filter(([name]) => /^[A-Z][A-Z0-9_]*$/.test(name))
      .filter(([, value]: [string, unknown]) => {
        return typeof value === 'object' && value !== null && 'grade' in value;
      })
      .map(([name]) => name);
    expect(graded.length).toBeGreaterThan(0);
    for (const name of graded) expect(facts.map((f) => f.id)).toContain(name);
  });

  it.each(facts.map((fact) => ({ label: fact.id, fact })))(
    '$label cites known sources and says what it is',
    ({ fact }) => {
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const id of fact.sources) expect(id in SOURCES).toBe(true);
      expect(fact.unit.length).toBeGreaterThan(0);
      expect(fact.note.length).toBeGreaterThan(0);
      expect(['reported', 'derived', 'assumed']).toContain(fact.grade);
    },
  );

  it('gives the values in use', () => {
    const byId = new Map(facts.map((f) => [f.id, f]));
    expect(byId.get('MOBILE_WON_PRICE')?.value).toBe(75);
    expect(byId.get('DEFAULT_RATE_TABLE')?.value).toEqual({ USD: 8_400, CNY: 1_250 });
    expect(byId.get('MOBILE_MONEY_RMB_AGREEMENT')?.grade).toBe('derived');
  });
});
