import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/core/index.js';
import {
  DEFAULT_RENTAL_MODEL,
  RentalModelSchema,
  RentalQuoteInputSchema,
} from '../../src/rental/index.js';

/** The code and path of each issue a schema finds. */
function found(result: {
  readonly success: boolean;
  readonly error?: { readonly issues: readonly { code: string; path: PropertyKey[] }[] };
}): { code: string; path: PropertyKey[] }[] {
  return (result.error?.issues ?? []).map(({ code, path }) => ({ code, path }));
}

describe('RentalModelSchema, the rules across the parts of a model', () => {
  const cases = [
    { label: 'the default model keeps every rule', model: {}, issues: [] },
    {
      label: 'south-korea below china',
      model: { destinationWeights: { china: 30, 'south-korea': 20 } },
      issues: [{ code: 'custom', path: ['destinationWeights', 'south-korea'] }],
    },
    {
      label: 'intensified below normal',
      model: { crackdownWeights: { normal: 10, intensified: 5 } },
      issues: [{ code: 'custom', path: ['crackdownWeights', 'intensified'] }],
    },
    {
      label: 'a price mapping that runs backwards',
      model: { price: { fromFen: 20_000, toFen: 5_000, stepFen: 500, rounding: 'half-up' } },
      issues: [{ code: 'custom', path: ['price', 'toFen'] }],
    },
    {
      label: 'points that can pass 100',
      model: {
        regionLevels: { 'north-pyongan': 0, ryanggang: 0, 'north-hamgyong': 51, chagang: 0 },
      },
      issues: [{ code: 'custom', path: [] }],
    },
    {
      label: 'every rule broken, in order',
      model: {
        regionLevels: { 'north-pyongan': 100, ryanggang: 0, 'north-hamgyong': 0, chagang: 0 },
        destinationWeights: { china: 30, 'south-korea': 0 },
        crackdownWeights: { normal: 20, intensified: 0 },
        price: { fromFen: 2, toFen: 1, stepFen: 1, rounding: 'floor' },
      },
      issues: [
        { code: 'custom', path: [] },
        { code: 'custom', path: ['destinationWeights', 'south-korea'] },
        { code: 'custom', path: ['crackdownWeights', 'intensified'] },
        { code: 'custom', path: ['price', 'toFen'] },
      ],
    },
  ] as const satisfies readonly {
    label: string;
    model: object;
    issues: readonly { code: string; path: readonly PathSegment[] }[];
  }[];

  it.each(cases)('$label', ({ model, issues }) => {
    expect(found(RentalModelSchema.safeParse({ ...DEFAULT_RENTAL_MODEL, ...model }))).toEqual(
      issues,
    );
  });

  it('does not apply them while a field is invalid on its own', () => {
    const issues = found(
      RentalModelSchema.safeParse({
        ...DEFAULT_RENTAL_MODEL,
        destinationWeights: { china: 30, 'south-korea': 20 },
        price: { ...DEFAULT_RENTAL_MODEL.price, stepFen: 0 },
      }),
    );
    expect(issues.map(({ path }) => path)).toEqual([['price', 'stepFen']]);
    expect(issues.some(({ code }) => code === 'custom')).toBe(false);
  });
});

describe('RentalQuoteInputSchema, the rules across the parts of a merged model', () => {
  const base = { region: 'chagang', destination: 'china' } as const;
  const cases = [
    { label: 'no override: the default model', input: base, issues: [] },
    { label: 'an empty override', input: { ...base, model: {} }, issues: [] },
    {
      label: 'an override that puts south-korea below the default china weight',
      input: {
        ...base,
        model: { regionLevels: { 'north-hamgyong': 40 }, destinationWeights: { china: 31 } },
      },
      issues: [{ code: 'custom', path: ['model', 'destinationWeights', 'south-korea'] }],
    },
    {
      label: 'an override whose levels pass 100 points with the default weights',
      input: { ...base, model: { regionLevels: { chagang: 51 } } },
      issues: [{ code: 'custom', path: ['model'] }],
    },
  ] as const satisfies readonly {
    label: string;
    input: object;
    issues: readonly { code: string; path: readonly PathSegment[] }[];
  }[];

  it.each(cases)('$label', ({ input, issues }) => {
    expect(found(RentalQuoteInputSchema.safeParse(input))).toEqual(issues);
  });
});
