/**
 * The states of enforcement at the time of a rental, by id: `normal` (the default of a quote) or
 * `intensified`. Both states, and that an intensified crackdown raises the price, are assumed.
 *
 * @see dailynk-2020-06-rentals
 * @example
 * ```ts
 * CRACKDOWNS.intensified.description;
 * //=> 'a campaign against Chinese phones is under way'
 * ```
 */
export const CRACKDOWNS = Object.freeze({
  normal: Object.freeze({
    id: 'normal',
    name: 'normal',
    description: 'enforcement as usual',
    grade: 'assumed',
    sources: Object.freeze(['dailynk-2020-06-rentals'] as const),
  } as const),
  intensified: Object.freeze({
    id: 'intensified',
    name: 'intensified',
    description: 'a campaign against Chinese phones is under way',
    grade: 'assumed',
    sources: Object.freeze(['dailynk-2020-06-rentals'] as const),
  } as const),
} as const);

/**
 * The ids of {@link CRACKDOWNS}; the first is a quote's default.
 *
 * @example
 * ```ts
 * CRACKDOWN_IDS;
 * //=> ['normal', 'intensified']
 * ```
 */
export const CRACKDOWN_IDS = Object.freeze([
  'normal',
  'intensified',
] as const satisfies readonly (keyof typeof CRACKDOWNS)[]);

/** The crackdown of a quote that names none. */
export const DEFAULT_CRACKDOWN = CRACKDOWN_IDS[0];

/**
 * The state of enforcement at the time of a rental: an id of {@link CRACKDOWNS}.
 *
 * @example
 * ```ts
 * CRACKDOWN_IDS.indexOf('intensified');
 * //=> 1
 * ```
 */
export type Crackdown = keyof typeof CRACKDOWNS;
