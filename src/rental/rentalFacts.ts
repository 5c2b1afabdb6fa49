import type { Fact } from '../core/index.js';
import { CRACKDOWNS } from './crackdowns.js';
import { DESTINATIONS } from './destinations.js';
import { DEFAULT_RENTAL_MODEL } from './model.js';
import { RENTAL_PRICE_RANGE, RENTAL_USD_RATE } from './priceRange.js';
import { REGIONS } from './regions.js';

/**
 * Every constant of the rental module with its value, unit, grade and sources, for `facts()`.
 *
 * @returns one fact per constant
 * @see dailynk-2020-06-rentals
 * @example
 * ```ts
 * rentalFacts().map((f) => `${f.id}: ${f.grade}`);
 * //=> ['RENTAL_PRICE_RANGE: reported', 'RENTAL_USD_RATE: derived', 'REGIONS: assumed', 'DESTINATIONS: reported', 'CRACKDOWNS: assumed', 'DEFAULT_RENTAL_MODEL: assumed']
 * ```
 */
export function rentalFacts(): readonly Fact[] {
  return [
    {
      id: 'RENTAL_PRICE_RANGE',
      value: {
        min: RENTAL_PRICE_RANGE.min,
        max: RENTAL_PRICE_RANGE.max,
        usdAsReported: RENTAL_PRICE_RANGE.usdAsReported,
      },
      unit: 'Money in minor units (CNY fen, USD cents) per borrowing',
      grade: RENTAL_PRICE_RANGE.grade,
      sources: RENTAL_PRICE_RANGE.sources,
      note: RENTAL_PRICE_RANGE.note,
    },
    {
      id: 'RENTAL_USD_RATE',
      value: { cny: RENTAL_USD_RATE.cny, usd: RENTAL_USD_RATE.usd, asOf: RENTAL_USD_RATE.asOf },
      unit: 'CNY : USD (exact ratio)',
      grade: RENTAL_USD_RATE.grade,
      sources: RENTAL_USD_RATE.sources,
      note: RENTAL_USD_RATE.note,
    },
    {
      id: 'REGIONS',
      value: REGIONS.byId,
      unit: 'default enforcement level in risk points out of 100, by region',
      grade: REGIONS.grade,
      sources: REGIONS.sources,
      note: REGIONS.note,
    },
    {
      id: 'DESTINATIONS',
      value: DESTINATIONS.byId,
      unit: 'reported fine in KPW, by destination',
      grade: DESTINATIONS.grade,
      sources: DESTINATIONS.sources,
      note: DESTINATIONS.note,
    },
    {
      id: 'CRACKDOWNS',
      value: CRACKDOWNS.ids,
      unit: 'crackdown states (the first is the default)',
      grade: CRACKDOWNS.grade,
      sources: CRACKDOWNS.sources,
      note: CRACKDOWNS.note,
    },
    {
      id: 'DEFAULT_RENTAL_MODEL',
      value: {
        regionLevels: DEFAULT_RENTAL_MODEL.regionLevels,
        destinationWeights: DEFAULT_RENTAL_MODEL.destinationWeights,
        crackdownWeights: DEFAULT_RENTAL_MODEL.crackdownWeights,
        price: DEFAULT_RENTAL_MODEL.price,
      },
      unit: 'risk points out of 100; price mapping in CNY fen',
      grade: DEFAULT_RENTAL_MODEL.grade,
      sources: DEFAULT_RENTAL_MODEL.sources,
      note: DEFAULT_RENTAL_MODEL.note,
    },
  ];
}
