import type { KpPhoneNumber } from '../../core/index.js';
import { CARRIERS, type CarrierId } from '../carriers.js';
import type { RecipientFormat, TransferUssd } from '../types.js';

/** What a masked PIN looks like: as long as a real one, so the layout of the string is kept. */
export const PIN_MASK = 'xxxxxx';

// Node's util.inspect looks this symbol up; naming it through the registry keeps node:util out.
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

function masked(this: { readonly redacted: string }): string {
  return this.redacted;
}

// Shared by every transfer, frozen and not enumerable: spreading a transfer copies only its data.
const TRANSFER_PROTOTYPE = Object.freeze(
  Object.defineProperties(
    {},
    {
      toString: { value: masked },
      toJSON: { value: masked },
      [INSPECT]: { value: masked },
    },
  ),
);

type Writable<T> = { -readonly [K in keyof T]: T[K] };

// Object.create is typed `any`; this names what it returns here once. Creating from the
// prototype and assigning the fields is several times faster than a literal with `__proto__`,
// `Object.setPrototypeOf` or property descriptors, which keeps a built transfer near the cost
// of a template literal.
const createTransfer: (prototype: object) => Writable<TransferUssd> = Object.create.bind(Object);

/**
 * Makes the frozen transfer value from checked fields. The PIN lives only in the closure of
 * `reveal`, so no enumeration, serialisation or inspection of the value can reach it.
 */
export function makeTransfer(
  carrier: CarrierId,
  amount: number,
  recipient: KpPhoneNumber,
  recipientFormat: RecipientFormat,
  pin: string,
): TransferUssd {
  const serviceCode = CARRIERS[carrier].serviceCode;
  const prefix = `*${serviceCode}*${String(amount)}*${recipientFormat === 'nsn' ? recipient.nsn : recipient.national}*`;
  const text = `${prefix}${pin}#`;
  const transfer = createTransfer(TRANSFER_PROTOTYPE);
  transfer.carrier = carrier;
  transfer.serviceCode = serviceCode;
  transfer.amount = amount;
  transfer.recipient = recipient;
  transfer.recipientFormat = recipientFormat;
  transfer.crossCarrier = recipient.owner !== carrier;
  transfer.redacted = `${prefix}${PIN_MASK}#`;
  transfer.reveal = () => text;
  return Object.freeze(transfer);
}
