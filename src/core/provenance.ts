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
 * const p: Provenance = { grade: 'reported', sources: ['dailynk-2020-06-gifting'] };
 * //=> { grade: 'reported', sources: ['dailynk-2020-06-gifting'] }
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
 * const fact: Fact = {
 *   id: 'MOBILE_WON_PRICE', value: 75, unit: 'KPW cash per won of mobile money',
 *   grade: 'reported', sources: ['dailynk-2020-06-gifting'], note: 'June 2020',
 * };
 * //=> { id: 'MOBILE_WON_PRICE', … }
 * ```
 */
export interface Fact extends Provenance {
  readonly id: string;
  readonly value: unknown;
  readonly unit: string;
  readonly note: string;
}
