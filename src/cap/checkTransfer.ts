import { toSafe, type KpmmIssue, type SafeResult } from '../core/index.js';
import { fail } from '../core/internal/fail.js';
import { readFields, type NotObject } from '../core/internal/fields.js';
import { pyongyangDayNumber } from '../core/internal/pyongyang.js';
import { formatDay } from '../core/internal/civil.js';
import { compilePolicy, type CompiledPolicy } from './internal/compilePolicy.js';
import { decide } from './internal/decide.js';
import { builtInOn } from './internal/pickPolicy.js';
import { readHistory } from './internal/readHistory.js';
import { detailedRow } from './internal/explainRow.js';
import { collect, quickRow, throwIssues, type Row } from './internal/rows.js';
import type { CapDecision, CapWarning, CheckTransferInput } from './types.js';

const INPUT_KEYS = ['history', 'proposed', 'policy'];
const NOT_AN_OBJECT: NotObject = {
  code: 'invalid_input',
  message: 'checkTransfer needs an object { history, proposed, policy? }',
};

function readProposed(proposed: unknown): Row {
  const row = quickRow(proposed);
  if (row !== undefined) return row;
  const issues: KpmmIssue[] = [];
  detailedRow(proposed, ['proposed'], 'invalid_transfer', undefined, issues, false);
  return throwIssues(issues);
}

/**
 * Checks one transfer against the sender's earlier transfers under a policy: by default the
 * built-in policy in force at `proposed.at`. Days are Pyongyang calendar days (or the policy's
 * rolling window); months are Pyongyang calendar months; recipients are compared as phone
 * numbers. History rows after `proposed.at` are ignored, also for `nextAllowedAt`.
 *
 * @param input - `{ history, proposed, policy? }`
 * @returns `{ allowed: true, day, policyId, remaining, warnings }` or
 *   `{ allowed: false, day, policyId, violations, nextAllowedAt, warnings }`; `warnings` holds
 *   `before_policy_report` when `proposed.at` is dated before the policy was first reported
 * @throws KpmmError `invalid_input`, `invalid_history`, `invalid_transfer`, `invalid_instant`,
 *   `invalid_amount`, `invalid_phone_number`, `invalid_policy`, `missing_recipient`
 * @example
 * ```ts
 * checkTransfer({
 *   history: [{ at: '2020-06-08T09:00:00+09:00', amount: 300 }],
 *   proposed: { at: '2020-06-08T18:00:00+09:00', amount: 200 },
 * });
 * //=> { allowed: false, day: '2020-06-08', policyId: 'DAILY_CAP_2020', violations: [{ rule: 'sender-daily', code: 'daily_count_exhausted', limit: 1, attempted: 2 }], nextAllowedAt: '2020-06-08T15:00:00.000Z', warnings: [] }
 * ```
 */
export function checkTransfer(input: CheckTransferInput): CapDecision {
  const fields = readFields(input, INPUT_KEYS, [], NOT_AN_OBJECT);
  const rawPolicy = fields['policy'];
  const issues: KpmmIssue[] = [];
  const history = collect(issues, () => readHistory(fields['history']));
  const proposed = collect(issues, () => readProposed(fields['proposed']));
  // Each read is undefined exactly when it added issues; null is no policy given.
  const policy =
    rawPolicy === undefined ? null : collect(issues, () => compilePolicy(rawPolicy, ['policy']));
  if (history === undefined || proposed === undefined || policy === undefined) {
    return throwIssues(issues);
  }
  const applied = policy ?? builtInOn(pyongyangDayNumber(proposed.ms)).compiled;
  if (applied.monthlyMax !== null && proposed.recipient === null) {
    fail(
      'missing_recipient',
      ['proposed', 'recipient'],
      `proposed.recipient is required: policy ${applied.id} limits transfers per recipient`,
    );
  }
  return decide(applied, history, proposed, warningsOf(applied, proposed.ms));
}

const NO_WARNINGS: readonly CapWarning[] = Object.freeze([]);

/** A transfer dated before its policy was first reported is judged by it, and says so. */
function warningsOf(policy: CompiledPolicy, at: number): readonly CapWarning[] {
  if (pyongyangDayNumber(at) >= policy.effectiveDay) return NO_WARNINGS;
  return Object.freeze([
    Object.freeze({
      code: 'before_policy_report',
      message: `the transfer is dated before ${formatDay(policy.effectiveDay)}, when ${policy.id} was first reported; it is judged by that policy anyway`,
    } as const),
  ]);
}

const safe = toSafe(checkTransfer);

/**
 * The non-throwing twin of {@link checkTransfer}.
 *
 * @param input - `{ history, proposed, policy? }`
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeCheckTransfer({ history: [], proposed: { at: '2020-06-08T10:00:00', amount: 500 } }).success;
 * //=> false
 * ```
 */
export function safeCheckTransfer(input: CheckTransferInput): SafeResult<CapDecision> {
  return safe(input);
}
