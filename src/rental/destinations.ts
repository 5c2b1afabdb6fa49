/**
 * Where a rented phone calls, by id: China or South Korea, with the fines reported for each.
 *
 * @see nktech-2011-fines
 * @example
 * ```ts
 * DESTINATIONS['south-korea'].reportedFineKpw;
 * //=> { min: 1000000, max: 1000000 }
 * ```
 */
export const DESTINATIONS = Object.freeze({
  china: Object.freeze({
    id: 'china',
    name: 'China',
    reportedFineKpw: Object.freeze({ min: 400_000, max: 600_000 }),
    grade: 'reported',
    sources: Object.freeze(['nktech-2011-fines'] as const),
  } as const),
  'south-korea': Object.freeze({
    id: 'south-korea',
    name: 'South Korea',
    reportedFineKpw: Object.freeze({ min: 1_000_000, max: 1_000_000 }),
    grade: 'reported',
    sources: Object.freeze(['nktech-2011-fines'] as const),
  } as const),
} as const);

/**
 * The ids of {@link DESTINATIONS}.
 *
 * @example
 * ```ts
 * DESTINATION_IDS;
 * //=> ['china', 'south-korea']
 * ```
 */
export const DESTINATION_IDS = Object.freeze([
  'china',
  'south-korea',
] as const satisfies readonly (keyof typeof DESTINATIONS)[]);

/**
 * Where a rented phone calls: an id of {@link DESTINATIONS}.
 *
 * @example
 * ```ts
 * DESTINATIONS.china.name;
 * //=> 'China'
 * ```
 */
export type Destination = keyof typeof DESTINATIONS;
