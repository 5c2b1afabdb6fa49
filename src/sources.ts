import { KP_MOBILE_PREFIXES, SOURCES, type Fact } from './core/index.js';

export { SOURCES };
export type { Fact, Grade, Provenance, Source, SourceId } from './core/index.js';

/**
 * Every constant the library uses, with its value, unit, grade and the ids of its sources in
 * {@link SOURCES}.
 *
 * @returns the facts, core first, then each module's
 * @example
 * ```ts
 * facts().find((f) => f.id === 'KP_MOBILE_PREFIXES')?.grade;
 * //=> 'reported'
 * ```
 */
export function facts(): readonly Fact[] {
  return [
    {
      id: 'KP_MOBILE_PREFIXES',
      value: KP_MOBILE_PREFIXES.owners,
      unit: 'owner by first three national digits',
      grade: KP_MOBILE_PREFIXES.grade,
      sources: KP_MOBILE_PREFIXES.sources,
      note: KP_MOBILE_PREFIXES.note,
    },
  ];
}
