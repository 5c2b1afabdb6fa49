import type { SourceId } from './sources.js';

/**
 * How a figure is known: `reported` (a named publication states it), `derived` (arithmetic on
 * reported figures) or `assumed` (the library's own choice where the sources are silent).
 *
 * @example
 * ```ts
 * MOBILE_WON_PRICE.grade;
 * //=> 'reported'
 * ```
 */
export type Grade = 'reported' | 'derived' | 'assumed';

/**
 * The grade and sources every constant carries.
 *
 * @example
 * ```ts
 * [MOBILE_WON_PRICE.grade, MOBILE_WON_PRICE.sources];
 * //=> ['reported', ['dailynk-2020-06-gifting']]
 * ```
 */
export interface Provenance {
  readonly grade: Grade;
  readonly sources: readonly SourceId[];
}

/**
 * One line of `facts()`: a constant in use, its value and unit, and how it is known.
 *
 * @example
 * ```ts
 * const fact = facts().find((f) => f.id === 'MOBILE_WON_PRICE');
 * [fact?.value, fact?.unit, fact?.grade, fact?.sources];
 * //=> [
 * //   75,
 * //   'KPW cash per won of mobile money',
 * //   'reported',
 * //   ['dailynk-2020-06-gifting']
 * // ]
 * ```
 */
export interface Fact extends Provenance {
  readonly id: string;
  readonly value: unknown;
  readonly unit: string;
  readonly note: string;
}
