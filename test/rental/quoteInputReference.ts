import type { KpmmErrorCode, KpmmIssue, PathSegment } from '../../src/core/index.js';
import { RentalQuoteInputSchema } from '../../src/rental/index.js';
import { quoteInputIssues } from '../../src/rental/internal/checkQuoteInput.js';

// RentalQuoteInputSchema is the one definition of a quote's input: what it refuses, with its
// issues at their paths and in its words, is what quoteRental refuses. The fast path in front of
// it only says yes or no.

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

/** The issues RentalQuoteInputSchema finds in an input, mapped as the schema path did. */
export function bySchema(input: unknown): KpmmIssue[] {
  const parsed = RentalQuoteInputSchema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((zodIssue) => {
    const path = zodIssue.path.filter(
      (key): key is PathSegment => typeof key === 'string' || typeof key === 'number',
    );
    const subject = path.length === 0 ? 'input' : path.join('.');
    return { code: codeFor(path[0]), path, message: `${subject} ${zodIssue.message}` };
  });
}

/** The issues the library finds: none when its fast path takes the input, else the schema's. */
export function byFastPath(input: unknown): KpmmIssue[] {
  return quoteInputIssues(input);
}
