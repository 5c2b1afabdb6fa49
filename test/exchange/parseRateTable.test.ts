import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATE_TABLE,
  RATE_TABLES,
  RATE_TABLE_IDS,
  RateTableSchema,
  isRateTable,
  parseRateTable,
  safeParseRateTable,
} from '../../src/exchange/index.js';
import { expectKpmmError } from '../helpers.js';

function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

const MINE = {
  id: 'my-survey-2025-01',
  asOf: '2025-01',
  kpwPerUnit: { USD: 9_000, CNY: 1_300, EUR: 9_500 },
  place: 'Sinuiju',
  source: 'my own survey',
  grade: 'assumed',
  note: 'for a what-if',
} as const;

describe('parseRateTable', () => {
  it.each(RATE_TABLE_IDS.map((id) => ({ label: id, table: RATE_TABLES[id] })))(
    'gives back the built-in $label itself, frozen all the way down',
    ({ table }) => {
      expect(parseRateTable(table)).toBe(table);
      expect(deeplyFrozen(table)).toBe(true);
    },
  );

  it.each(RATE_TABLE_IDS.map((id) => ({ label: id, table: RATE_TABLES[id] })))(
    'a copy of $label read from JSON equals the built-in, frozen',
    ({ table }) => {
      const parsed = parseRateTable(JSON.parse(JSON.stringify(table)));
      expect(parsed).toEqual(table);
      expect(parsed).not.toBe(table);
      expect(deeplyFrozen(parsed)).toBe(true);
    },
  );

  it('keeps only the fields of a table, copied', () => {
    const mine = {
      ...MINE,
      kpwPerUnit: { ...MINE.kpwPerUnit } as Record<string, number>,
      extra: 1,
    };
    const parsed = parseRateTable(mine);
    mine.kpwPerUnit['USD'] = 1;
    expect(parsed).toEqual(MINE);
  });

  const refused = [
    {
      label: 'a zero rate',
      value: { ...MINE, kpwPerUnit: { USD: 0, CNY: 1_300 } },
      paths: [['kpwPerUnit', 'USD']],
    },
    {
      label: 'a fractional rate and no grade',
      value: { ...MINE, kpwPerUnit: { USD: 9_000, CNY: 1_300.5 }, grade: undefined },
      paths: [['kpwPerUnit', 'CNY'], ['grade']],
    },
    {
      label: 'a date of another form',
      value: { ...MINE, asOf: 'January 2025' },
      paths: [['asOf']],
    },
    { label: 'an empty id', value: { ...MINE, id: '' }, paths: [['id']] },
    { label: 'not an object', value: 8_400, paths: [[]] },
  ] as const;

  it.each(refused)('refuses $label with invalid_rate at each path', ({ value, paths }) => {
    expectKpmmError(() => parseRateTable(value), 'invalid_rate');
    const result = safeParseRateTable(value);
    expect(result.success ? null : result.error.issues.map((i) => [i.code, i.path])).toEqual(
      paths.map((path) => ['invalid_rate', path]),
    );
  });

  it('refuses a rate inherited from the prototype, which the schema alone would take', () => {
    const kpwPerUnit = Object.create({ USD: 9_000 }) as Record<string, number>;
    kpwPerUnit['CNY'] = 1_300;
    expect(safeParseRateTable({ ...MINE, kpwPerUnit }).success).toBe(false);
  });

  it('law: it accepts exactly what isRateTable accepts, and then what RateTableSchema accepts', () => {
    const arbTable = fc.record({
      id: fc.oneof(fc.constant(''), fc.string()),
      asOf: fc.oneof(fc.constantFrom('2025-01', '2025-01-31', '2025'), fc.string()),
      kpwPerUnit: fc.record(
        {
          USD: fc.integer({ min: -2, max: 20_000 }),
          CNY: fc.integer({ min: -2, max: 2_000 }),
          EUR: fc.integer({ min: -2, max: 20_000 }),
        },
        { requiredKeys: ['USD'] },
      ),
      place: fc.string(),
      source: fc.string(),
      grade: fc.constantFrom('reported', 'derived', 'assumed', 'guessed'),
      note: fc.string(),
    });
    fc.assert(
      fc.property(arbTable, (table) => {
        const result = safeParseRateTable(table);
        expect(result.success).toBe(isRateTable(table));
        if (result.success) expect(RateTableSchema.safeParse(table).success).toBe(true);
      }),
    );
  });

  it('never throws from its safe twin', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof safeParseRateTable(value).success).toBe('boolean');
      }),
    );
  });

  it('the default table parses as itself', () => {
    expect(parseRateTable(DEFAULT_RATE_TABLE)).toBe(DEFAULT_RATE_TABLE);
  });
});
