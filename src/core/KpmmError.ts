/**
 * Every error code the library can produce, as data.
 *
 * @example
 * ```ts
 * KPMM_ERROR_CODES.includes('invalid_pin');
 * //=> true
 * ```
 */
export const KPMM_ERROR_CODES = [
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
] as const;

/**
 * A snake_case error code: what went wrong, as a literal that code can switch on.
 *
 * @example
 * ```ts
 * const code: KpmmErrorCode = 'invalid_amount';
 * //=> 'invalid_amount'
 * ```
 */
export type KpmmErrorCode = (typeof KPMM_ERROR_CODES)[number];

/**
 * A step into an input: an object key or an array index.
 *
 * @example
 * ```ts
 * const path: readonly PathSegment[] = ['history', 2, 'amount'];
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
 * const issue: KpmmIssue = { code: 'invalid_pin', path: ['pin'], message: 'pin must be 6 ASCII digits' };
 * //=> { code: 'invalid_pin', path: ['pin'], message: 'pin must be 6 ASCII digits' }
 * ```
 */
export interface KpmmIssue {
  readonly code: KpmmErrorCode;
  readonly path: readonly PathSegment[];
  readonly message: string;
  /** The row of a log or history the issue is about, when there is one. */
  readonly index?: number;
  /** For a schedule longer than its bound (`out_of_range`): the transfers it would need. */
  readonly needed?: number;
}

/**
 * Another name of {@link KpmmIssue}, as the design calls it.
 *
 * @example
 * ```ts
 * const issue: Issue = { code: 'invalid_pin', path: ['pin'], message: 'pin must be 6 ASCII digits' };
 * //=> { code: 'invalid_pin', path: ['pin'], message: 'pin must be 6 ASCII digits' }
 * ```
 */
export type Issue = KpmmIssue;

function freezeIssue(issue: KpmmIssue): KpmmIssue {
  return Object.freeze({ ...issue, path: Object.freeze([...issue.path]) });
}

/**
 * The one error type the library throws for bad input. `code` is the first issue's code;
 * `issues` lists every problem found.
 *
 * @example
 * ```ts
 * try {
 *   buildTransferUssd({ carrier: 'koryolink', amount: 0, recipient: '0191 234 5678', pin: '482915' });
 * } catch (error) {
 *   if (isKpmmError(error)) error.code;
 * }
 * //=> 'invalid_amount'
 * ```
 */
export class KpmmError extends Error {
  override readonly name = 'KpmmError';
  /** The first issue's code. */
  readonly code: KpmmErrorCode;
  /** Every problem found, in input order; never empty. */
  readonly issues: readonly [KpmmIssue, ...KpmmIssue[]];
  /** The first issue's path. */
  readonly path: readonly PathSegment[];

  constructor(issues: readonly [KpmmIssue, ...KpmmIssue[]]) {
    // Each message already names its field, so the messages are joined as they are.
    super(issues.map((i) => i.message).join('; '));
    const [first, ...rest] = issues;
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
