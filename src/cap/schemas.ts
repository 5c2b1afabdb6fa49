import * as z from 'zod/mini';
import {
  KpPhoneNumberSchema,
  parseInstant,
  safeParseKpPhoneNumber,
  toSafe,
} from '../core/index.js';

const count = z.int().check(z.minimum(0));

/**
 * The zod schema of a `sender-daily` rule: whole, non-negative limits.
 *
 * @example
 * ```ts
 * SenderDailyRuleSchema.safeParse({ kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 500 }).success;
 * //=> true
 * ```
 */
export const SenderDailyRuleSchema = z.object({
  kind: z.literal('sender-daily'),
  maxTransfers: count,
  maxAmountWon: count,
});

/**
 * The zod schema of a `recipient-monthly` rule.
 *
 * @example
 * ```ts
 * RecipientMonthlyRuleSchema.safeParse({ kind: 'recipient-monthly', maxTransfers: -1 }).success;
 * //=> false
 * ```
 */
export const RecipientMonthlyRuleSchema = z.object({
  kind: z.literal('recipient-monthly'),
  maxTransfers: count,
});

/**
 * The zod schema of one rule of a policy, told apart by `kind`.
 *
 * @example
 * ```ts
 * CapRuleSchema.safeParse({ kind: 'weekly', maxTransfers: 1 }).success;
 * //=> false
 * ```
 */
export const CapRuleSchema = z.discriminatedUnion('kind', [
  SenderDailyRuleSchema,
  RecipientMonthlyRuleSchema,
]);

/**
 * The zod schema of a window: `'calendar-day'` or `{ rollingHours }`, a whole number of hours
 * from 1 to 8784 (a leap year).
 *
 * @example
 * ```ts
 * CapWindowSchema.safeParse({ rollingHours: 24 }).success;
 * //=> true
 * ```
 */
export const CapWindowSchema = z.union([
  z.literal('calendar-day'),
  z.object({ rollingHours: z.int().check(z.minimum(1), z.maximum(8784)) }),
]);

function hasOneDailyRule(rules: readonly { readonly kind: string }[]): boolean {
  let daily = 0;
  let monthly = 0;
  for (const rule of rules) {
    if (rule.kind === 'sender-daily') daily += 1;
    else monthly += 1;
  }
  return daily === 1 && monthly <= 1;
}

/**
 * The zod schema of a {@link TransferPolicy}: exactly one `sender-daily` rule and at most one
 * `recipient-monthly` rule, a window, the zone `Asia/Pyongyang`, and `effectiveFrom` as a real
 * `YYYY-MM-DD` date. `checkTransfer` and the audit refuse exactly the policies it refuses
 * (`invalid_policy`), with checks written out by hand so that they do not load zod.
 *
 * @example
 * ```ts
 * PolicySchema.safeParse(LIMITS_2022).success;
 * //=> true
 * ```
 */
export const PolicySchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string(),
  rules: z
    .array(CapRuleSchema)
    .check(
      z.refine(
        hasOneDailyRule,
        'needs exactly one sender-daily rule and at most one recipient-monthly rule',
      ),
    ),
  window: CapWindowSchema,
  timeZone: z.literal('Asia/Pyongyang'),
  effectiveFrom: z.iso.date(),
  sources: z.array(z.string()),
  grade: z.optional(z.enum(['reported', 'derived', 'assumed'])),
  assumptions: z.optional(z.array(z.string())),
  note: z.optional(z.string()),
});

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
