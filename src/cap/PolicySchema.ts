import * as z from 'zod/mini';

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
 * `YYYY-MM-DD` date. It is the one definition of a policy: `parsePolicy`, `checkTransfer`, the
 * audit and `policyToSql` refuse exactly the policies it refuses (`invalid_policy`), with its
 * issues at their paths.
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
