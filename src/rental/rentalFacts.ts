import { deepFreeze } from '../core/internal/freeze.js';
import type { Fact, SourceId } from '../core/index.js';
import { CRACKDOWN_IDS, CRACKDOWNS } from './crackdowns.js';
import { DESTINATIONS } from './destinations.js';
import { DEFAULT_RENTAL_MODEL } from './model.js';
import { RENTAL_PRICE_RANGE, RENTAL_USD_RATE } from './priceRange.js';
import { REGIONS } from './regions.js';

/** The sources of a table's entries, each once, in order. */
function sourcesOf(
  table: Readonly<Record<string, { readonly sources: readonly SourceId[] }>>,
): readonly SourceId[] {
  return [...new Set(Object.values(table).flatMap((entry) => entry.sources))];
}

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
  return deepFreeze([
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
      value: REGIONS,
      unit: 'default enforcement level in risk points out of 100, by region',
      grade: 'assumed',
      sources: sourcesOf(REGIONS),
      note: 'The border regions are named in the sources; each default enforcement level (risk points out of 100, 0 for the least policed of the four) is the library’s assumption, with its reason. North Hamgyong is the highest because detectors are reported there.',
    },
    {
      id: 'DESTINATIONS',
      value: DESTINATIONS,
      unit: 'reported fine in KPW, by destination',
      grade: 'reported',
      sources: sourcesOf(DESTINATIONS),
      note: 'Fines in KPW for being caught calling each destination, as reported in 2011: KPW 1,000,000 for South Korea against KPW 400,000 to 600,000 for China. How much each destination adds to a rental price is assumed, in DEFAULT_RENTAL_MODEL.',
    },
    {
      id: 'CRACKDOWNS',
      value: CRACKDOWN_IDS,
      unit: 'crackdown states (the first is the default)',
      grade: 'assumed',
      sources: sourcesOf(CRACKDOWNS),
      note: 'The article reports that prices rise with the danger; the two crackdown states, and that an intensified crackdown raises the price, are the library’s assumptions.',
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
  ]);
}
