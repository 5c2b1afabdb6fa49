/**
 * Where a rented phone calls: China or South Korea, with the fines reported for each.
 *
 * @see nktech-2011-fines
 * @example
 * ```ts
 * DESTINATIONS.byId['south-korea'].reportedFineKpw;
 * //=> { min: 1000000, max: 1000000 }
 * ```
 */
export const DESTINATIONS = Object.freeze({
  ids: Object.freeze(['china', 'south-korea'] as const),
  byId: Object.freeze({
    china: Object.freeze({
      name: 'China',
      reportedFineKpw: Object.freeze({ min: 400_000, max: 600_000 }),
    }),
    'south-korea': Object.freeze({
      name: 'South Korea',
      reportedFineKpw: Object.freeze({ min: 1_000_000, max: 1_000_000 }),
    }),
  } as const),
  grade: 'reported',
  sources: Object.freeze(['nktech-2011-fines'] as const),
  note: 'Fines in KPW for being caught calling each destination, as reported in 2011: KPW 1,000,000 for South Korea against KPW 400,000 to 600,000 for China. How much each destination adds to a rental price is assumed, in DEFAULT_RENTAL_MODEL.',
} as const);

/**
 * Where a rented phone calls.
 *
 * @example
 * ```ts
 * const destination: Destination = 'south-korea';
 * //=> 'south-korea'
 * ```
 */
export type Destination = (typeof DESTINATIONS.ids)[number];
