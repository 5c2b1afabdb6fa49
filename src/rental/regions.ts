/**
 * The border provinces a rental quote can be for, by id, in the order the sources name them.
 *
 * @see dailynk-2020-06-rentals
 * @see dailynk-detectors
 * @example
 * ```ts
 * REGIONS.ids;
 * //=> ['north-pyongan', 'ryanggang', 'north-hamgyong', 'chagang']
 * ```
 */
export const REGIONS = Object.freeze({
  ids: Object.freeze(['north-pyongan', 'ryanggang', 'north-hamgyong', 'chagang'] as const),
  byId: Object.freeze({
    'north-pyongan': Object.freeze({
      name: 'North Pyongan',
      places: Object.freeze(['Sinuiju'] as const),
      defaultLevel: 0,
      grade: 'assumed',
      sources: Object.freeze(['dailynk-2020-06-rentals'] as const),
      reason:
        'the rental article comes from a North Pyongan source who describes a going trade, and the sources read report no detectors here, so it is taken as the least policed of the four',
    }),
    ryanggang: Object.freeze({
      name: 'Ryanggang',
      places: Object.freeze(['Hyesan'] as const),
      defaultLevel: 30,
      grade: 'assumed',
      sources: Object.freeze([] as const),
      reason:
        'no source read reports how closely Hyesan is policed; it is placed above North Pyongan and Chagang and below North Hamgyong, where detectors are reported',
    }),
    'north-hamgyong': Object.freeze({
      name: 'North Hamgyong',
      places: Object.freeze(['Hoeryong', 'Musan', 'Chongjin'] as const),
      defaultLevel: 50,
      grade: 'assumed',
      sources: Object.freeze(['dailynk-detectors'] as const),
      reason:
        'radio-wave detectors are reported to make calls almost impossible in Hoeryong and Musan, so it is taken as the most dangerous region',
    }),
    chagang: Object.freeze({
      name: 'Chagang',
      places: Object.freeze([] as const),
      defaultLevel: 15,
      grade: 'assumed',
      sources: Object.freeze([] as const),
      reason:
        'Chagang also borders China, but no source read reports on phone rentals or detectors there; it is placed just above North Pyongan and below Ryanggang',
    }),
  } as const),
  grade: 'assumed',
  sources: Object.freeze(['dailynk-2020-06-rentals', 'dailynk-detectors'] as const),
  note: 'The border regions are named in the sources; each default enforcement level (risk points out of 100, 0 for the least policed of the four) is the library’s assumption, with its reason. North Hamgyong is the highest because detectors are reported there.',
} as const);

/**
 * A border province a rental quote can be for.
 *
 * @example
 * ```ts
 * const region: RegionId = 'north-hamgyong';
 * //=> 'north-hamgyong'
 * ```
 */
export type RegionId = (typeof REGIONS.ids)[number];
