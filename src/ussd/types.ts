import type { KpPhoneNumber } from '../core/index.js';
import type { CarrierId, ServiceCode } from './carriers.js';
import type { RECIPIENT_FORMATS } from './constants.js';

/**
 * How the recipient is written in a transfer string: `national` (`01912345678`) or `nsn`
 * (`1912345678`).
 *
 * @example
 * ```ts
 * buildTransferUssd({ carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '482915', recipientFormat: 'nsn' }).redacted;
 * //=> '*999*300*1912345678*xxxxxx#'
 * ```
 */
export type RecipientFormat = (typeof RECIPIENT_FORMATS)[number];

/**
 * What {@link buildTransferUssd} takes: the sender's carrier, whole won of mobile money, the
 * recipient (text or already parsed), the six-digit card password and, optionally, how to write
 * the recipient.
 *
 * @example
 * ```ts
 * buildTransferUssd({ carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '482915' }).redacted;
 * //=> '*999*300*01912345678*xxxxxx#'
 * ```
 */
export interface TransferInput {
  readonly carrier: CarrierId;
  /** Whole won of mobile money, at least 1. */
  readonly amount: number;
  readonly recipient: string | KpPhoneNumber;
  /** Exactly six ASCII digits. */
  readonly pin: string;
  /** `national` when absent. */
  readonly recipientFormat?: RecipientFormat | undefined;
}

/**
 * A transfer string, built or parsed, that keeps its PIN to itself: every field is plain data,
 * `String()`, template literals, `JSON.stringify`, `util.inspect` and `console.log` show the
 * masked form, and only `reveal()` returns the string to dial. The value is frozen.
 *
 * @example
 * ```ts
 * const t: TransferUssd = buildTransferUssd({ carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '482915' });
 * `${t}`;
 * //=> '*999*300*01912345678*xxxxxx#'
 * ```
 */
export interface TransferUssd {
  /** The sender's carrier, which decides the service code. */
  readonly carrier: CarrierId;
  readonly serviceCode: ServiceCode;
  /** Whole won of mobile money. */
  readonly amount: number;
  readonly recipient: KpPhoneNumber;
  readonly recipientFormat: RecipientFormat;
  /** True when the recipient's number is not the sender's carrier's (Kang Song NET, KPTC…). */
  readonly crossCarrier: boolean;
  /** The string with its PIN masked, e.g. `*999*300*01912345678*xxxxxx#`. */
  readonly redacted: string;
  /** The full string to dial, PIN included. */
  readonly reveal: () => string;
  /** The masked string. */
  toString(): string;
  /** The masked string. */
  toJSON(): string;
}
