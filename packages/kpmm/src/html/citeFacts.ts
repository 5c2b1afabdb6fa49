import { facts, type Grade } from 'kp-mobile-money';

/** A fact as a caption cites it: its id, its grade and its sources. */
export interface Citation {
  readonly id: string;
  readonly grade: Grade;
  readonly sources: readonly string[];
}

/**
 * The grade and sources of each named fact, read from the library's `facts()`, so a caption
 * cites what the library cites.
 *
 * @param ids - fact ids, as `kpmm facts` lists them
 * @returns one citation per id, in the order given
 * @throws Error when an id is not a fact (a broken page, not bad input)
 * @example
 * ```ts
 * citeFacts(['MOBILE_WON_PRICE']);
 * //=> [{ id: 'MOBILE_WON_PRICE', grade: 'reported', sources: ['dailynk-2020-06-gifting'] }]
 * ```
 */
export function citeFacts(ids: readonly string[]): Citation[] {
  const all = facts();
  return ids.map((id) => {
    const fact = all.find((f) => f.id === id);
    if (fact === undefined) throw new Error(`no fact ${id}`);
    return { id, grade: fact.grade, sources: [...fact.sources] };
  });
}
