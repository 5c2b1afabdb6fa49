import {
  KpmmError,
  toKpPhoneNumber,
  toSafe,
  type KpmmIssue,
  type SafeResult,
} from '../core/index.js';
import { fail, issue } from '../core/internal/fail.js';
import { CARRIERS, type CarrierId } from './carriers.js';
import { USSD_MAX_LENGTH } from './constants.js';
import { makeTransfer } from './internal/makeTransfer.js';
import type { TransferUssd } from './types.js';

const CARRIER_BY_CODE: ReadonlyMap<string, CarrierId> = new Map(
  Object.values(CARRIERS).map((carrier) => [carrier.serviceCode, carrier.id]),
);

const SERVICE_CODE = /^[0-9]{2,3}$/;
const AMOUNT = /^[1-9][0-9]*$/;
const RECIPIENT = /^0?19[1235][0-9]{7}$/;
const PIN = /^[0-9]{6}$/;

function malformed(why: string): never {
  return fail('malformed_ussd', [], `ussd ${why}; a transfer is *SC*AMOUNT*RECIPIENT*PIN#`);
}

/** Reads the fields of a string no longer than a USSD string may be, or names what is wrong. */
function read(text: string): TransferUssd {
  const end = text.indexOf('#');
  const fields = text.slice(1, end === -1 ? text.length : end).split('*');
  // Stryker disable next-line StringLiteral: split gives at least one field, and the other three
  // are read only once there are exactly four, so no default is ever used.
  const [code = '', amountText = '', recipientText = '', pin = ''] = fields;
  const carrier = CARRIER_BY_CODE.get(code);
  if (!text.startsWith('*') || carrier === undefined) {
    if (text.startsWith('*') && SERVICE_CODE.test(code)) {
      fail(
        'unknown_service_code',
        ['serviceCode'],
        'serviceCode must be 999 (Koryolink) or 929 (Kang Song NET)',
      );
    }
    return malformed('must begin with a service code such as *999*');
  }
  if (end !== text.length - 1) return malformed('must end with #, with nothing after it');
  if (fields.length !== 4) return malformed('must have exactly four fields');
  const amount = Number(amountText);
  const issues: KpmmIssue[] = [];
  if (!AMOUNT.test(amountText) || !Number.isSafeInteger(amount)) {
    issues.push(
      issue(
        'invalid_amount',
        ['amount'],
        'amount must be whole won, at least 1, without leading zeros',
      ),
    );
  }
  if (!RECIPIENT.test(recipientText)) {
    issues.push(
      issue(
        'invalid_phone_number',
        ['recipient'],
        'recipient must be a mobile number in national (01912345678) or nsn (1912345678) form',
      ),
    );
  }
  if (!PIN.test(pin)) {
    issues.push(issue('invalid_pin', ['pin'], 'pin must be exactly 6 ASCII digits'));
  }
  const [first, ...rest] = issues;
  if (first !== undefined) throw new KpmmError([first, ...rest]);
  return makeTransfer(
    carrier,
    amount,
    toKpPhoneNumber(recipientText),
    recipientText.length === 10 ? 'nsn' : 'national',
    pin,
  );
}

/**
 * Reads a transfer string back: the inverse of {@link buildTransferUssd}, so that
 * `parseTransferUssd(s).reveal() === s` and parsing a built transfer gives back its carrier,
 * amount, recipient, recipient format and PIN. Only `*SC*AMOUNT*RECIPIENT*PIN#` with a known
 * service code, an amount without leading zeros and a recipient in national or nsn form is a
 * transfer; any other MMI or USSD string is refused with a code.
 *
 * @param text - the string as dialled
 * @returns the transfer, frozen, with the PIN masked in every view but `reveal()`
 * @throws KpmmError `ussd_too_long` (checked first), `unknown_service_code`, `malformed_ussd`,
 * or `invalid_amount`, `invalid_phone_number`, `invalid_pin` for a bad field
 * @see 3gpp-22-030
 * @see dailynk-2020-06-gifting
 * @example
 * ```ts
 * const transfer = parseTransferUssd('*929*500*1951234567*735190#');
 * [transfer.carrier, transfer.amount, transfer.recipientFormat, transfer.redacted];
 * //=> ['kangsong', 500, 'nsn', '*929*500*1951234567*xxxxxx#']
 * ```
 */
export function parseTransferUssd(text: string): TransferUssd {
  if (typeof text !== 'string') return malformed('must be a string');
  if (text.length > USSD_MAX_LENGTH.value) {
    fail(
      'ussd_too_long',
      [],
      `ussd must be at most ${String(USSD_MAX_LENGTH.value)} characters long`,
    );
  }
  return read(text);
}

const safeParse = toSafe(parseTransferUssd);

/**
 * The non-throwing twin of {@link parseTransferUssd}.
 *
 * @param text - the string as dialled
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const result = safeParseTransferUssd('*100#');
 * result.success ? result.data.redacted : result.error.code;
 * //=> 'unknown_service_code'
 * ```
 */
export function safeParseTransferUssd(text: string): SafeResult<TransferUssd> {
  return safeParse(text);
}
