import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RENTAL_MODEL,
  parseRentalModel,
  quoteRental,
  safeParseRentalModel,
  safeQuoteRental,
} from '../../src/rental/index.js';
import { expectKpmmError } from '../helpers.js';

function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

describe('parseRentalModel', () => {
  it('the default model, read from JSON, parses to a frozen copy equal to it', () => {
    const parsed = parseRentalModel(JSON.parse(JSON.stringify(DEFAULT_RENTAL_MODEL)));
    expect(parsed).toEqual(DEFAULT_RENTAL_MODEL);
    expect(deeplyFrozen(parsed)).toBe(true);
  });

  it('copies: a later change to the caller’s override changes nothing', () => {
    const mine = { regionLevels: { chagang: 40 }, sources: ['my notes'] };
    const parsed = parseRentalModel(mine);
    mine.regionLevels.chagang = 0;
    mine.sources.push('more');
    expect(parsed).toEqual({ regionLevels: { chagang: 40 }, sources: ['my notes'] });
    expect(deeplyFrozen(parsed)).toBe(true);
  });

  it('a parsed override quotes as the override it came from', () => {
    const model = { regionLevels: { chagang: 40 }, price: { stepFen: 1_000 } };
    const input = { region: 'chagang', destination: 'south-korea' } as const;
    expect(quoteRental({ ...input, model: parseRentalModel(model) })).toEqual(
      quoteRental({ ...input, model }),
    );
  });

  const refused = [
    {
      label: 'a price that runs backwards',
      value: { price: { fromFen: 9_000, toFen: 8_000 } },
      path: ['price', 'toFen'],
    },
    {
      label: 'a level over 100',
      value: { regionLevels: { chagang: 101 } },
      path: ['regionLevels', 'chagang'],
    },
    {
      label: 'points over 100 once the default fills the gaps',
      value: { regionLevels: { chagang: 60 } },
      path: [],
    },
    { label: 'a misspelt part', value: { regionLevel: { chagang: 40 } }, path: [] },
    { label: 'not an object', value: 'strict', path: [] },
    { label: 'nothing', value: undefined, path: [] },
  ] as const;

  it.each(refused)('refuses $label with invalid_model at its path', ({ value, path }) => {
    expectKpmmError(() => parseRentalModel(value), 'invalid_model', path);
  });

  it('law: it accepts exactly the models quoteRental accepts', () => {
    const arbModel = fc.record(
      {
        regionLevels: fc.record({ chagang: fc.integer({ min: -1, max: 101 }) }),
        price: fc.record({
          fromFen: fc.integer({ min: 0, max: 30_000 }),
          toFen: fc.integer({ min: 0, max: 30_000 }),
        }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arbModel, (model) => {
        expect(safeParseRentalModel(model).success).toBe(
          safeQuoteRental({ region: 'north-pyongan', destination: 'china', model }).success,
        );
      }),
    );
  });
});
