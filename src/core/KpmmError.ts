/**
 * Every error code the library can produce, as data.
 *
 * @example
 * ```ts
 * KPMM_ERROR_CODES.includes('invalid_pin');
 * //=> true
 * ```
 */
export const KPMM_ERROR_CODES = Object.freeze([
  'invalid_input',
  'invalid_amount',
  'invalid_pin',
  'invalid_phone_number',
  'invalid_recipient_format',
  'unknown_carrier',
  'unknown_service_code',
  'malformed_ussd',
  'ussd_too_long',
  'invalid_instant',
  'invalid_money',
  'unknown_currency',
  'invalid_rounding',
  'invalid_rate',
  'missing_rate',
  'out_of_range',
  'unknown_region',
  'unknown_destination',
  'unknown_crackdown',
  'invalid_model',
  'invalid_policy',
  'invalid_history',
  'invalid_transfer',
  'missing_recipient',
  'unsorted_log',
  'invalid_config',
  'unreachable_total',
] as const);

/**
 * A snake_case error code: what went wrong, as a literal that code can switch on.
 *
 * @example
 * ```ts
 * safeMobileWonToCash(-1).error?.code;
 * //=> 'invalid_amount'
 * ```
 */
export type KpmmErrorCode = (typeof KPMM_ERROR_CODES)[number];

/**
 * A step into an input: an object key or an array index.
 *
 * @example
 * ```ts
 * safeCheckTransfer({
 *   history: [{ at: 0, amount: 1 }, { at: 0, amount: 2 }, { at: 0, amount: -3 }],
 *   proposed: { at: 0, amount: 1 },
 * }).error?.issues[0].path;
 * //=> ['history', 2, 'amount']
 * ```
 */
export type PathSegment = string | number;

/**
 * One problem with an input: a code, where it is, and a plain-English message that names the
 * field. Messages never repeat a PIN.
 *
 * @example
 * ```ts
 * const issue = safeBuildTransferUssd({ carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '4829' }).error?.issues[0];
 * [issue?.code, issue?.path];
 * //=> ['invalid_pin', ['pin']]
 * ```
 */
export interface KpmmIssue {
  readonly code: KpmmErrorCode;
  readonly path: readonly PathSegment[];
  readonly message: string;
  /** The row of a log or history the issue is about, when there is one. */
  readonly index?: number | undefined;
  /** For a schedule longer than its bound (`out_of_range`): the transfers it would need. */
  readonly needed?: number | undefined;
  /** For a field the input should not have: the known field it most likely meant, if any. */
  readonly suggestion?: string | undefined;
  /**
   * On the last issue of an error that found more than 100: how many more issues
   * were found and left out. Its code is the first left-out issue's, its path empty.
   */
  readonly omitted?: number | undefined;
}

/**
 * The most issues an error lists: past it, one more issue says how many were left out, so a bad
 * input of a million rows costs no more than one of a hundred. Internal: the public docs say 100.
 */
export const MAX_ISSUES = 100;

/** The issue that stands for `count` issues left out, beginning with `first`. */
export function omittedIssue(first: KpmmIssue, count: number): KpmmIssue {
  const noun = count === 1 ? 'issue was' : 'issues were';
  return {
    code: first.code,
    path: [],
    message: `${String(count)} more ${noun} found and left out`,
    omitted: count,
  };
}

/**
 * The first 100 issues, then one counting the rest (an issue that already counts
 * left-out issues counts for them all).
 */
function bounded(issues: readonly KpmmIssue[]): KpmmIssue[] {
  if (issues.length <= MAX_ISSUES) return [...issues];
  const kept = issues.slice(0, MAX_ISSUES);
  let count = 0;
  let firstLeft: KpmmIssue | undefined;
  for (let i = MAX_ISSUES; i < issues.length; i += 1) {
    const left = issues[i];
    if (left === undefined) continue;
    firstLeft ??= left;
    count += left.omitted ?? 1;
  }
  if (firstLeft !== undefined) kept.push(omittedIssue(firstLeft, count));
  return kept;
}

/**
 * Another name of {@link KpmmIssue}, as the design calls it.
 *
 * @example
 * ```ts
 * safeBuildTransferUssd({ carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '4829' }).error?.issues.map((issue) => issue.code);
 * //=> ['invalid_pin']
 * ```
 */
export type Issue = KpmmIssue;

function freezeIssue(issue: KpmmIssue): KpmmIssue {
  return Object.freeze({ ...issue, path: Object.freeze([...issue.path]) });
}

/**
 * The one error type the library throws for bad input. `code` is the first issue's code;
 * `issues` lists every problem found, up to 100 and then one issue saying how many
 * more there were.
 *
 * @example
 * ```ts
 * const result = safeBuildTransferUssd({ carrier: 'koryolink', amount: 0, recipient: '0191 234 5678', pin: '482915' });
 * result.success ? undefined : [result.error instanceof KpmmError, isKpmmError(result.error), result.error.code];
 * //=> [true, true, 'invalid_amount']
 * ```
 */
export class KpmmError extends Error {
  override readonly name = 'KpmmError';
  /** The first issue's code. */
  readonly code: KpmmErrorCode;
  /** Every problem found, in input order, at most 100 and one more; never empty. */
  readonly issues: readonly [KpmmIssue, ...KpmmIssue[]];
  /** The first issue's path. */
  readonly path: readonly PathSegment[];

  constructor(issues: readonly [KpmmIssue, ...KpmmIssue[]]) {
    const kept = bounded(issues);
    // Each message already names its field, so the messages are joined as they are.
    super(kept.map((i) => i.message).join('; '));
    const [, ...rest] = kept;
    const [first] = issues;
    this.code = first.code;
    this.path = Object.freeze([...first.path]);
    this.issues = Object.freeze([freezeIssue(first), ...rest.map(freezeIssue)]);
  }
}

/**
 * Tells whether a value is a {@link KpmmError}, also across the ESM and CommonJS builds.
 *
 * @param value - anything caught
 * @returns true for a `KpmmError`
 * @example
 * ```ts
 * isKpmmError(new Error('x'));
 * //=> false
 * ```
 */
export function isKpmmError(value: unknown): value is KpmmError {
  if (!(value instanceof Error) || value.name !== 'KpmmError') return false;
  const code: unknown = Reflect.get(value, 'code');
  const issues: unknown = Reflect.get(value, 'issues');
  return (
    KPMM_ERROR_CODES.some((known) => known === code) && Array.isArray(issues) && issues.length > 0
  );
}
