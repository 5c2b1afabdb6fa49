import { toSafe, type SafeResult } from '../core/index.js';
import { parseCheckedPolicy } from './internal/compilePolicy.js';
import type { TransferPolicy } from './types.js';

const ROOT: readonly [] = Object.freeze([]);

/**
 * Checks a transfer policy and returns it frozen, with only the fields of a policy: a built-in
 * policy as it is, any other as a deep copy, so that later changes to the caller's object change
 * nothing. Checking a transfer under a parsed policy compiles it once, not on every call.
 *
 * @param value - a policy, such as one read from JSON
 * @returns the checked policy, frozen all the way down
 * @throws KpmmError `invalid_policy`, one issue per problem, at its path in the policy
 * @example
 * ```ts
 * const weekly = parsePolicy({ ...DAILY_CAP_2020, id: 'WIDE', window: { rollingHours: 168 } });
 * [weekly.window, Object.isFrozen(weekly.window), parsePolicy(LIMITS_2022) === LIMITS_2022];
 * //=> [{ rollingHours: 168 }, true, true]
 * ```
 */
export function parsePolicy(value: unknown): TransferPolicy {
  return parseCheckedPolicy(value, ROOT);
}

const safe = toSafe(parsePolicy);

/**
 * The non-throwing twin of {@link parsePolicy}.
 *
 * @param value - a policy, such as one read from JSON
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const result = safeParsePolicy({ ...DAILY_CAP_2020, rules: [] });
 * result.success ? result.data.id : result.error.issues.map((issue) => [issue.code, issue.path]);
 * //=> [['invalid_policy', ['rules']]]
 * ```
 */
export function safeParsePolicy(value: unknown): SafeResult<TransferPolicy> {
  return safe(value);
}
