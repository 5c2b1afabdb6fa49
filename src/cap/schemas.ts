import * as z from 'zod/mini';
import {
  KpPhoneNumberSchema,
  parseInstant,
  safeParseKpPhoneNumber,
  toSafe,
} from '../core/index.js';
import { PolicySchema } from './PolicySchema.js';

export {
  CapRuleSchema,
  CapWindowSchema,
  PolicySchema,
  RecipientMonthlyRuleSchema,
  SenderDailyRuleSchema,
} from './PolicySchema.js';

// Mirrors core's parser: a date, a time, optional fractions and a required offset, in at most 64
// characters; the refinement also refuses a day or time that does not exist.
const RFC3339_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

const safeParseInstant = toSafe((value: unknown) => parseInstant(value));
const isInstant = (value: unknown): boolean => safeParseInstant(value).success;

/**
 * The zod schema of an instant: a valid `Date`, finite epoch milliseconds within the range of a
 * `Date`, or an RFC 3339 string with an offset, of a day and time that exist. It accepts exactly
 * what the functions accept.
 *
 * @example
 * ```ts
 * [InstantSchema.safeParse('2020-06-08T10:00:00').success, InstantSchema.safeParse('2020-02-30T10:00:00Z').success];
 * //=> [false, false]
 * ```
 */
export const InstantSchema = z.union([
  z.date(),
  z.number().check(z.gte(-8.64e15), z.lte(8.64e15)),
  z
    .string()
    .check(z.maxLength(64), z.regex(RFC3339_WITH_OFFSET), z.refine(isInstant, 'must exist')),
]);

/**
 * The zod schema of a phone number as written (any text {@link parseKpPhoneNumber} accepts), or
 * already parsed. It accepts exactly what the functions accept.
 *
 * @example
 * ```ts
 * [PhoneInputSchema.safeParse('0191 234 5678').success, PhoneInputSchema.safeParse('hello').success];
 * //=> [true, false]
 * ```
 */
export const PhoneInputSchema = z.union([
  z
    .string()
    .check(z.refine((text) => safeParseKpPhoneNumber(text).success, 'must be a KP mobile number')),
  KpPhoneNumberSchema,
]);

const amount = z.int().check(z.minimum(1));

/**
 * The zod schema of a {@link HistoryEntry} (and of a proposed transfer): whole won, at least 1.
 *
 * @example
 * ```ts
 * HistoryEntrySchema.safeParse({ at: 1591578000000, amount: 0 }).success;
 * //=> false
 * ```
 */
export const HistoryEntrySchema = z.strictObject({
  at: InstantSchema,
  amount,
  recipient: z.optional(z.nullable(PhoneInputSchema)),
});

/**
 * The zod schema of the input of `checkTransfer`.
 *
 * @example
 * ```ts
 * CheckTransferInputSchema.safeParse({ history: [], proposed: { at: 1591578000000, amount: 500 } }).success;
 * //=> true
 * ```
 */
export const CheckTransferInputSchema = z.strictObject({
  history: z.array(HistoryEntrySchema),
  proposed: HistoryEntrySchema,
  policy: z.optional(PolicySchema),
});

/**
 * The zod schema of one row of a log for the audit.
 *
 * @example
 * ```ts
 * AuditTransferSchema.safeParse({ at: 1591578000000, sender: '0191 234 5678', amount: 500 }).success;
 * //=> true
 * ```
 */
export const AuditTransferSchema = z.object({
  at: InstantSchema,
  sender: PhoneInputSchema,
  recipient: z.optional(z.nullable(PhoneInputSchema)),
  amount,
});

/**
 * The zod schema of the input of `scheduleTransfers`: a whole total of won (0 or more), an
 * instant, the recipients, and optionally the history and a policy; no other field. A valid input
 * can still have no schedule: no recipient or a limit of zero (`unreachable_total`), or more than
 * `MAX_SCHEDULED_TRANSFERS` transfers (`out_of_range`).
 *
 * @example
 * ```ts
 * ScheduleTransfersInputSchema.safeParse({ totalWon: 2_000, from: '2022-08-10T00:00:00+09:00', recipients: ['0191 234 5678'] }).success;
 * //=> true
 * ```
 */
export const ScheduleTransfersInputSchema = z.strictObject({
  totalWon: z.int().check(z.minimum(0)),
  from: InstantSchema,
  recipients: z.array(PhoneInputSchema),
  history: z.optional(z.array(HistoryEntrySchema)),
  policy: z.optional(PolicySchema),
});
