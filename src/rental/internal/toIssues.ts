import type { KpmmErrorCode, KpmmIssue, PathSegment } from '../../core/index.js';
import { issue } from '../../core/internal/fail.js';

/** The parts of a zod issue this module reads. */
export interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

function codeFor(first: PathSegment | undefined): KpmmErrorCode {
  switch (first) {
    case 'region':
      return 'unknown_region';
    case 'destination':
      return 'unknown_destination';
    case 'crackdown':
      return 'unknown_crackdown';
    case 'model':
      return 'invalid_model';
    case 'usdRate':
      return 'invalid_rate';
    case 'usdRounding':
      return 'invalid_rounding';
    default:
      return 'invalid_input';
  }
}

/**
 * Turns the issues of RentalQuoteInputSchema into KpmmIssues: the code comes from the field,
 * and the message (a predicate written in the schema) is prefixed with the field's name, so no
 * raw input is repeated.
 */
export function toIssues(issues: readonly ZodIssueLike[]): KpmmIssue[] {
  return issues.map((zodIssue) => {
    const path = zodIssue.path.filter(
      (key): key is PathSegment => typeof key === 'string' || typeof key === 'number',
    );
    const subject = path.length === 0 ? 'input' : path.join('.');
    return issue(codeFor(path[0]), path, `${subject} ${zodIssue.message}`);
  });
}
