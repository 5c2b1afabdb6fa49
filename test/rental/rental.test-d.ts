import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { Money, SafeResult } from '../../src/core/index.js';
import {
  quoteRental,
  safeQuoteRental,
  type Crackdown,
  type Destination,
  type RegionId,
  type RentalModel,
  type RentalModelSchema,
  type RentalQuote,
  type RentalQuoteInput,
  type RentalUsdRate,
} from '../../src/rental/index.js';

describe('rental types', () => {
  it('names the regions, destinations and crackdowns as literal unions', () => {
    expectTypeOf<RegionId>().toEqualTypeOf<
      'north-pyongan' | 'ryanggang' | 'north-hamgyong' | 'chagang'
    >();
    expectTypeOf<Destination>().toEqualTypeOf<'china' | 'south-korea'>();
    expectTypeOf<Crackdown>().toEqualTypeOf<'normal' | 'intensified'>();
  });

  it('refuses unknown regions, destinations and crackdowns at compile time', () => {
    // @ts-expect-error: not a region
    quoteRental({ region: 'south-hamgyong', destination: 'china' });
    // @ts-expect-error: not a destination
    quoteRental({ region: 'chagang', destination: 'japan' });
    // @ts-expect-error: not a crackdown
    quoteRental({ region: 'chagang', destination: 'china', crackdown: 'total' });
    // @ts-expect-error: destination is required
    quoteRental({ region: 'chagang' });
  });

  it('returns Money amounts and a safe twin', () => {
    expectTypeOf(quoteRental).returns.toEqualTypeOf<RentalQuote>();
    expectTypeOf<RentalQuote['estimate']>().toEqualTypeOf<Money>();
    expectTypeOf<RentalQuote['usd']['estimate']>().toEqualTypeOf<Money>();
    expectTypeOf(safeQuoteRental).returns.toEqualTypeOf<SafeResult<RentalQuote>>();
    expectTypeOf<RentalQuote['assumptions']>().toEqualTypeOf<readonly [string, ...string[]]>();
  });

  it('dates the rate of a quote, or says it is undated with null', () => {
    expectTypeOf<RentalQuote['usd']['rate']['asOf']>().toEqualTypeOf<string | null>();
    expectTypeOf<RentalUsdRate['asOf']>().toEqualTypeOf<string | undefined>();
    expectTypeOf({ cny: 672, usd: 100, asOf: '2020-06-17' } as const).toExtend<RentalUsdRate>();
    quoteRental({
      region: 'chagang',
      destination: 'china',
      // @ts-expect-error: asOf is a string written YYYY-MM-DD, not a Date
      usdRate: { cny: 1, usd: 1, asOf: new Date() },
    });
  });

  it('keeps the schema and the model type in step', () => {
    expectTypeOf<z.infer<typeof RentalModelSchema>>().toExtend<RentalModel>();
  });

  it('accepts a partial model override', () => {
    expectTypeOf({
      region: 'chagang',
      destination: 'china',
      model: { regionLevels: { chagang: 40 } },
    } as const).toExtend<RentalQuoteInput>();
  });
});
