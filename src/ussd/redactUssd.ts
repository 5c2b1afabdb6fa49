import { fail } from '../core/internal/fail.js';
import { PIN_MASK } from './internal/makeTransfer.js';

// Every place a *999* or *929* transfer begins, overlapping ones included (hence the lookahead):
// the amount and recipient fields are whatever stands between the stars on the same line, and the
// PIN field is the run of letters and digits after them, which is what gets masked. The mask is
// itself such a run and no star, # or line break moves, so a second pass finds the same fields.
const TRANSFER_START = /(?=\*(?:999|929)\*[^*#\r\n]*\*[^*#\r\n]*\*([\p{L}\p{N}\p{M}]+))/dgu;

/**
 * Masks the PIN of every Koryolink (`*999*`) or Kang Song NET (`*929*`) transfer string in any
 * text, such as a log line, even one that would not parse: a missing `#`, a short or formatted
 * number, letters in the PIN. Other USSD codes such as `*100#` are left alone. It is total on
 * strings (it never throws for one), and redacting twice changes nothing more.
 *
 * @param text - any text
 * @returns the same text with each transfer's PIN replaced by `xxxxxx`
 * @throws KpmmError `invalid_input` when `text` is not a string (nothing else is coerced, so a
 *   value whose `toString` holds a PIN is never printed)
 * @see dailynk-2020-06-gifting
 * @example
 * ```ts
 * redactUssd('08:02 sent *999*300*01912345678*482915# then *100#');
 * //=> '08:02 sent *999*300*01912345678*xxxxxx# then *100#'
 * ```
 */
export function redactUssd(text: string): string {
  if (typeof text !== 'string') return fail('invalid_input', ['text'], 'text must be a string');
  let out = '';
  let done = 0;
  for (const match of text.matchAll(TRANSFER_START)) {
    // A later start's PIN field lies after an earlier one's: its fourth star comes later.
    const pin = match.indices?.[1];
    if (pin !== undefined) {
      out += `${text.slice(done, pin[0])}${PIN_MASK}`;
      done = pin[1];
    }
  }
  return done === 0 ? text : out + text.slice(done);
}
