import type { KpmmIssue, PathSegment } from '../../core/index.js';
import { isIsoDate } from '../../core/internal/civil.js';
import { isSafeInteger } from '../../core/internal/checks.js';
import { looseFields, readList } from '../../core/internal/fields.js';
import { schemaIssues } from '../../core/internal/schemaIssues.js';
import { PolicySchema } from '../PolicySchema.js';
import type { TransferPolicy } from '../types.js';

// PolicySchema is the one definition of a policy. The fast path below only answers "valid or
// not", reading the caller's own data properties; a refused policy is explained by the schema.
// A property test (the fast-path law) holds the fast path to the schema.

const POLICY_KEYS = [
  'id',
  'label',
  'rules',
  'window',
  'timeZone',
  'effectiveFrom',
  'sources',
  'grade',
  'assumptions',
  'note',
];
const RULE_KEYS = ['kind', 'maxTransfers', 'maxAmountWon'];
const WINDOW_KEYS = ['rollingHours'];

function isCount(value: unknown): boolean {
  return isSafeInteger(value) && value >= 0;
}

function isStrings(value: unknown): boolean {
  return readList(value)?.every((item) => typeof item === 'string') ?? false;
}

function hasValidRules(value: unknown): boolean {
  const rules = readList(value);
  if (rules === undefined) return false;
  let daily = 0;
  let monthly = 0;
  for (const item of rules) {
    const rule = looseFields(item, RULE_KEYS);
    if (rule === undefined || !isCount(rule['maxTransfers'])) return false;
    if (rule['kind'] === 'sender-daily' && isCount(rule['maxAmountWon'])) daily += 1;
    else if (rule['kind'] === 'recipient-monthly') monthly += 1;
    else return false;
  }
  return daily === 1 && monthly <= 1;
}

function isWindow(value: unknown): boolean {
  if (value === 'calendar-day') return true;
  const hours = looseFields(value, WINDOW_KEYS)?.['rollingHours'];
  return isSafeInteger(hours) && hours >= 1 && hours <= 8784;
}

/** Whether a policy is valid, read from its own data properties; says nothing of why not. */
export function isPolicy(value: unknown): value is TransferPolicy {
  const fields = looseFields(value, POLICY_KEYS);
  if (fields === undefined) return false;
  const { id, effectiveFrom, grade, assumptions, note } = fields;
  return (
    typeof id === 'string' &&
    id !== '' &&
    typeof fields['label'] === 'string' &&
    hasValidRules(fields['rules']) &&
    isWindow(fields['window']) &&
    fields['timeZone'] === 'Asia/Pyongyang' &&
    typeof effectiveFrom === 'string' &&
    isIsoDate(effectiveFrom) &&
    isStrings(fields['sources']) &&
    (grade === undefined || grade === 'reported' || grade === 'derived' || grade === 'assumed') &&
    (assumptions === undefined || isStrings(assumptions)) &&
    (note === undefined || typeof note === 'string')
  );
}

const EXPLAIN = { invalid_format: 'must be a real date written YYYY-MM-DD' };

/**
 * Why a policy the fast path refused is invalid: PolicySchema's issues, as `invalid_policy`
 * issues under `prefix`. Never empty.
 */
export function policyIssues(value: unknown, prefix: readonly PathSegment[]): KpmmIssue[] {
  const issues = schemaIssues(PolicySchema, value, 'invalid_policy', prefix, 'policy', EXPLAIN);
  if (issues.length > 0) return issues;
  // The schema sees the policy as data; one that changed while it was read is refused whole.
  const name = prefix.length === 0 ? 'policy' : prefix.join('.');
  return [{ code: 'invalid_policy', path: prefix, message: `${name} could not be read as data` }];
}
