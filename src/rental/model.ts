import type { Grade, RoundingMode } from '../core/index.js';
import type { Crackdown } from './crackdowns.js';
import type { Destination } from './destinations.js';
import { REGIONS, type RegionId } from './regions.js';

/**
 * How a quote turns a region, destination and crackdown into a price, in whole numbers: their
 * risk points (at most 100 together) over 100 are the score; the price runs linearly from
 * `price.fromFen` (score 0) to `price.toFen` (score 1), is rounded to a multiple of `stepFen` by
 * `rounding` and clamped to RMB 50–200. South Korea and an intensified crackdown are never
 * cheaper than China and a normal one. Cases: the quoteRental and RentalModelSchema tables.
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
 * The library’s default rental model, all of it assumed: levels from {@link REGIONS}, South Korea
 * +30, an intensified crackdown +20, RMB 50 to 200 rounded half-up to RMB 5, so the safest case
 * costs the reported minimum and the most dangerous the maximum (every case in a table test).
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
