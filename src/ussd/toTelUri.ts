import { fail } from '../core/internal/fail.js';
import { ownDataValue } from '../core/internal/fields.js';
import type { TransferUssd } from './types.js';

const UTF8 = new TextEncoder();

function percentEncode(ch: string): string {
  let out = '';
  for (const byte of UTF8.encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

/**
 * A `tel:` URI that dials the transfer, with `#` written `%23` as RFC 3966 requires. Beware:
 * the URI holds the PIN in clear, like `reveal()`; never log it or put it in a link that others
 * can see.
 *
 * @param transfer - a built or parsed transfer
 * @returns `tel:` and the full string to dial, PIN included
 * @throws KpmmError `invalid_input` when `transfer` has no `reveal()` that returns a string
 * @example
 * ```ts
 * toTelUri(buildTransferUssd({ carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '482915' }));
 * //=> 'tel:*999*300*01912345678*482915%23'
 * ```
 */
export function toTelUri(transfer: TransferUssd): string {
  const value: unknown = transfer;
  // A transfer's own reveal, never one inherited from a polluted Object.prototype.
  const reveal = ownDataValue(value, 'reveal');
  const text: unknown = typeof reveal === 'function' ? Reflect.apply(reveal, value, []) : undefined;
  if (typeof text !== 'string') {
    return fail(
      'invalid_input',
      ['transfer'],
      'transfer must be a TransferUssd, as buildTransferUssd or parseTransferUssd return it',
    );
  }
  // Everything but digits and * is percent-encoded, so even a hand-made value adds no URI syntax.
  return `tel:${text.replace(/[^0-9*]/gu, percentEncode)}`;
}
