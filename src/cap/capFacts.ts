import type { Fact } from '../core/index.js';
import { DAILY_CAP_2020, LIMITS_2022 } from './policies.js';

/**
 * Every constant of the cap module with its value, unit, grade and sources: the two built-in
 * policies, with their assumptions spelled out in the note.
 *
 * @returns the facts of `DAILY_CAP_2020` and `LIMITS_2022`
 * @example
 * ```ts
 * capFacts().map((f) => [f.id, f.grade]);
 * //=> [['DAILY_CAP_2020', 'reported'], ['LIMITS_2022', 'reported']]
 * ```
 */
export function capFacts(): readonly Fact[] {
  return [DAILY_CAP_2020, LIMITS_2022].map((policy) => ({
    id: policy.id,
    value: { rules: policy.rules, window: policy.window, effectiveFrom: policy.effectiveFrom },
    unit: 'transfers and won per sender per Pyongyang day; transfers per recipient per Pyongyang month',
    grade: policy.grade,
    sources: policy.sources,
    note: `${policy.note} Assumed: ${policy.assumptions.join(' ')}`,
  }));
}
