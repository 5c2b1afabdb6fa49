import { toSafe, type SafeResult } from '../core/index.js';
import { checkTransferInput } from './internal/checkTransferInput.js';
import { makeTransfer } from './internal/makeTransfer.js';
import type { TransferInput, TransferUssd } from './types.js';

/**
 * Builds the USSD string that sends mobile money: `*SC*AMOUNT*RECIPIENT*PIN#`, with the sender's
 * carrier's service code (`999` Koryolink, `929` Kang Song NET). The result keeps the PIN to
 * itself: only `reveal()` shows it. A recipient on another network is allowed and flagged as
 * `crossCarrier`. The daily cap is not checked here (see the `cap` module).
 *
 * @param input - `{ carrier, amount, recipient, pin, recipientFormat? }`
 * @returns the transfer, frozen, with the PIN masked in every view but `reveal()`
 * @throws KpmmError `unknown_carrier`, `invalid_amount`, `invalid_phone_number`, `invalid_pin`,
 * `invalid_recipient_format` or `invalid_input`, one issue per bad field; no message holds the PIN
 * @see dailynk-2020-06-gifting
 * @example
 * ```ts
 * const transfer = buildTransferUssd({ carrier: 'koryolink', amount: 300, recipient: '+850 191 234 5678', pin: '482915' });
 * [transfer.redacted, transfer.reveal()];
 * //=> ['*999*300*01912345678*xxxxxx#', '*999*300*01912345678*482915#']
 * ```
 */
export function buildTransferUssd(input: TransferInput): TransferUssd {
  const { carrier, amount, recipient, recipientFormat, pin } = checkTransferInput(input);
  return makeTransfer(carrier, amount, recipient, recipientFormat, pin);
}

const safeBuild = toSafe(buildTransferUssd);

/**
 * The non-throwing twin of {@link buildTransferUssd}.
 *
 * @param input - `{ carrier, amount, recipient, pin, recipientFormat? }`
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const result = safeBuildTransferUssd({ carrier: 'koryolink', amount: 0, recipient: '0191 234 5678', pin: '482915' });
 * result.success ? result.data.redacted : result.error.code;
 * //=> 'invalid_amount'
 * ```
 */
export function safeBuildTransferUssd(input: TransferInput): SafeResult<TransferUssd> {
  return safeBuild(input);
}
