import { deepFreeze } from '../core/internal/freeze.js';
import type { Fact } from '../core/index.js';
import { DAILY_CAP_2020, LIMITS_2022 } from './policies.js';
import type { TransferPolicy } from './types.js';

/** The unit of a policy's figures, naming only the rules it has and its own window. */
function unitOf({ rules, window }: TransferPolicy): string {
  const day =
    window === 'calendar-day' ? 'Pyongyang day' : `rolling ${String(window.rollingHours)} hours`;
  return rules
    .map((rule) =>
      rule.kind === 'sender-daily'
        ? `transfers and won per sender per ${day}`
        : 'transfers per sender and recipient per Pyongyang month',
    )
    .join('; ');
}

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
  return deepFreeze(
    [DAILY_CAP_2020, LIMITS_2022].map((policy) => ({
      id: policy.id,
      value: { rules: policy.rules, window: policy.window, effectiveFrom: policy.effectiveFrom },
      unit: unitOf(policy),
      grade: policy.grade,
      sources: policy.sources,
      note: `${policy.note} Assumed: ${policy.assumptions.join(' ')}`,
    })),
  );
}
