import type { KpmmIssue, PathSegment } from '../../core/index.js';
import { isIsoDate } from '../../core/internal/civil.js';
import { pushIssue } from '../../core/internal/fail.js';
import { looseFields, readList } from '../../core/internal/fields.js';
import type { TransferPolicy } from '../types.js';

// PolicySchema's checks written out by hand, so that checking a policy needs no schema library
// at run time. They find the same problems, at the same paths and in the same order, as
// PolicySchema.safeParse; a differential property test holds the two together.

// Policies are data: only the fields below are read, each from the object's own data properties.
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

const WRONG_TYPE = 'is missing or has the wrong type';
const TOO_SMALL = 'is too small';
const TOO_LARGE = 'is too large';
const NOT_ALLOWED = 'has a value that is not allowed';
const NO_FORM = 'matches none of the allowed forms';

/** Records a problem at a path inside the policy. */
type Report = (path: readonly PathSegment[], explanation: string) => void;

/**
 * A whole number from `min` to `max`: one problem when it is not a whole number at all, else one
 * for leaving the safe integers and one for each bound it breaks. True when the value is not a
 * whole number, which stops the checks of the enclosing rule list.
 */
function checkInt(value: unknown, min: number, max: number, at: PathSegment[], report: Report) {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    report(at, WRONG_TYPE);
    return true;
  }
  if (value > Number.MAX_SAFE_INTEGER) report(at, TOO_LARGE);
  if (value < Number.MIN_SAFE_INTEGER) report(at, TOO_SMALL);
  if (value < min) report(at, TOO_SMALL);
  if (value > max) report(at, TOO_LARGE);
  return false;
}

function checkRules(rules: unknown, report: Report): void {
  const value = readList(rules);
  if (value === undefined) {
    report(['rules'], WRONG_TYPE);
    return;
  }
  let broken = false;
  let daily = 0;
  let monthly = 0;
  for (let i = 0; i < value.length; i += 1) {
    const rule = looseFields(value[i], RULE_KEYS);
    const at = ['rules', i];
    if (rule === undefined) {
      report(at, WRONG_TYPE);
      broken = true;
    } else if (rule['kind'] === 'sender-daily') {
      daily += 1;
      broken =
        checkInt(rule['maxTransfers'], 0, Infinity, [...at, 'maxTransfers'], report) || broken;
      broken =
        checkInt(rule['maxAmountWon'], 0, Infinity, [...at, 'maxAmountWon'], report) || broken;
    } else if (rule['kind'] === 'recipient-monthly') {
      monthly += 1;
      broken =
        checkInt(rule['maxTransfers'], 0, Infinity, [...at, 'maxTransfers'], report) || broken;
    } else {
      report([...at, 'kind'], NO_FORM);
      broken = true;
    }
  }
  // Like the schema, the count of rules is only checked when every rule has a known kind and
  // whole numbers, even if some are out of range.
  if (!broken && (daily !== 1 || monthly > 1)) {
    report(['rules'], 'needs exactly one sender-daily rule and at most one recipient-monthly rule');
  }
}

function checkWindow(value: unknown, report: Report): void {
  if (value === 'calendar-day') return;
  const hours = looseFields(value, WINDOW_KEYS)?.['rollingHours'];
  // A whole number of hours picks the object form, whose range problems are reported as they
  // are; anything else matches neither form.
  if (typeof hours === 'number' && Number.isInteger(hours)) {
    checkInt(hours, 1, 8784, ['window', 'rollingHours'], report);
  } else {
    report(['window'], NO_FORM);
  }
}

function checkStrings(list: unknown, at: PathSegment, report: Report): void {
  const value = readList(list);
  if (value === undefined) {
    report([at], WRONG_TYPE);
    return;
  }
  for (let i = 0; i < value.length; i += 1) {
    if (typeof value[i] !== 'string') report([at, i], WRONG_TYPE);
  }
}

/**
 * Whether an `id` that is not a string still counts as too short: the schema's length check
 * also reads the `length` of any other value that has one.
 */
function hasShortLength(value: unknown): boolean {
  let length: unknown;
  if (typeof value === 'function') length = value.length;
  else if (typeof value === 'object' && value !== null && 'length' in value) length = value.length;
  return length !== undefined && !(Number(length) >= 1);
}

/**
 * Checks a policy as PolicySchema does, adding every problem to `issues` as an
 * `invalid_policy` issue under `prefix`; true when there is none.
 */
export function checkPolicy(
  value: unknown,
  prefix: readonly PathSegment[],
  issues: KpmmIssue[],
): value is TransferPolicy {
  const before = issues.length;
  const report: Report = (path, explanation) => {
    const where = [...prefix, ...path];
    const name = where.length === 0 ? 'policy' : where.join('.');
    pushIssue(issues, {
      code: 'invalid_policy',
      path: where,
      message: `${name} ${explanation}`,
    });
  };
  const fields = looseFields(value, POLICY_KEYS);
  if (fields === undefined) {
    report([], WRONG_TYPE);
    return false;
  }
  const id = fields['id'];
  if (typeof id !== 'string') report(['id'], WRONG_TYPE);
  if (id === '' || hasShortLength(id)) report(['id'], TOO_SMALL);
  if (typeof fields['label'] !== 'string') report(['label'], WRONG_TYPE);
  checkRules(fields['rules'], report);
  checkWindow(fields['window'], report);
  if (fields['timeZone'] !== 'Asia/Pyongyang') report(['timeZone'], NOT_ALLOWED);
  const from = fields['effectiveFrom'];
  if (typeof from !== 'string') report(['effectiveFrom'], WRONG_TYPE);
  else if (!isIsoDate(from)) {
    report(['effectiveFrom'], 'must be a real date written YYYY-MM-DD');
  }
  checkStrings(fields['sources'], 'sources', report);
  const grade = fields['grade'];
  if (grade !== undefined && grade !== 'reported' && grade !== 'derived' && grade !== 'assumed') {
    report(['grade'], NOT_ALLOWED);
  }
  if (fields['assumptions'] !== undefined)
    checkStrings(fields['assumptions'], 'assumptions', report);
  if (fields['note'] !== undefined && typeof fields['note'] !== 'string') {
    report(['note'], WRONG_TYPE);
  }
  return issues.length === before;
}
