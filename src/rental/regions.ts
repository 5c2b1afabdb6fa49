/**
 * The border provinces a rental quote can be for, by id: each with its places, its assumed
 * enforcement level (risk points out of 100, 0 for the least policed of the four) and the reason
 * for that level.
 *
 * @see dailynk-2020-06-rentals
 * @see dailynk-detectors
 * @example
 * ```ts
 * REGIONS['north-hamgyong'].places;
 * //=> ['Hoeryong', 'Musan', 'Chongjin']
 * ```
 */
export const REGIONS = Object.freeze({
  'north-pyongan': Object.freeze({
    id: 'north-pyongan',
    name: 'North Pyongan',
    places: Object.freeze(['Sinuiju'] as const),
    defaultLevel: 0,
    grade: 'assumed',
    sources: Object.freeze(['dailynk-2020-06-rentals'] as const),
    reason:
      'the rental article comes from a North Pyongan source who describes a going trade, and the sources read report no detectors here, so it is taken as the least policed of the four',
  } as const),
  ryanggang: Object.freeze({
    id: 'ryanggang',
    name: 'Ryanggang',
    places: Object.freeze(['Hyesan'] as const),
    defaultLevel: 30,
    grade: 'assumed',
    sources: Object.freeze([] as const),
    reason:
      'no source read reports how closely Hyesan is policed; it is placed above North Pyongan and Chagang and below North Hamgyong, where detectors are reported',
  } as const),
  'north-hamgyong': Object.freeze({
    id: 'north-hamgyong',
    name: 'North Hamgyong',
    places: Object.freeze(['Hoeryong', 'Musan', 'Chongjin'] as const),
    defaultLevel: 50,
    grade: 'assumed',
    sources: Object.freeze(['dailynk-detectors'] as const),
    reason:
      'radio-wave detectors are reported to make calls almost impossible in Hoeryong and Musan, so it is taken as the most dangerous region',
  } as const),
  chagang: Object.freeze({
    id: 'chagang',
    name: 'Chagang',
    places: Object.freeze([] as const),
    defaultLevel: 15,
    grade: 'assumed',
    sources: Object.freeze([] as const),
    reason:
      'Chagang also borders China, but no source read reports on phone rentals or detectors there; it is placed just above North Pyongan and below Ryanggang',
  } as const),
} as const);

/**
 * The ids of {@link REGIONS}, in the order the sources name them.
 *
 * @example
 * ```ts
 * REGION_IDS;
 * //=> ['north-pyongan', 'ryanggang', 'north-hamgyong', 'chagang']
 * ```
 */
export const REGION_IDS = Object.freeze([
  'north-pyongan',
  'ryanggang',
  'north-hamgyong',
  'chagang',
] as const satisfies readonly (keyof typeof REGIONS)[]);

/**
 * A border province a rental quote can be for: an id of {@link REGIONS}.
 *
 * @example
 * ```ts
 * REGION_IDS.includes('north-hamgyong');
 * //=> true
 * ```
 */
export type RegionId = keyof typeof REGIONS;
