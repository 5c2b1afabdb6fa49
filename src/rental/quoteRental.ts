import { toSafe, type SafeResult } from '../core/index.js';
import { ownCopy } from '../core/internal/fields.js';
import { DEFAULT_CRACKDOWN } from './crackdowns.js';
import { assertQuoteInput } from './internal/checkQuoteInput.js';
import { computeQuote, type ResolvedRate } from './internal/computeQuote.js';
import { mergeModel } from './internal/mergeModel.js';
import { DEFAULT_RENTAL_MODEL } from './model.js';
import { RENTAL_USD_RATE } from './priceRange.js';
import type { RentalQuote, RentalQuoteInput } from './types.js';

const DEFAULT_RATE: ResolvedRate = {
  cny: RENTAL_USD_RATE.cny,
  usd: RENTAL_USD_RATE.usd,
  asOf: RENTAL_USD_RATE.asOf,
  label: RENTAL_USD_RATE.label,
  description: RENTAL_USD_RATE.label,
};

/**
 * Quotes the rental of a Chinese phone for one call: the reported price range, a modelled
 * estimate inside it (in whole fen), the risk score behind the estimate, USD figures at a
 * labelled and dated rate, and one plain sentence per modelled step. The estimate is never outside the
 * reported range: a model that prices beyond it is clamped, and `assumptions` says so.
 *
 * @param input - region, destination, optional crackdown (default `normal`), optional partial
 *   `model` (see {@link RentalModel}), optional `usdRate` `{ cny, usd, asOf?, label? }` (default
 *   {@link RENTAL_USD_RATE}) and `usdRounding` (default `half-even`)
 * @returns the quote; `usd.rate.asOf` is the rate's day, `2020-06-17` for the default rate and
 *   `null` for a caller's rate without `asOf` (an undated rate, which `assumptions` calls so)
 * @throws KpmmError `unknown_region`, `unknown_destination`, `unknown_crackdown`,
 *   `invalid_model`, `invalid_rate`, `invalid_rounding`, `invalid_input` (not an object, or an
 *   unknown field), `out_of_range` (a caller's rate whose USD figures pass 2^53 cents)
 * @see dailynk-2020-06-rentals
 * @example
 * ```ts
 * const quote = quoteRental({ region: 'north-hamgyong', destination: 'south-korea', crackdown: 'intensified' });
 * [quote.estimate, quote.usd.estimate, quote.riskScore];
 * //=> [{ currency: 'CNY', minor: 20000 }, { currency: 'USD', minor: 2800 }, 1]
 * ```
 */
export function quoteRental(input: RentalQuoteInput): RentalQuote {
  assertQuoteInput(input);
  // Read from a copy without prototypes: an absent option is undefined, whatever is inherited.
  const { region, destination, crackdown, model, usdRate, usdRounding } = ownCopy(input);
  let rate = DEFAULT_RATE;
  if (usdRate !== undefined) {
    const ratio = `the caller's rate, CNY ${String(usdRate.cny)} : USD ${String(usdRate.usd)}`;
    rate = {
      cny: usdRate.cny,
      usd: usdRate.usd,
      asOf: usdRate.asOf ?? null,
      label: usdRate.label ?? ratio,
      description: usdRate.label === undefined ? ratio : `${ratio} (${usdRate.label})`,
    };
  }
  return computeQuote(
    region,
    destination,
    crackdown ?? DEFAULT_CRACKDOWN,
    mergeModel(DEFAULT_RENTAL_MODEL, model),
    model,
    rate,
    usdRounding ?? 'half-even',
  );
}

/**
 * The non-throwing twin of {@link quoteRental}.
 *
 * @param input - as for {@link quoteRental}
 * @returns `{ success: true, data }` with the quote, or `{ success: false, error }` with a
 *   KpmmError
 * @example
 * ```ts
 * safeQuoteRental({ region: 'south-hamgyong', destination: 'china' } as never).success;
 * //=> false
 * ```
 */
export const safeQuoteRental: (input: RentalQuoteInput) => SafeResult<RentalQuote> =
  toSafe(quoteRental);
