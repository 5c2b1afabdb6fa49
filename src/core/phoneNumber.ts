/**
 * Who issues a North Korean mobile number, by its first three national digits.
 *
 * @example
 * ```ts
 * parseKpPhoneNumber('0195 123 4567').owner;
 * //=> 'kangsong'
 * ```
 */
export type KpNumberOwner = 'koryolink' | 'kangsong' | 'kptc';

/**
 * The mobile prefixes of North Korea and who owns each. 191 and 192 are Koryolink and 193 KPTC
 * (libphonenumber's carrier table); 195 is Kang Song NET (press reports). libphonenumber classes
 * 195 numbers as fixed line; this library treats them as mobile, because Kang Song NET is a mobile
 * network and its subscribers send mobile money from those numbers.
 *
 * @see libphonenumber-kp
 * @see dailynk-2017-06-kangsong
 * @see newsis-2015-11-prefix
 * @example
 * ```ts
 * KP_MOBILE_PREFIXES.owners['195'];
 * //=> 'kangsong'
 * ```
 */
export const KP_MOBILE_PREFIXES = Object.freeze({
  owners: Object.freeze({
    '191': 'koryolink',
    '192': 'koryolink',
    '193': 'kptc',
    '195': 'kangsong',
  } as const),
  countryCode: '850',
  trunkPrefix: '0',
  internationalPrefixes: Object.freeze(['00', '99'] as const),
  nationalDigits: 10,
  grade: 'reported',
  sources: Object.freeze([
    'libphonenumber-kp',
    'dailynk-2017-06-kangsong',
    'newsis-2015-11-prefix',
  ] as const),
  note: 'libphonenumber classes 195 as a fixed line; the press reports it as Kang Song NET mobile, which this library follows.',
} as const);

/** The type-only mark of a parsed number; no value holds it. */
declare const PARSED: unique symbol;

/**
 * A North Korean mobile number, parsed: `nsn` (10 digits), `national` (`0` + nsn), `e164` and
 * `owner`. Only the library's parsers make one (a type-only brand), so a hand-made object is not
 * taken for a checked number.
 *
 * @example
 * ```ts
 * parseKpPhoneNumber('+850 191 234 5678');
 * //=> { nsn: '1912345678', national: '01912345678', e164: '+8501912345678', owner: 'koryolink' }
 * ```
 */
export interface KpPhoneNumber {
  readonly nsn: string;
  readonly national: string;
  readonly e164: string;
  readonly owner: KpNumberOwner;
  readonly [PARSED]: 'KpPhoneNumber';
}
