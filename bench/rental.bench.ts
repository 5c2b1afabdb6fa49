import { bench, describe } from 'vitest';
import { rental } from './built.js';

const { CRACKDOWN_IDS, DESTINATION_IDS, REGION_IDS, RentalQuoteInputSchema, quoteRental } = rental;

// All 16 combinations, so neither side can be folded into a constant.
const CASES = REGION_IDS.flatMap((region) =>
  DESTINATION_IDS.flatMap((destination) =>
    CRACKDOWN_IDS.map((crackdown) => ({ region, destination, crackdown })),
  ),
);
// The same inputs with a default option spelt out.
const SPELT = CASES.map((c) => ({ ...c, usdRounding: 'half-even' as const }));
const WITH_MODEL = CASES.map((c) => ({ ...c, model: { price: { stepFen: 100 } } }));

const POINTS = { 'north-pyongan': 0, chagang: 15, ryanggang: 30, 'north-hamgyong': 50 } as const;

let sink = 0;

describe('quote all 16 default combinations per iteration', () => {
  bench('quoteRental (checks, quote and its sentences)', () => {
    for (const input of CASES) sink += quoteRental(input).estimate.minor;
  });
  bench('quoteRental with usdRounding spelt out', () => {
    for (const input of SPELT) sink += quoteRental(input).estimate.minor;
  });
  bench('RentalQuoteInputSchema.parse alone (zod/mini validation, no quote)', () => {
    for (const input of SPELT) sink += RentalQuoteInputSchema.parse(input).region.length;
  });
  bench('float one-liner, no validation or assumptions (unchecked floor)', () => {
    for (const input of CASES) {
      const points =
        POINTS[input.region] +
        (input.destination === 'south-korea' ? 30 : 0) +
        (input.crackdown === 'intensified' ? 20 : 0);
      sink += Math.floor((5_000 + 150 * points) / 500 + 0.5) * 500;
    }
  });
});

describe('quote with a model override (16 per iteration)', () => {
  bench('quoteRental({ ..., model: { price: { stepFen: 100 } } })', () => {
    for (const input of WITH_MODEL) sink += quoteRental(input).estimate.minor;
  });
  bench('quoteRental without override', () => {
    for (const input of CASES) sink += quoteRental(input).estimate.minor;
  });
});

// Keeps the results alive, so the engine cannot drop the work.
export { sink };
