/**
 * The state of enforcement at the time of a rental: `normal` (the default) or `intensified`.
 *
 * @see dailynk-2020-06-rentals
 * @example
 * ```ts
 * CRACKDOWNS.defaultId;
 * //=> 'normal'
 * ```
 */
export const CRACKDOWNS = Object.freeze({
  ids: Object.freeze(['normal', 'intensified'] as const),
  defaultId: 'normal',
  byId: Object.freeze({
    normal: Object.freeze({ name: 'normal', description: 'enforcement as usual' }),
    intensified: Object.freeze({
      name: 'intensified',
      description: 'a campaign against Chinese phones is under way',
    }),
  } as const),
  grade: 'assumed',
  sources: Object.freeze(['dailynk-2020-06-rentals'] as const),
  note: 'The article reports that prices rise with the danger; the two crackdown states, and that an intensified crackdown raises the price, are the library’s assumptions.',
} as const);

/**
 * The state of enforcement at the time of a rental.
 *
 * @example
 * ```ts
 * const crackdown: Crackdown = 'intensified';
 * //=> 'intensified'
 * ```
 */
export type Crackdown = (typeof CRACKDOWNS.ids)[number];
