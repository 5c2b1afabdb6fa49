import fc from 'fast-check';
import { ROUNDING_MODES } from '../../src/core/index.js';
import {
  CRACKDOWNS,
  DESTINATIONS,
  REGIONS,
  type Crackdown,
  type Destination,
  type RegionId,
  type RentalModel,
  type RentalModelOverride,
  type RentalUsdRate,
} from '../../src/rental/index.js';

/** Any known region id. */
export const arbRegionId: fc.Arbitrary<RegionId> = fc.constantFrom(...REGIONS.ids);

/** Any known destination. */
export const arbDestination: fc.Arbitrary<Destination> = fc.constantFrom(...DESTINATIONS.ids);

/** Any known crackdown state. */
export const arbCrackdown: fc.Arbitrary<Crackdown> = fc.constantFrom(...CRACKDOWNS.ids);

/** A region, destination and crackdown: the fields of a plain quote. */
export const arbRentalCase: fc.Arbitrary<{
  region: RegionId;
  destination: Destination;
  crackdown: Crackdown;
}> = fc.record({ region: arbRegionId, destination: arbDestination, crackdown: arbCrackdown });

const MAX = Number.MAX_SAFE_INTEGER;

/** A whole number of fen, mostly near the reported range, sometimes anywhere up to 2^53 − 1. */
const arbFen = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 40_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: MAX }) },
);

/** A valid price mapping: fromFen ≤ toFen, any step and rounding. */
export const arbPriceMapping: fc.Arbitrary<RentalModel['price']> = fc
  .tuple(
    arbFen,
    arbFen,
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 5_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: MAX }) },
    ),
    fc.constantFrom(...ROUNDING_MODES),
  )
  .map(([a, b, stepFen, rounding]) => ({
    fromFen: Math.min(a, b),
    toFen: Math.max(a, b),
    stepFen,
    rounding,
  }));

/**
 * A valid whole rental model: the largest region level and the largest weights share at most
 * 100 risk points, South Korea ≥ China, intensified ≥ normal, fromFen ≤ toFen.
 */
export const arbRentalModel: fc.Arbitrary<RentalModel> = fc
  .integer({ min: 0, max: 100 })
  .chain((regionMax) =>
    fc.integer({ min: 0, max: 100 - regionMax }).chain((destinationMax) =>
      fc.record({
        regionMax: fc.constant(regionMax),
        destinationMax: fc.constant(destinationMax),
        crackdownMax: fc.integer({ min: 0, max: 100 - regionMax - destinationMax }),
      }),
    ),
  )
  .chain(({ regionMax, destinationMax, crackdownMax }) => {
    const level = fc.integer({ min: 0, max: regionMax });
    return fc.record({
      regionLevels: fc.record({
        'north-pyongan': level,
        ryanggang: level,
        'north-hamgyong': level,
        chagang: level,
      }),
      destinationWeights: fc
        .tuple(
          fc.integer({ min: 0, max: destinationMax }),
          fc.integer({ min: 0, max: destinationMax }),
        )
        .map(([a, b]) => ({ china: Math.min(a, b), 'south-korea': Math.max(a, b) })),
      crackdownWeights: fc
        .tuple(fc.integer({ min: 0, max: crackdownMax }), fc.integer({ min: 0, max: crackdownMax }))
        .map(([a, b]) => ({ normal: Math.min(a, b), intensified: Math.max(a, b) })),
      price: arbPriceMapping,
    });
  });

const arbPoints = fc.integer({ min: 0, max: 100 });

/**
 * A partial override whose fields are each in range, but which may break the cross-field rules
 * once the default model fills its gaps.
 */
export const arbRentalModelOverride: fc.Arbitrary<RentalModelOverride> = fc.record(
  {
    regionLevels: fc.record(
      {
        'north-pyongan': arbPoints,
        ryanggang: arbPoints,
        'north-hamgyong': arbPoints,
        chagang: arbPoints,
      },
      { requiredKeys: [] },
    ),
    destinationWeights: fc.record(
      { china: arbPoints, 'south-korea': arbPoints },
      { requiredKeys: [] },
    ),
    crackdownWeights: fc.record(
      { normal: arbPoints, intensified: arbPoints },
      { requiredKeys: [] },
    ),
    price: fc.record(
      {
        fromFen: arbFen,
        toFen: arbFen,
        stepFen: fc.integer({ min: 1, max: 5_000 }),
        rounding: fc.constantFrom(...ROUNDING_MODES),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

/** A valid yuan-to-dollar ratio, from 1 : 1,000,000 to 1,000,000 : 1. */
export const arbUsdRate: fc.Arbitrary<RentalUsdRate> = fc.record({
  cny: fc.integer({ min: 1, max: 1_000_000 }),
  usd: fc.integer({ min: 1, max: 1_000_000 }),
});
