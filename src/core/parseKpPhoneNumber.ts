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

/** Reduces the text to `+` and ASCII digits, or fails; full-width digits and plus become ASCII. */
function compact(text: string, path: readonly PathSegment[]): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) out += text[i] ?? '';
    else if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 0x30);
    else if (code === 0x2b || code === 0xff0b) {
      if (out.length > 0) invalid(path);
      out = '+';
    } else if (code === 0x28 || code === 0xff08) {
      if (depth > 0) invalid(path);
      depth = 1;
    } else if (code === 0x29 || code === 0xff09) {
      if (depth === 0) invalid(path);
      depth = 0;
    } else if (!isSeparator(code)) invalid(path);
  }
  if (depth !== 0) invalid(path);
  return out;
}

function nationalSignificant(digits: string): string {
  let rest: string;
  if (digits.startsWith('+850')) rest = digits.slice(4);
  else if (digits.startsWith('00850') || digits.startsWith('99850')) rest = digits.slice(5);
  else return digits.startsWith('0') ? digits.slice(1) : digits;
  // After the country code a written trunk 0, as in +850 (0)191…, is dropped.
  return rest.startsWith('0') ? rest.slice(1) : rest;
}

/** Builds the parsed number from a checked nsn. The brand is granted here and only here. */
function fromNsn(nsn: string): KpPhoneNumber {
  const owners: Readonly<Record<string, KpNumberOwner>> = KP_MOBILE_PREFIXES.owners;
  const owner = owners[nsn.slice(0, 3)] ?? 'koryolink';
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
    invalid(path);
  }
  const nsn = nationalSignificant(compact(text, path));
  if (!NSN.test(nsn)) invalid(path);
  return fromNsn(nsn);
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
