import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES } from '../../src/core/index.js';
import { mergeModel } from '../../src/rental/internal/mergeModel.js';
import {
  DEFAULT_RENTAL_MODEL,
  RENTAL_PRICE_RANGE,
  RentalModelSchema,
  quoteRental,
  safeQuoteRental,
} from '../../src/rental/index.js';
import {
  arbCrackdown,
  arbDestination,
  arbRegionId,
  arbRentalCase,
  arbRentalModel,
  arbRentalModelOverride,
  arbUsdRate,
} from './arbitraries.js';

const MIN = RENTAL_PRICE_RANGE.min.minor;
const MAX = RENTAL_PRICE_RANGE.max.minor;

describe('quoteRental laws', () => {
  it('the estimate is a whole number of fen inside the reported range, for any valid model', () => {
    fc.assert(
      fc.property(arbRentalCase, arbRentalModel, (c, model) => {
        const { estimate } = quoteRental({ ...c, model });
        expect(estimate.currency).toBe('CNY');
        expect(Number.isSafeInteger(estimate.minor)).toBe(true);
        expect(estimate.minor).toBeGreaterThanOrEqual(MIN);
        expect(estimate.minor).toBeLessThanOrEqual(MAX);
      }),
    );
  });

  it('an unclamped estimate is a multiple of the step, within one step of the linear price', () => {
    fc.assert(
      fc.property(arbRentalCase, arbRentalModel, (c, model) => {
        const quote = quoteRental({ ...c, model });
        if (quote.clamped) return;
        const { fromFen, toFen, stepFen } = model.price;
        const estimate = BigInt(quote.estimate.minor);
        expect(estimate % BigInt(stepFen)).toBe(0n);
        // |estimate − linear| < step, with linear = fromFen + (toFen − fromFen) × points / 100.
        const linearTimes100 =
          BigInt(fromFen) * 100n + BigInt(toFen - fromFen) * BigInt(quote.riskPoints);
        const gap = estimate * 100n - linearTimes100;
        expect(gap < 0n ? -gap : gap).toBeLessThan(BigInt(stepFen) * 100n);
      }),
    );
  });

  it('calling South Korea costs at least as much as calling China', () => {
    fc.assert(
      fc.property(arbRegionId, arbCrackdown, arbRentalModel, (region, crackdown, model) => {
        const china = quoteRental({ region, destination: 'china', crackdown, model });
        const korea = quoteRental({ region, destination: 'south-korea', crackdown, model });
        expect(korea.estimate.minor).toBeGreaterThanOrEqual(china.estimate.minor);
        expect(korea.riskScore).toBeGreaterThanOrEqual(china.riskScore);
      }),
    );
  });

  it('an intensified crackdown costs at least as much as a normal one', () => {
    fc.assert(
      fc.property(arbRegionId, arbDestination, arbRentalModel, (region, destination, model) => {
        const normal = quoteRental({ region, destination, crackdown: 'normal', model });
        const intensified = quoteRental({ region, destination, crackdown: 'intensified', model });
        expect(intensified.estimate.minor).toBeGreaterThanOrEqual(normal.estimate.minor);
      }),
    );
  });

  it('a riskier region costs at least as much as a safer one', () => {
    fc.assert(
      fc.property(
        arbRegionId,
        arbRegionId,
        arbDestination,
        arbCrackdown,
        arbRentalModel,
        (a, b, destination, crackdown, model) => {
          const [riskier, safer] = model.regionLevels[a] >= model.regionLevels[b] ? [a, b] : [b, a];
          const high = quoteRental({ region: riskier, destination, crackdown, model });
          const low = quoteRental({ region: safer, destination, crackdown, model });
          expect(high.estimate.minor).toBeGreaterThanOrEqual(low.estimate.minor);
        },
      ),
    );
  });

  it('under the default model, North Hamgyong, South Korea, intensified is the dearest', () => {
    const dearest = quoteRental({
      region: 'north-hamgyong',
      destination: 'south-korea',
      crackdown: 'intensified',
    }).estimate.minor;
    fc.assert(
      fc.property(arbRentalCase, (c) => {
        expect(quoteRental(c).estimate.minor).toBeLessThanOrEqual(dearest);
      }),
    );
  });

  it('assumptions are never empty, and mention clamping exactly when it happened', () => {
    fc.assert(
      fc.property(arbRentalCase, fc.option(arbRentalModel, { nil: undefined }), (c, model) => {
        const quote = quoteRental(model === undefined ? c : { ...c, model });
        expect(quote.assumptions.length).toBeGreaterThan(0);
        for (const sentence of quote.assumptions) expect(sentence.trim()).not.toBe('');
        expect(quote.assumptions.some((s) => s.startsWith('Clamping'))).toBe(quote.clamped);
        expect(quote.riskScore).toBeGreaterThanOrEqual(0);
        expect(quote.riskScore).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('the USD estimate lies between the USD minimum and maximum, at any rate and rounding', () => {
    fc.assert(
      fc.property(
        arbRentalCase,
        arbUsdRate,
        fc.constantFrom(...ROUNDING_MODES),
        (c, usdRate, usdRounding) => {
          const { usd } = quoteRental({ ...c, usdRate, usdRounding });
          expect(usd.estimate.minor).toBeGreaterThanOrEqual(usd.min.minor);
          expect(usd.estimate.minor).toBeLessThanOrEqual(usd.max.minor);
          expect(usd.rate).toMatchObject({
            cny: usdRate.cny,
            usd: usdRate.usd,
            asOf: usdRate.asOf ?? null,
            rounding: usdRounding,
          });
        },
      ),
    );
  });

  it('an override is accepted exactly when the merged model passes RentalModelSchema', () => {
    fc.assert(
      fc.property(arbRentalCase, arbRentalModelOverride, (c, model) => {
        const merged = mergeModel(DEFAULT_RENTAL_MODEL, model);
        const result = safeQuoteRental({ ...c, model });
        expect(result.success).toBe(RentalModelSchema.safeParse(merged).success);
        if (!result.success) expect(result.error.code).toBe('invalid_model');
      }),
    );
  });

  it('a default option spelt out gives the same quote, an empty override the same estimate', () => {
    fc.assert(
      fc.property(arbRentalCase, (c) => {
        expect(quoteRental({ ...c, usdRounding: 'half-even' })).toEqual(quoteRental(c));
        expect(quoteRental({ ...c, model: {} }).estimate).toEqual(quoteRental(c).estimate);
      }),
    );
  });
});
