import {
  KpmmError,
  isKpmmError,
  toKpPhoneNumber,
  type KpmmErrorCode,
  type KpPhoneNumber,
} from '../../core/index.js';
import { isSafeInteger } from '../../core/internal/checks.js';
import { looseFields, readFields } from '../../core/internal/fields.js';
import { issue } from '../../core/internal/fail.js';
import type { CarrierId } from '../carriers.js';
import { DEFAULT_RECIPIENT_FORMAT } from '../constants.js';
import { TransferInputSchema } from '../TransferInputSchema.js';
import type { RecipientFormat } from '../types.js';

/** The fields of a transfer input once checked. */
export interface CheckedTransferInput {
  readonly carrier: CarrierId;
  readonly amount: number;
  readonly recipient: KpPhoneNumber;
  readonly recipientFormat: RecipientFormat;
  readonly pin: string;
}

const PIN = /^[0-9]{6}$/;

// One issue per field, in input order. Messages are fixed text: they never repeat what was given.
const FIELDS = [
  ['carrier', 'unknown_carrier', 'carrier must be koryolink or kangsong'],
  ['amount', 'invalid_amount', 'amount must be a whole number of won, at least 1, as a number'],
  [
    'recipient',
    'invalid_phone_number',
    'recipient must be a North Korean mobile number (191, 192, 193 or 195 and 7 more digits) or a parsed one',
  ],
  ['pin', 'invalid_pin', 'pin must be a string of exactly 6 ASCII digits'],
  ['recipientFormat', 'invalid_recipient_format', 'recipientFormat must be national or nsn'],
] as const satisfies readonly (readonly [string, KpmmErrorCode, string])[];

const NOT_AN_OBJECT = issue(
  'invalid_input',
  [],
  'transfer input must be an object { carrier, amount, recipient, pin }',
);

const TRANSFER_KEYS = FIELDS.map(([field]) => field);
const NUMBER_KEYS = ['nsn', 'national', 'e164', 'owner'];

function isCarrier(value: unknown): value is CarrierId {
  return value === 'koryolink' || value === 'kangsong';
}

function isAmount(value: unknown): value is number {
  return isSafeInteger(value) && value >= 1;
}

function isPin(value: unknown): value is string {
  return typeof value === 'string' && PIN.test(value);
}

function isFormat(value: unknown): value is RecipientFormat | undefined {
  return value === undefined || value === 'national' || value === 'nsn';
}

/** The recipient as a parsed number, or undefined: text the parser accepts, or a parsed one. */
function readRecipient(value: unknown): KpPhoneNumber | undefined {
  try {
    return toKpPhoneNumber(value);
  } catch (error) {
    if (isKpmmError(error)) return undefined;
    throw error;
  }
}

/**
 * Checks a transfer input. Valid input takes the fast path, which only says yes or no; a refused
 * input is explained by {@link TransferInputSchema}, the one definition of the shape: one coded
 * issue per field it refuses, in input order.
 */
export function checkTransferInput(input: unknown): CheckedTransferInput {
  const fields = readFields(input, TRANSFER_KEYS, [], NOT_AN_OBJECT);
  const carrier = fields['carrier'];
  const amount = fields['amount'];
  const recipient = readRecipient(fields['recipient']);
  const pin = fields['pin'];
  const format = fields['recipientFormat'];
  if (
    isCarrier(carrier) &&
    isAmount(amount) &&
    recipient !== undefined &&
    isPin(pin) &&
    isFormat(format)
  ) {
    return {
      carrier,
      amount,
      recipient,
      recipientFormat: format ?? DEFAULT_RECIPIENT_FORMAT.value,
      pin,
    };
  }
  // The schema is shown a parsed recipient's own data fields only (null for an object that has a
  // getter or is not plain), so it calls no getter and finds no inherited field.
  const given = fields['recipient'];
  const shown =
    typeof given === 'object' && given !== null ? (looseFields(given, NUMBER_KEYS) ?? null) : given;
  const refused = new Set(
    TransferInputSchema.safeParse({ ...fields, recipient: shown }).error?.issues.map(
      (found) => found.path[0],
    ),
  );
  // What the schema still accepts was refused by the parser's own-field rules: the recipient.
  if (refused.size === 0) refused.add('recipient');
  const [first = NOT_AN_OBJECT, ...rest] = FIELDS.filter(([field]) => refused.has(field)).map(
    ([field, code, message]) => issue(code, [field], message),
  );
  throw new KpmmError([first, ...rest]);
}
