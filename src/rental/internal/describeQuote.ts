import type { RoundingMode } from '../../core/index.js';
import { CRACKDOWNS, type Crackdown } from '../crackdowns.js';
import { DESTINATIONS, type Destination } from '../destinations.js';
import type { RentalModel } from '../model.js';
import { RENTAL_PRICE_RANGE } from '../priceRange.js';
import { REGIONS, type RegionId } from '../regions.js';
import { FULL_POINTS } from './checkModel.js';
import { formatFen, formatRmb, groupDigits } from './format.js';
import type { LooseOverride } from './mergeModel.js';

/** Everything the sentences of a quote need to know. */
export interface QuoteSteps {
  readonly region: RegionId;
  readonly destination: Destination;
  readonly crackdown: Crackdown;
  readonly model: RentalModel;
  readonly override: LooseOverride | undefined;
  readonly points: number;
  /** The linear price before rounding, in hundredths of a fen (exact). */
  readonly linearHundredthsOfFen: bigint;
  readonly roundedFen: bigint;
  readonly estimateFen: number;
  readonly rateDescription: string;
  /** The rate's day, `YYYY-MM-DD`, or null for a caller's undated rate. */
  readonly rateAsOf: string | null;
  readonly usdRounding: RoundingMode;
}

const FROM_CALLER = "caller's model";

function points(n: number): string {
  return n === 1 ? '1 risk point' : `${String(n)} risk points`;
}

function fine(destination: Destination): string {
  const { min, max } = DESTINATIONS[destination].reportedFineKpw;
  return min === max ? `KPW ${groupDigits(min)}` : `KPW ${groupDigits(min)} to ${groupDigits(max)}`;
}

/** How each rounding mode is worded, given the step. */
const ROUNDING_PHRASES: Readonly<Record<RoundingMode, (step: string) => string>> = {
  floor: (step) => `down to a multiple of ${step} (floor)`,
  ceil: (step) => `up to a multiple of ${step} (ceil)`,
  'half-up': (step) => `to the nearest ${step}, ties going up (half-up)`,
  'half-even': (step) => `to the nearest ${step}, ties going to the even multiple (half-even)`,
};

function overriddenParts(override: LooseOverride): string {
  const parts: string[] = [];
  if (override.regionLevels !== undefined) parts.push('region levels');
  if (override.destinationWeights !== undefined) parts.push('destination weights');
  if (override.crackdownWeights !== undefined) parts.push('crackdown weights');
  if (override.price !== undefined) parts.push('price mapping');
  const last = parts.pop();
  if (last === undefined) return 'empty override';
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}

const REPORTED = `Reported: one borrowing costs ${formatFen(RENTAL_PRICE_RANGE.min.minor)} to ${formatFen(RENTAL_PRICE_RANGE.max.minor)} (dailynk-2020-06-rentals); the estimate inside that range is modelled.`;

function destinationSentence(destination: Destination, weight: number): string {
  const other: Destination = destination === 'china' ? 'south-korea' : 'china';
  return `Destination (assumed): calling ${DESTINATIONS[destination].name} adds ${points(weight)}; the reported fine for it is ${fine(destination)}, against ${fine(other)} for calling ${DESTINATIONS[other].name} (nktech-2011-fines).`;
}

/** One plain sentence per step of a quote, in the order the steps run. */
export function describeQuote(s: QuoteSteps): [string, ...string[]] {
  const { model, override } = s;
  const min = RENTAL_PRICE_RANGE.min.minor;
  const max = RENTAL_PRICE_RANGE.max.minor;
  const region = REGIONS[s.region];
  const level = model.regionLevels[s.region];
  const destinationWeight = model.destinationWeights[s.destination];
  const crackdownWeight = model.crackdownWeights[s.crackdown];
  const places = region.places.length === 0 ? '' : ` (${region.places.join(', ')})`;
  const out: [string, ...string[]] = [REPORTED];
  if (override !== undefined) {
    out.push(`Model: the default rental model, with the caller's ${overriddenParts(override)}.`);
  }
  out.push(
    override?.regionLevels?.[s.region] === undefined
      ? `Region (assumed): ${region.name}${places} has an enforcement level of ${points(level)} out of ${String(FULL_POINTS)}, because ${region.reason}.`
      : `Region (${FROM_CALLER}): ${region.name}${places} has an enforcement level of ${points(level)} out of ${String(FULL_POINTS)}.`,
  );
  out.push(
    override?.destinationWeights?.[s.destination] === undefined
      ? destinationSentence(s.destination, destinationWeight)
      : `Destination (${FROM_CALLER}): calling ${DESTINATIONS[s.destination].name} adds ${points(destinationWeight)}.`,
  );
  out.push(
    `Crackdown (${override?.crackdownWeights?.[s.crackdown] === undefined ? 'assumed' : FROM_CALLER}): ${s.crackdown === 'normal' ? 'a normal' : 'an intensified'} crackdown (${CRACKDOWNS[s.crackdown].description}) adds ${points(crackdownWeight)}.`,
  );
  out.push(
    `Risk score: ${String(level)} + ${String(destinationWeight)} + ${String(crackdownWeight)} = ${String(s.points)} of ${String(FULL_POINTS)} risk points, a score of ${String(s.points / FULL_POINTS)}.`,
  );
  const price = override?.price;
  out.push(
    `Price (${price?.fromFen === undefined && price?.toFen === undefined ? 'assumed' : FROM_CALLER}): linear in the risk score, from ${formatFen(model.price.fromFen)} at 0 to ${formatFen(model.price.toFen)} at 1, which gives ${formatRmb(s.linearHundredthsOfFen)}.`,
  );
  out.push(
    `Rounding (${price?.stepFen === undefined && price?.rounding === undefined ? 'assumed' : FROM_CALLER}): ${ROUNDING_PHRASES[model.price.rounding](formatFen(model.price.stepFen))}, which gives ${formatFen(s.roundedFen)}.`,
  );
  if (s.roundedFen < BigInt(min)) {
    out.push(
      `Clamping: ${formatFen(s.roundedFen)} is below the reported minimum, so the estimate is ${formatFen(s.estimateFen)}.`,
    );
  } else if (s.roundedFen > BigInt(max)) {
    out.push(
      `Clamping: ${formatFen(s.roundedFen)} is above the reported maximum, so the estimate is ${formatFen(s.estimateFen)}.`,
    );
  }
  // The date gets its own clause: after the default rate's description it would seem to date the
  // market cross rate that the description rules out.
  const dated = s.rateAsOf === null ? 'undated' : `as of ${s.rateAsOf}`;
  out.push(
    `USD: converted at ${s.rateDescription}; the rate is ${dated}; cents rounded ${s.usdRounding}.`,
  );
  return out;
}
