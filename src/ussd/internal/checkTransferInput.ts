import {
  KpmmError,
  parseKpPhoneNumber,
  toKpPhoneNumber,
  type KpmmErrorCode,
  type KpPhoneNumber,
} from '../../core/index.js';
import { isRecord } from '../../core/internal/checks.js';
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

/**
 * The common valid shape, checked by hand at a fraction of zod's cost: every field valid and the
 * recipient given as text. Returns undefined otherwise, leaving the verdict to the schema.
 */
function checkFast(input: unknown): CheckedTransferInput | undefined {
  if (!isRecord(input)) return undefined;
  const carrier = input['carrier'];
  const amount = input['amount'];
  const recipient = input['recipient'];
  const pin = input['pin'];
  const format = input['recipientFormat'];
  if (
    (carrier !== 'koryolink' && carrier !== 'kangsong') ||
    typeof amount !== 'number' ||
    !Number.isSafeInteger(amount) ||
    amount < 1 ||
    typeof pin !== 'string' ||
    !PIN.test(pin) ||
    (format !== undefined && format !== 'national' && format !== 'nsn') ||
    typeof recipient !== 'string'
  ) {
    return undefined;
  }
  return {
    carrier,
    amount,
    // Every other field is valid here, so a bad recipient is the whole list of issues.
    recipient: parseKpPhoneNumber(recipient, ['recipient']),
    recipientFormat: format ?? DEFAULT_RECIPIENT_FORMAT.value,
    pin,
  };
}

const NOT_AN_OBJECT = issue(
  'invalid_input',
  [],
  'transfer input must be an object { carrier, amount, recipient, pin }',
);

/**
 * Checks a transfer input: the fast path for the common valid shape, then the zod schema, whose
 * issues become coded {@link KpmmError} issues naming each bad field, in input order.
 */
export function checkTransferInput(input: unknown): CheckedTransferInput {
  const fast = checkFast(input);
  if (fast !== undefined) return fast;
  const result = TransferInputSchema.safeParse(input);
  if (result.success) {
    const data = result.data;
    return {
      carrier: data.carrier,
      amount: data.amount,
      recipient: toKpPhoneNumber(data.recipient, ['recipient']),
      recipientFormat: data.recipientFormat ?? DEFAULT_RECIPIENT_FORMAT.value,
      pin: data.pin,
    };
  }
  const failed = new Set(result.error.issues.map((i) => i.path[0]));
  const [first = NOT_AN_OBJECT, ...rest] = FIELDS.filter(([field]) => failed.has(field)).map(
    ([field, code, message]) => issue(code, [field], message),
  );
  throw new KpmmError([first, ...rest]);
}
