import * as z from 'zod/mini';
import { CURRENCIES } from './money.js';

/**
 * The zod schema of {@link Money}: a known currency and a safe integer of minor units.
 *
 * @example
 * ```ts
 * MoneySchema.safeParse({ currency: 'USD', minor: 446 }).success;
 * //=> true
 * ```
 */
export const MoneySchema = z.strictObject({
  currency: z.enum(CURRENCIES),
  minor: z.int(),
});
