import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RateTableSchema, isRateTable } from '../../src/exchange/index.js';
import { arbAnyRateTable, arbAnyValue, arbNearly } from '../arbitraries.js';

describe('isRateTable agrees with RateTableSchema', () => {
  it('accepts every valid table', () => {
    fc.assert(
      fc.property(arbAnyRateTable, (table) => {
        expect(RateTableSchema.safeParse(table).success).toBe(true);
        expect(isRateTable(table)).toBe(true);
      }),
    );
  });

  it('accepts exactly what the schema accepts, for near misses of a valid table', () => {
    fc.assert(
      fc.property(arbNearly(arbAnyRateTable), (value) => {
        expect(isRateTable(value)).toBe(RateTableSchema.safeParse(value).success);
      }),
    );
  });

  it('accepts exactly what the schema accepts, for anything at all', () => {
    fc.assert(
      fc.property(arbAnyValue, (value) => {
        expect(isRateTable(value)).toBe(RateTableSchema.safeParse(value).success);
      }),
    );
  });
});
