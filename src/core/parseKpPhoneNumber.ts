import { fail } from './internal/fail.js';
import { checkPath } from './internal/checks.js';
import { readOwn } from './internal/fields.js';

const PARSED_KEYS = ['nsn', 'national', 'e164', 'owner'];
import { KP_MOBILE_PREFIXES, type KpNumberOwner, type KpPhoneNumber } from './phoneNumber.js';
import { toSafe, type SafeResult } from './SafeResult.js';
import type { PathSegment } from './KpmmError.js';

const NSN = /^19[1235][0-9]{7}$/;
/** Unicode spaces (Zs) and tab, hyphens and dashes, dots, also full-width ones. */
function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    (code >= 0x2010 && code <= 0x2015) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2212 ||
    code === 0x3000 ||
    code === 0xff0d ||
    code === 0xff0e
  );
}
const MAX_INPUT_LENGTH = 64;

function invalid(path: readonly PathSegment[]): never {
  // A path that joins to nothing (`[]`, `['']`) names the value itself.
  const name = path.join('.') || 'phone number';
  return fail(
    'invalid_phone_number',
    path,
    `${name} must be a North Korean mobile number (191, 192, 193 or 195 and 7 more digits), such as 0191 234 5678 or +850 191 234 5678`,
  );
}

// The digits of the number being read, as values 0 to 9: one buffer reused by every call, so
// reading a number builds no string until its ten national digits are known.
const digits = new Uint8Array(MAX_INPUT_LENGTH);
let plus = false;

/**
 * Reads the text's digits into `digits` (full-width ones as ASCII) and returns how many there
 * are, or -1 for text of another shape: a `+` after a digit or twice, parentheses nested or
 * unclosed, or any character that is not a digit, a `+`, a parenthesis or a separator. A leading
 * `+` is recorded by `plus`.
 */
function readDigits(text: string): number {
  let count = 0;
  let depth = 0;
  plus = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits[count++] = code - 0x30;
    else if (code >= 0xff10 && code <= 0xff19) digits[count++] = code - 0xff10;
    else if (code === 0x2b || code === 0xff0b) {
      if (count > 0 || plus) return -1;
      plus = true;
    } else if (code === 0x28 || code === 0xff08) {
      if (depth > 0) return -1;
      depth = 1;
    } else if (code === 0x29 || code === 0xff09) {
      if (depth === 0) return -1;
      depth = 0;
    } else if (!isSeparator(code)) return -1;
  }
  return depth === 0 ? count : -1;
}

/** Whether `digits` holds 8, 5, 0 (the country code) from `at`. */
function countryCodeAt(at: number): boolean {
  return digits[at] === 8 && digits[at + 1] === 5 && digits[at + 2] === 0;
}

/**
 * Where the national significant number starts among `count` digits, or -1: after `+850`,
 * `00850` or `99850` and then a written trunk 0 (as in +850 (0)191…), or after a leading trunk 0.
 */
function nsnStart(count: number): number {
  let at: number;
  if (plus) {
    if (!countryCodeAt(0)) return -1;
    at = 3;
  } else if (count > 5 && digits[0] === digits[1] && (digits[0] === 0 || digits[0] === 9)) {
    if (!countryCodeAt(2)) return digits[0] === 0 ? 1 : 0;
    at = 5;
  } else return digits[0] === 0 ? 1 : 0;
  return digits[at] === 0 ? at + 1 : at;
}

/** The ten digits of `digits` from `at`, as text. */
function nsnAt(at: number): string {
  const d = (i: number): number => (digits[at + i] ?? 0) + 0x30;
  return String.fromCharCode(d(0), d(1), d(2), d(3), d(4), d(5), d(6), d(7), d(8), d(9));
}

// The owner of a mobile number by its third digit (19x), read from KP_MOBILE_PREFIXES.
const OWNER_BY_PREFIX: Readonly<Record<string, KpNumberOwner>> = KP_MOBILE_PREFIXES.owners;
const OWNERS: readonly (KpNumberOwner | undefined)[] = Array.from(
  { length: 10 },
  (_, digit) => OWNER_BY_PREFIX[`19${String(digit)}`],
);

/** Builds the parsed number from a checked nsn. The brand is granted here and only here. */
function fromNsn(nsn: string): KpPhoneNumber {
  const owner = OWNERS[nsn.charCodeAt(2) - 0x30] ?? 'koryolink';
  const parsed = Object.freeze({ nsn, national: `0${nsn}`, e164: `+850${nsn}`, owner });
  // The one assertion of the library: a brand is a type-only mark, and a parser that has checked
  // nsn is the only place allowed to grant it (KpPhoneNumberSchema's refinement states the same).
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions
  return parsed as KpPhoneNumber;
}

/**
 * Parses a North Korean mobile number written in any usual form: `+850 191 234 5678`,
 * `00850…`, `99850…`, `+850 (0)191 234 5678`, `0191-234-5678`, `(0191) 234 5678` or
 * `1912345678`, with Unicode spaces, hyphens, dots, parentheses, full-width digits and a
 * full-width `+`. Any other character, including other scripts' digits, is refused, and so is
 * text longer than 64 characters.
 *
 * @param text - the number as written
 * @param path - where the number sits in a larger input, for the error
 * @returns the parsed number with its owner
 * @throws KpmmError `invalid_phone_number`; `invalid_input` when `path` is not an array of
 *   strings and numbers
 * @see libphonenumber-kp
 * @example
 * ```ts
 * parseKpPhoneNumber('+850 (0)195 123 4567');
 * //=> { nsn: '1951234567', national: '01951234567', e164: '+8501951234567', owner: 'kangsong' }
 * ```
 */
export function parseKpPhoneNumber(text: string, path?: readonly PathSegment[]): KpPhoneNumber {
  return readKpPhoneNumber(text, checkPath(path));
}

function readKpPhoneNumber(text: unknown, path: readonly PathSegment[]): KpPhoneNumber {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_INPUT_LENGTH) {
    return invalid(path);
  }
  const count = readDigits(text);
  const at = count < 0 ? -1 : nsnStart(count);
  // 19, then 1, 2, 3 or 5, then 7 more digits: the mobile ranges of KP_MOBILE_PREFIXES.
  if (
    at < 0 ||
    count - at !== 10 ||
    digits[at] !== 1 ||
    digits[at + 1] !== 9 ||
    OWNERS[digits[at + 2] ?? 0] === undefined
  ) {
    return invalid(path);
  }
  return fromNsn(nsnAt(at));
}

const safeParse = toSafe((text: string) => parseKpPhoneNumber(text));

/**
 * The non-throwing twin of {@link parseKpPhoneNumber}.
 *
 * @param text - the number as written
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeParseKpPhoneNumber('0194 123 4567').success;
 * //=> false
 * ```
 */
export function safeParseKpPhoneNumber(text: string): SafeResult<KpPhoneNumber> {
  return safeParse(text);
}

/**
 * Reads a recipient given either as text or as an already parsed number (whose fields are checked
 * again against its `nsn`, so a hand-made object cannot pass as parsed).
 *
 * @param value - a phone number string or a {@link KpPhoneNumber}
 * @param path - where the number sits, for the error
 * @returns the parsed number
 * @throws KpmmError `invalid_phone_number`
 * @example
 * ```ts
 * toKpPhoneNumber(parseKpPhoneNumber('0191 234 5678')).e164;
 * //=> '+8501912345678'
 * ```
 */
export function toKpPhoneNumber(value: unknown, path?: readonly PathSegment[]): KpPhoneNumber {
  const at = checkPath(path);
  if (typeof value === 'string') return readKpPhoneNumber(value, at);
  const read = readOwn(value, PARSED_KEYS);
  const fields = read.kind === 'read' ? read.fields : undefined;
  const nsn = fields?.['nsn'];
  if (fields !== undefined && typeof nsn === 'string' && NSN.test(nsn)) {
    const parsed = fromNsn(nsn);
    if (
      fields['national'] === parsed.national &&
      fields['e164'] === parsed.e164 &&
      fields['owner'] === parsed.owner
    ) {
      return parsed;
    }
  }
  return invalid(at);
}
