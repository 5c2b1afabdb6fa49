import { expect } from 'vitest';
import { PolicySchema } from '../../src/cap/index.js';
import { isPolicy, policyIssues } from '../../src/cap/internal/checkPolicy.js';
import type { KpmmIssue, PathSegment } from '../../src/core/index.js';

// PolicySchema is the one definition of a policy: what it refuses, with its issues at their
// paths, is what the library refuses. The fast path in front only says yes or no.
const EXPLANATIONS: Readonly<Record<string, string>> = {
  invalid_type: 'is missing or has the wrong type',
  too_small: 'is too small',
  too_big: 'is too large',
  invalid_value: 'has a value that is not allowed',
  invalid_union: 'matches none of the allowed forms',
  invalid_format: 'must be a real date written YYYY-MM-DD',
  unrecognized_keys: 'has keys that are not allowed',
};

/** The invalid_policy issues PolicySchema finds in a value, mapped as the schema path did. */
export function bySchema(value: unknown, prefix: readonly PathSegment[]): KpmmIssue[] {
  const parsed = PolicySchema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((zodIssue): KpmmIssue => {
    const where = [
      ...prefix,
      ...zodIssue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    ];
    const name = where.length === 0 ? 'policy' : where.join('.');
    const explanation =
      zodIssue.code === 'custom'
        ? zodIssue.message
        : (EXPLANATIONS[zodIssue.code] ?? 'is not valid');
    return { code: 'invalid_policy', path: where, message: `${name} ${explanation}` };
  });
}

/**
 * The issues the library finds: none when the fast path takes the policy, else the schema's. The
 * fast path must take exactly what the schema takes, so a refusal always has an issue.
 */
export function byFastPath(value: unknown, prefix: readonly PathSegment[]): KpmmIssue[] {
  if (isPolicy(value)) return [];
  const issues = policyIssues(value, prefix);
  expect(issues.length).toBeGreaterThan(0);
  return issues;
}
