import { KP_MOBILE_PREFIXES, SOURCES, type Fact } from './core/index.js';
import { capFacts } from './cap/index.js';
import { exchangeFacts } from './exchange/index.js';
import { rentalFacts } from './rental/index.js';
import { ussdFacts } from './ussd/index.js';

export { SOURCES };
export type { Fact, Grade, Provenance, Source, SourceId } from './core/index.js';
// The error the library throws, so that an app importing only this entry point can recognise it.
export { KPMM_ERROR_CODES, KpmmError, isKpmmError } from './core/index.js';
export type { KpmmErrorCode, KpmmIssue, PathSegment, SafeResult } from './core/index.js';

const CORE_FACTS: readonly Fact[] = Object.freeze(
  (
    [
      {
        id: 'KP_MOBILE_PREFIXES',
        value: KP_MOBILE_PREFIXES.owners,
        unit: 'owner by the first three national digits',
        grade: KP_MOBILE_PREFIXES.grade,
        sources: KP_MOBILE_PREFIXES.sources,
        note: KP_MOBILE_PREFIXES.note,
      },
      {
        id: 'PYONGYANG_TIME_ZONE',
        value: 'Asia/Pyongyang',
        unit: 'IANA time zone of every day and month boundary',
        grade: 'reported',
        sources: Object.freeze(['tzdb-asia-pyongyang'] as const),
        note: 'UTC+9 until 2015-08-14T15:00Z, UTC+8:30 until 2018-05-04T15:00Z, UTC+9 since; days and months are counted in this zone (an assumption of the cap rules, listed with them).',
      },
    ] satisfies Fact[]
  ).map((fact) => Object.freeze(fact)),
);

/**
 * Every constant the library uses, with its value, unit, grade and the ids of its sources in
 * {@link SOURCES}: the core's first, then each module's, each id once.
 *
 * @returns the facts
 * @example
 * ```ts
 * facts().find((f) => f.id === 'MOBILE_WON_PRICE')?.value;
 * //=> 75
 * ```
 */
export function facts(): readonly Fact[] {
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const fact of [
    ...CORE_FACTS,
    ...ussdFacts(),
    ...capFacts(),
    ...exchangeFacts(),
    ...rentalFacts(),
  ]) {
    if (seen.has(fact.id)) continue;
    seen.add(fact.id);
    out.push(fact);
  }
  // Each module's facts come frozen all the way down, as do the core's here.
  return Object.freeze(out);
}
