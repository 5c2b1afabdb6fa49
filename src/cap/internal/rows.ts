import {
  isKpmmError,
  KpmmError,
  parseInstant,
  toKpPhoneNumber,
  type KpmmIssue,
  type PathSegment,
} from '../../core/index.js';
import { isSafeInteger } from '../../core/internal/checks.js';
import { fail, pushIssue } from '../../core/internal/fail.js';
import { quickFields } from '../../core/internal/fields.js';

/** A checked transfer: epoch ms, whole won, and numbers as their 10 national digits. */
export interface Row {
  readonly ms: number;
  readonly amount: number;
  /** The recipient's national significant number, or null when the row names none. */
  readonly recipient: string | null;
}

/** A national significant number: 19, a network digit, seven digits (the audit as SQL reuses it). */
export const NSN_PATTERN = '19[1235][0-9]{7}';
const LIMIT_MS = 8.64e15;

/**
 * The digits after `19` of a national significant number written in `text` from `at` to its end
 * (19[1235] and 7 digits), as a number below 2^30; -1 when it is not one. A small integer is a
 * cheaper map key than a string: no text is compared.
 */
export function nsnDigits(text: string, at: number): number {
  if (text.length !== at + 10) return -1;
  if (text.charCodeAt(at) !== 49 || text.charCodeAt(at + 1) !== 57) return -1;
  const third = text.charCodeAt(at + 2);
  if (third !== 49 && third !== 50 && third !== 51 && third !== 53) return -1;
  let digits = third - 48;
  for (let i = at + 3; i < text.length; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    digits = digits * 10 + c;
  }
  return digits;
}

/** Where the nsn starts in a canonical spelling: after `0` or `+850`, or at once. */
export function nsnStart(text: string): number {
  if (text.charCodeAt(0) === 48) return 1;
  return text.startsWith('+850') ? 4 : 0;
}

/**
 * The national significant number of a phone number written in one of its canonical spellings
 * (`01912345678`, `+8501912345678`, `1912345678`), else undefined. The full parser agrees on
 * these spellings; everything else, parsed numbers included, goes to it.
 */
export function quickNsn(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const at = nsnStart(value);
  return nsnDigits(value, at) >= 0 ? value.slice(at) : undefined;
}

/** The national significant number of any accepted phone number, or a thrown KpmmError. */
export function nsnOf(value: unknown, path: readonly PathSegment[]): string {
  return quickNsn(value) ?? toKpPhoneNumber(value, path).nsn;
}

/** Epoch ms of an instant, or undefined; never throws. */
/**
 * An opaque id (a pseudonym, an account number): any non-empty string, compared exactly.
 *
 * @throws KpmmError `invalid_input` for anything else
 */
export function opaqueId(value: unknown, path: readonly PathSegment[]): string {
  if (typeof value === 'string' && value !== '') return value;
  const name = path.join('.');
  return fail('invalid_input', path, `${name} must be a non-empty string: an opaque id`);
}

export function quickInstant(value: unknown): number | undefined {
  // A number is read here as parseInstant reads it (floored, -0 as 0), without its checks.
  // Stryker disable next-line StringLiteral,BlockStatement: parseInstant below reads every number alike
  if (typeof value === 'number') {
    const ms = Math.floor(value);
    return Math.abs(ms) <= LIMIT_MS ? ms + 0 : undefined;
  }
  try {
    return parseInstant(value);
    // Stryker disable next-line BlockStatement: an empty catch also gives undefined
  } catch {
    return undefined;
  }
}

/** Whether a value is a whole, safe number of won, at least 1. */
export function isAmount(value: unknown): value is number {
  return isSafeInteger(value) && value >= 1;
}

/** A recipient's nsn, null when absent, or undefined when it is not a phone number. */
export function quickRecipient(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  try {
    return quickNsn(value) ?? toKpPhoneNumber(value).nsn;
    // Stryker disable next-line BlockStatement: an empty catch also gives undefined
  } catch {
    return undefined;
  }
}

/** The fields of a row of history: a log row also names its sender, and may carry more. */
export const ROW_KEYS = ['at', 'amount', 'recipient'];
export const LOG_ROW_KEYS = ['at', 'sender', 'recipient', 'amount'];

/** A checked row, or undefined when anything is off; never throws. */
export function quickRow(value: unknown): Row | undefined {
  const fields = quickFields(value, ROW_KEYS);
  if (fields === undefined) return undefined;
  const ms = quickInstant(fields['at']);
  const amount = fields['amount'];
  const recipient = quickRecipient(fields['recipient']);
  if (ms === undefined || !isAmount(amount) || recipient === undefined) return undefined;
  return { ms, amount, recipient };
}

/** An issue tagged with the index of its row, when there is one. */
export function tagged(found: KpmmIssue, index: number | undefined): KpmmIssue {
  return index === undefined ? found : { ...found, index };
}

/** Runs a check, moving a KpmmError's issues (tagged with the row index) into `issues`. */
export function attempt<T>(
  issues: KpmmIssue[],
  index: number | undefined,
  check: () => T,
): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!isKpmmError(error)) throw error;
    for (const found of error.issues) pushIssue(issues, tagged(found, index));
    return undefined;
  }
}

/** Throws every collected issue. Reaching it without one is a broken invariant. */
export function throwIssues(issues: readonly KpmmIssue[]): never {
  const [first, ...rest] = issues;
  if (first === undefined) throw new TypeError('a row was refused without an issue');
  throw new KpmmError([first, ...rest]);
}

/** Runs a reader, moving a KpmmError's issues into `issues`; undefined when it failed. */
export function collect<T>(issues: KpmmIssue[], read: () => T): T | undefined {
  return attempt(issues, undefined, read);
}
