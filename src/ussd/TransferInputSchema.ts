import * as z from 'zod/mini';
import { KpPhoneNumberSchema, safeParseKpPhoneNumber } from '../core/index.js';
import type { CarrierId } from './carriers.js';
import { RECIPIENT_FORMATS, USSD_MIN_AMOUNT } from './constants.js';

const CARRIER_IDS = ['koryolink', 'kangsong'] as const satisfies readonly CarrierId[];

/**
 * The zod schema of a {@link TransferInput}, for reuse in forms and for JSON Schema. It is the
 * rule {@link buildTransferUssd} applies: a known carrier, a safe integer amount of at least
 * 1 won (numbers only), a recipient that {@link parseKpPhoneNumber} accepts or a parsed number
 * whose fields agree, a PIN of exactly six ASCII digits, and an optional recipient format.
 *
 * @example
 * ```ts
 * TransferInputSchema.safeParse({ carrier: 'koryolink', amount: '300', recipient: '0191 234 5678', pin: '482915' }).success;
 * //=> false
 * ```
 */
export const TransferInputSchema = z.strictObject({
  carrier: z.enum(CARRIER_IDS),
  // z.int() admits only safe integers, so 2^53 is refused like 1.5, NaN and Infinity.
  amount: z.int().check(z.minimum(USSD_MIN_AMOUNT.value)),
  recipient: z.union([
    z.string().check(z.refine((text) => safeParseKpPhoneNumber(text).success)),
    KpPhoneNumberSchema,
  ]),
  pin: z.string().check(z.regex(/^[0-9]{6}$/)),
  recipientFormat: z.optional(z.enum(RECIPIENT_FORMATS)),
});
