import type { Money, RoundingMode, SourceId } from '../core/index.js';
import type { Crackdown } from './crackdowns.js';
import type { Destination } from './destinations.js';
import type { RentalModelOverride } from './model.js';
import type { RegionId } from './regions.js';

/**
 * A yuan-to-dollar ratio given by the caller: `cny` yuan are worth `usd` dollars, both whole
 * numbers (CNY 672 : USD 100 is 6.72 yuan per dollar), with an optional label and an optional
 * `asOf`, the calendar day the rate is for. A rate without `asOf` is undated: the quote says so
 * and its `usd.rate.asOf` is `null`.
 *
 * @example
 * ```ts
 * const { rate } = quoteRental({ region: 'ryanggang', destination: 'china' }).usd;
 * [rate.cny, rate.usd, rate.asOf];
 * //=> [50, 7, '2020-06-17']
 * ```
 */
export interface RentalUsdRate {
  readonly cny: number;
  readonly usd: number;
  /** The day the rate is for, a real date written `YYYY-MM-DD`; leave it out for an undated rate. */
  readonly asOf?: string | undefined;
  readonly label?: string | undefined;
}

/**
 * What {@link quoteRental} takes: where the phone is rented, whom it calls, the state of
 * enforcement (default `normal`), and optionally a partial model, a USD rate (default
 * {@link RENTAL_USD_RATE}) and the rounding of cents (default `half-even`).
 *
 * @example
 * ```ts
 * quoteRental({ region: 'ryanggang', destination: 'china' }).estimate;
 * //=> { currency: 'CNY', minor: 9500 }
 * ```
 */
export interface RentalQuoteInput {
  readonly region: RegionId;
  readonly destination: Destination;
  readonly crackdown?: Crackdown | undefined;
  readonly model?: RentalModelOverride | undefined;
  readonly usdRate?: RentalUsdRate | undefined;
  readonly usdRounding?: RoundingMode | undefined;
}

/**
 * A rental quote. `reported` is the range the source states; `estimate`, `riskPoints` and
 * `riskScore` are modelled; `usd` converts all three amounts at the rate it names and dates;
 * `assumptions` says in plain sentences how the estimate was reached.
 *
 * @example
 * ```ts
 * const quote = quoteRental({ region: 'north-pyongan', destination: 'china' });
 * [quote.estimate, quote.riskScore];
 * //=> [{ currency: 'CNY', minor: 5000 }, 0]
 * ```
 */
export interface RentalQuote {
  readonly region: RegionId;
  readonly destination: Destination;
  readonly crackdown: Crackdown;
  /** The reported price range per borrowing, in CNY. */
  readonly reported: { readonly min: Money; readonly max: Money };
  /** The modelled price, in CNY fen, always inside `reported`. */
  readonly estimate: Money;
  /** The same three amounts in USD cents, at `usd.rate`. */
  readonly usd: {
    readonly min: Money;
    readonly max: Money;
    readonly estimate: Money;
    readonly rate: {
      readonly cny: number;
      readonly usd: number;
      /**
       * The day of the rate, `YYYY-MM-DD`: `RENTAL_USD_RATE.asOf` (`2020-06-17`) for the default
       * rate, the caller's `usdRate.asOf` otherwise, or `null` for a caller's rate given undated.
       */
      readonly asOf: string | null;
      readonly label: string;
      readonly rounding: RoundingMode;
    };
  };
  /** Risk points out of 100: region level + destination weight + crackdown weight. */
  readonly riskPoints: number;
  /** `riskPoints / 100`, in [0, 1], for display; the price is computed from the points. */
  readonly riskScore: number;
  /** True when the model's price fell outside the reported range and was clamped into it. */
  readonly clamped: boolean;
  /** One plain sentence per modelled step, never empty. */
  readonly assumptions: readonly [string, ...string[]];
  /** The ids of the sources the quote rests on. */
  readonly sources: readonly SourceId[];
}
