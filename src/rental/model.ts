import type { Grade, RoundingMode } from '../core/index.js';
import type { Crackdown } from './crackdowns.js';
import type { Destination } from './destinations.js';
import { REGIONS, type RegionId } from './regions.js';

/**
 * How a quote turns a region, destination and crackdown into a price. Every part is a whole
 * number, so the arithmetic is exact:
 *
 * 1. risk points = `regionLevels[region]` + `destinationWeights[destination]` +
 *    `crackdownWeights[crackdown]`, out of 100 (the largest level plus the largest weights may
 *    not exceed 100), and the risk score is points / 100;
 * 2. the price is linear in the score, from `price.fromFen` at score 0 to `price.toFen` at
 *    score 1;
 * 3. it is rounded to a multiple of `price.stepFen` by `price.rounding`;
 * 4. it is clamped into the reported range, RMB 50 to 200.
 *
 * A valid model also keeps South Korea at least as dear as China and an intensified crackdown at
 * least as dear as a normal one, as the reported fines and the reported link between danger and
 * price suggest.
 *
 * @example
 * ```ts
 * DEFAULT_RENTAL_MODEL.price;
 * //=> { fromFen: 5000, toFen: 20000, stepFen: 500, rounding: 'half-up' }
 * ```
 */
export interface RentalModel {
  /** Risk points for each region's enforcement, 0 to 100. */
  readonly regionLevels: Readonly<Record<RegionId, number>>;
  /** Risk points added by each destination, 0 to 100. */
  readonly destinationWeights: Readonly<Record<Destination, number>>;
  /** Risk points added by each crackdown state, 0 to 100. */
  readonly crackdownWeights: Readonly<Record<Crackdown, number>>;
  /** The price mapping from the risk score to fen. */
  readonly price: {
    /** The price at risk score 0, in fen (a whole number, at least 0). */
    readonly fromFen: number;
    /** The price at risk score 1, in fen (at least `fromFen`). */
    readonly toFen: number;
    /** The price is a multiple of this many fen (at least 1). */
    readonly stepFen: number;
    /** How the price is rounded to a multiple of `stepFen`. */
    readonly rounding: RoundingMode;
  };
}

/**
 * A partial {@link RentalModel}: any level, weight or price setting may be left out, and the
 * default fills it in. `grade`, `sources` and `note` describe a model (so a copy of
 * `DEFAULT_RENTAL_MODEL` passes as an override) and change no price; any other field is
 * `invalid_model`.
 *
 * @example
 * ```ts
 * quoteRental({ region: 'chagang', destination: 'china', model: { regionLevels: { chagang: 40 } } }).riskScore;
 * //=> 0.4
 * ```
 */
export interface RentalModelOverride {
  readonly regionLevels?: Readonly<Partial<Record<RegionId, number>>> | undefined;
  readonly destinationWeights?: Readonly<Partial<Record<Destination, number>>> | undefined;
  readonly crackdownWeights?: Readonly<Partial<Record<Crackdown, number>>> | undefined;
  readonly price?: Readonly<Partial<RentalModel['price']>> | undefined;
  readonly grade?: Grade | undefined;
  readonly sources?: readonly string[] | undefined;
  readonly note?: string | undefined;
}

/**
 * The library’s default rental model, all of it assumed: region levels from {@link REGIONS}
 * (North Pyongan 0, Chagang 15, Ryanggang 30, North Hamgyong 50 risk points), South Korea adds
 * 30 and China 0, an intensified crackdown adds 20 and a normal one 0; the price runs linearly
 * from RMB 50 at score 0 to RMB 200 at score 1 and is rounded to the nearest RMB 5 with ties
 * going up. So the safest case (North Pyongan, China, normal) costs the reported minimum and
 * the most dangerous (North Hamgyong, South Korea, intensified) the reported maximum.
 *
 * @see dailynk-2020-06-rentals
 * @see dailynk-detectors
 * @see nktech-2011-fines
 * @example
 * ```ts
 * DEFAULT_RENTAL_MODEL.regionLevels['north-hamgyong'];
 * //=> 50
 * ```
 */
export const DEFAULT_RENTAL_MODEL = Object.freeze({
  regionLevels: Object.freeze({
    'north-pyongan': REGIONS['north-pyongan'].defaultLevel,
    ryanggang: REGIONS.ryanggang.defaultLevel,
    'north-hamgyong': REGIONS['north-hamgyong'].defaultLevel,
    chagang: REGIONS.chagang.defaultLevel,
  }),
  destinationWeights: Object.freeze({ china: 0, 'south-korea': 30 }),
  crackdownWeights: Object.freeze({ normal: 0, intensified: 20 }),
  price: Object.freeze({ fromFen: 5_000, toFen: 20_000, stepFen: 500, rounding: 'half-up' }),
  grade: 'assumed',
  sources: Object.freeze([
    'dailynk-2020-06-rentals',
    'dailynk-detectors',
    'nktech-2011-fines',
  ] as const),
  note: 'The mapping from region, destination and crackdown to a price inside the reported range is a model, not a report. South Korea weighs more than China because its reported fine is heavier; North Hamgyong is the highest region because detectors are reported there; the price is linear in the risk score and rounded to the nearest RMB 5, ties up.',
} as const satisfies RentalModel & Record<string, unknown>);
