/**
 * The carriers whose subscribers send mobile money by USSD, by id: the network's name, the
 * service code that opens a transfer and the mobile prefixes it issues.
 *
 * @see dailynk-2020-06-gifting
 * @see libphonenumber-kp
 * @see dailynk-2017-06-kangsong
 * @see newsis-2015-11-prefix
 * @example
 * ```ts
 * CARRIERS.kangsong.serviceCode;
 * //=> '929'
 * ```
 */
export const CARRIERS = Object.freeze({
  koryolink: Object.freeze({
    id: 'koryolink',
    name: 'Koryolink',
    serviceCode: '999',
    prefixes: Object.freeze(['191', '192'] as const),
    grade: 'reported',
    sources: Object.freeze([
      'dailynk-2020-06-gifting',
      'libphonenumber-kp',
      'newsis-2015-11-prefix',
    ] as const),
    note: 'Daily NK reports *999* as the code Koryolink subscribers dial to send mobile money; libphonenumber lists 191 and 192 as Koryolink.',
  } as const),
  kangsong: Object.freeze({
    id: 'kangsong',
    name: 'Kang Song NET',
    serviceCode: '929',
    prefixes: Object.freeze(['195'] as const),
    grade: 'reported',
    sources: Object.freeze([
      'dailynk-2020-06-gifting',
      'dailynk-2017-06-kangsong',
      'newsis-2015-11-prefix',
    ] as const),
    note: 'Daily NK reports *929* for Kang Song NET; the press reports its numbers start with 195, which libphonenumber classes as a fixed line.',
  } as const),
} as const);

/**
 * The ids of {@link CARRIERS}.
 *
 * @example
 * ```ts
 * CARRIER_IDS.map((id) => CARRIERS[id].serviceCode);
 * //=> ['999', '929']
 * ```
 */
export const CARRIER_IDS = Object.freeze([
  'koryolink',
  'kangsong',
] as const satisfies readonly (keyof typeof CARRIERS)[]);

/**
 * The id of a carrier in {@link CARRIERS}.
 *
 * @example
 * ```ts
 * CARRIER_IDS.includes('kangsong');
 * //=> true
 * ```
 */
export type CarrierId = keyof typeof CARRIERS;

/**
 * A service code that opens a mobile money transfer: `999` (Koryolink) or `929` (Kang Song NET).
 *
 * @example
 * ```ts
 * parseTransferUssd('*929*300*01951234567*482915#').serviceCode;
 * //=> '929'
 * ```
 */
export type ServiceCode = (typeof CARRIERS)[CarrierId]['serviceCode'];
