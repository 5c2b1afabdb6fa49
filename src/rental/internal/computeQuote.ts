import {
  divideRounded,
  toSafeInteger,
  type Money,
  type RoundingMode,
  type SourceId,
} from '../../core/index.js';
import type { Crackdown } from '../crackdowns.js';
import { DESTINATIONS, type Destination } from '../destinations.js';
import type { RentalModel } from '../model.js';
import { RENTAL_PRICE_RANGE } from '../priceRange.js';
import { REGIONS, type RegionId } from '../regions.js';
import type { RentalQuote } from '../types.js';
import { FULL_POINTS } from './checkModel.js';
import { describeQuote } from './describeQuote.js';
import type { LooseOverride } from './mergeModel.js';

/**
 * A checked yuan-to-dollar ratio with its day (null for a caller's undated rate), its label, and
 * how the assumptions describe it.
 */
export interface ResolvedRate {
  readonly cny: number;
  readonly usd: number;
  readonly asOf: string | null;
  readonly label: string;
  readonly description: string;
}

const FULL = BigInt(FULL_POINTS);

function toUsd(fen: number, rate: ResolvedRate, rounding: RoundingMode): Money {
  const cents = divideRounded(BigInt(fen) * BigInt(rate.usd), BigInt(rate.cny), rounding);
  return Object.freeze({ currency: 'USD', minor: toSafeInteger(cents, ['usdRate']) });
}

/** The range's sources, then the region's and the fines', each once, in that order. */
function sourcesOf(region: RegionId, destination: Destination): readonly SourceId[] {
  const ids = new Set<SourceId>([
    ...RENTAL_PRICE_RANGE.sources,
    ...REGIONS[region].sources,
    ...DESTINATIONS[destination].sources,
  ]);
  return Object.freeze([...ids]);
}

/** The unchecked core of quoteRental: every argument has been validated. */
export function computeQuote(
  region: RegionId,
  destination: Destination,
  crackdown: Crackdown,
  model: RentalModel,
  override: LooseOverride | undefined,
  rate: ResolvedRate,
  usdRounding: RoundingMode,
): RentalQuote {
  const points =
    model.regionLevels[region] +
    model.destinationWeights[destination] +
    model.crackdownWeights[crackdown];
  const { fromFen, toFen, stepFen, rounding } = model.price;
  // The linear price in hundredths of a fen: fromFen + (toFen - fromFen) * points / 100, times 100.
  const linear = BigInt(fromFen) * FULL + BigInt(toFen - fromFen) * BigInt(points);
  const step = BigInt(stepFen);
  const roundedFen = divideRounded(linear, FULL * step, rounding) * step;
  // A rounded price past 2^53 fen loses precision as a number, but stays above the maximum.
  const estimateFen = Math.min(
    Math.max(Number(roundedFen), RENTAL_PRICE_RANGE.min.minor),
    RENTAL_PRICE_RANGE.max.minor,
  );
  const assumptions = describeQuote({
    region,
    destination,
    crackdown,
    model,
    override,
    points,
    linearHundredthsOfFen: linear,
    roundedFen,
    estimateFen,
    rateDescription: rate.description,
    rateAsOf: rate.asOf,
    usdRounding,
  });
  return Object.freeze({
    region,
    destination,
    crackdown,
    reported: Object.freeze({ min: RENTAL_PRICE_RANGE.min, max: RENTAL_PRICE_RANGE.max }),
    estimate: Object.freeze({ currency: 'CNY', minor: estimateFen }),
    usd: Object.freeze({
      min: toUsd(RENTAL_PRICE_RANGE.min.minor, rate, usdRounding),
      max: toUsd(RENTAL_PRICE_RANGE.max.minor, rate, usdRounding),
      estimate: toUsd(estimateFen, rate, usdRounding),
      rate: Object.freeze({
        cny: rate.cny,
        usd: rate.usd,
        asOf: rate.asOf,
        label: rate.label,
        rounding: usdRounding,
      }),
    }),
    riskPoints: points,
    riskScore: points / FULL_POINTS,
    clamped: BigInt(estimateFen) !== roundedFen,
    assumptions: Object.freeze(assumptions),
    sources: sourcesOf(region, destination),
  });
}
