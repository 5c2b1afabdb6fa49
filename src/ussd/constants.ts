/**
 * The longest USSD string a handset sends: 182 characters of the GSM 7-bit alphabet. Longer
 * input is `ussd_too_long`, both when building and before parsing.
 *
 * @see 3gpp-22-030
 * @example
 * ```ts
 * USSD_MAX_LENGTH.value;
 * //=> 182
 * ```
 */
export const USSD_MAX_LENGTH = Object.freeze({
  value: 182,
  unit: 'characters',
  grade: 'reported',
  sources: Object.freeze(['3gpp-22-030'] as const),
  note: 'The USSD limit of 3GPP TS 22.030; a transfer string is far shorter (at most 41 characters).',
} as const);

/**
 * The grammar of a transfer string. Daily NK reports the order of the fields (the carrier's
 * code, the amount, the recipient's number, the card password, then `#`) but only says each is
 * "followed by" the next; the `*` between them is the 3GPP convention for MMI strings.
 *
 * @see dailynk-2020-06-gifting
 * @see 3gpp-22-030
 * @example
 * ```ts
 * TRANSFER_USSD_GRAMMAR.value;
 * //=> '*SC*AMOUNT*RECIPIENT*PIN#'
 * ```
 */
export const TRANSFER_USSD_GRAMMAR = Object.freeze({
  value: '*SC*AMOUNT*RECIPIENT*PIN#',
  unit: 'MMI string',
  grade: 'assumed',
  sources: Object.freeze(['dailynk-2020-06-gifting', '3gpp-22-030'] as const),
  note: 'The order of the fields is reported; the * separators are assumed from the 3GPP TS 22.030 structure *SC*SIA*SIB*SIC#.',
} as const);

/**
 * The length of the mobile money card password, in ASCII digits. The English article says
 * "six-digit"; the Korean original says six characters, so digits only is an assumption.
 *
 * @see dailynk-2020-06-gifting
 * @example
 * ```ts
 * TRANSFER_PIN_LENGTH.value;
 * //=> 6
 * ```
 */
export const TRANSFER_PIN_LENGTH = Object.freeze({
  value: 6,
  unit: 'ASCII digits',
  grade: 'assumed',
  sources: Object.freeze(['dailynk-2020-06-gifting'] as const),
  note: 'The English text says six-digit, the Korean original six characters; the PIN is taken as exactly six ASCII digits, never trimmed or normalised.',
} as const);

/**
 * The smallest amount a transfer string may carry, in won of mobile money. The sources give no
 * minimum; a transfer of nothing is refused. The daily cap is the `cap` module's concern.
 *
 * @see dailynk-2020-06-gifting
 * @example
 * ```ts
 * USSD_MIN_AMOUNT.value;
 * //=> 1
 * ```
 */
export const USSD_MIN_AMOUNT = Object.freeze({
  value: 1,
  unit: 'won of mobile money',
  grade: 'assumed',
  sources: Object.freeze(['dailynk-2020-06-gifting'] as const),
  note: 'No minimum is reported; a transfer must be at least 1 won and a safe integer.',
} as const);

/**
 * The two ways a transfer string may write the recipient: `national` (the trunk `0` and 10
 * digits, `01912345678`) or `nsn` (the 10 digits, `1912345678`).
 *
 * @example
 * ```ts
 * RECIPIENT_FORMATS;
 * //=> ['national', 'nsn']
 * ```
 */
export const RECIPIENT_FORMATS = Object.freeze(['national', 'nsn'] as const);

/**
 * How a transfer string writes the recipient when the caller does not say: in national form
 * with the trunk prefix `0`. Which form subscribers type is not reported.
 *
 * @see dailynk-2020-06-gifting
 * @see libphonenumber-kp
 * @example
 * ```ts
 * DEFAULT_RECIPIENT_FORMAT.value;
 * //=> 'national'
 * ```
 */
export const DEFAULT_RECIPIENT_FORMAT = Object.freeze({
  value: 'national',
  unit: 'recipient format',
  grade: 'assumed',
  sources: Object.freeze(['dailynk-2020-06-gifting', 'libphonenumber-kp'] as const),
  note: 'Whether subscribers type 0191… or 191… is not reported; both are offered (recipientFormat), national by default.',
} as const);

/**
 * What a transfer to another carrier's number does: it is built and flagged (`crossCarrier:
 * true`), never refused. The sender's carrier decides the code; whether a Koryolink subscriber
 * may pay a Kang Song NET number is not reported.
 *
 * @see dailynk-2020-06-gifting
 * @example
 * ```ts
 * CROSS_CARRIER_POLICY.value;
 * //=> 'flag'
 * ```
 */
export const CROSS_CARRIER_POLICY = Object.freeze({
  value: 'flag',
  unit: 'policy',
  grade: 'assumed',
  sources: Object.freeze(['dailynk-2020-06-gifting'] as const),
  note: "The sender's carrier decides the service code; a recipient of another carrier (or KPTC) is reported as crossCarrier, not refused, since the sources are silent.",
} as const);
