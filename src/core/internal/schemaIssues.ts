import type * as z from 'zod/mini';
import type { KpmmErrorCode, KpmmIssue, PathSegment } from '../KpmmError.js';
import { pushIssue } from './fail.js';
import { dataSnapshot } from './fields.js';

// A schema is the one definition of an input's shape. A function checks valid input by a fast
// path that answers only "valid or not"; when it says no, the schema is asked for the issues,
// which become coded issues at the same paths, at most MAX_ISSUES of them.

const EXPLANATIONS: Readonly<Record<string, string>> = {
  invalid_type: 'is missing or has the wrong type',
  too_small: 'is too small',
  too_big: 'is too large',
  invalid_value: 'has a value that is not allowed',
  invalid_union: 'matches none of the allowed forms',
  invalid_format: 'is not written in the required format',
  unrecognized_keys: 'has keys that are not allowed',
};

/**
 * The issues a schema finds in a value, each with `code`, under `prefix`, its message naming the
 * field (`name` when the issue is about the whole value) and saying what is wrong (`explain`
 * words a kind of zod issue for this input where the general words would not do). Empty when
 * the schema accepts the value.
 */
export function schemaIssues(
  schema: z.ZodMiniType,
  value: unknown,
  code: KpmmErrorCode,
  prefix: readonly PathSegment[],
  name: string,
  explain?: Readonly<Record<string, string>>,
): KpmmIssue[] {
  // The schema sees the value as data only: no getter is called, nothing inherited is read.
  const parsed = schema.safeParse(dataSnapshot(value));
  const issues: KpmmIssue[] = [];
  if (parsed.success) return issues;
  for (const found of parsed.error.issues) {
    const path = [
      ...prefix,
      ...found.path.map((key) => (typeof key === 'number' ? key : String(key))),
    ];
    const explanation =
      found.code === 'custom'
        ? found.message
        : (explain?.[found.code] ?? EXPLANATIONS[found.code] ?? 'is not valid');
    pushIssue(issues, {
      code,
      path,
      message: `${path.length === 0 ? name : path.join('.')} ${explanation}`,
    });
  }
  return issues;
}
