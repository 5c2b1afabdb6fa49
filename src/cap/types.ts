import type { Grade, InstantInput, KpPhoneNumber, KpmmIssue } from '../core/index.js';

/**
 * The name of a rule of a policy: `sender-daily` (per sender and per day, a count and a total)
 * or `recipient-monthly` (per sender–recipient pair and per calendar month, a count).
 *
 * @example
 * ```ts
 * LIMITS_2022.rules.map((rule) => rule.kind);
 * //=> ['sender-daily', 'recipient-monthly']
 * ```
 */
export type CapRuleKind = 'sender-daily' | 'recipient-monthly';

/**
 * Per sender and per day (a Pyongyang calendar day, or a rolling window): at most
 * `maxTransfers` transfers and at most `maxAmountWon` won in total.
 *
 * @example
 * ```ts
 * checkTransfer({ history: [], proposed: { at: '2020-06-08T10:00:00+09:00', amount: 700 } }).violations;
 * //=> [
 * //   {
 * //     rule: 'sender-daily',
 * //     code: 'daily_amount_exceeded',
 * //     limit: 500,
 * //     attempted: 700
 * //   }
 * // ]
 * ```
 */
export interface SenderDailyRule {
  readonly kind: 'sender-daily';
  readonly maxTransfers: number;
  readonly maxAmountWon: number;
}

/**
 * Per sender–recipient pair and per Pyongyang calendar month: at most `maxTransfers` transfers.
 *
 * @example
 * ```ts
 * LIMITS_2022.rules[1];
 * //=> { kind: 'recipient-monthly', maxTransfers: 1 }
 * ```
 */
export interface RecipientMonthlyRule {
  readonly kind: 'recipient-monthly';
  readonly maxTransfers: number;
}

/**
 * One rule of a {@link TransferPolicy}. A policy has exactly one `sender-daily` rule and at
 * most one `recipient-monthly` rule.
 *
 * @example
 * ```ts
 * LIMITS_2022.rules.map((rule) => rule.kind);
 * //=> ['sender-daily', 'recipient-monthly']
 * ```
 */
export type CapRule = SenderDailyRule | RecipientMonthlyRule;

/**
 * What "a day" means for the `sender-daily` rule: the Pyongyang calendar day (the default), or a
 * rolling window in which each transfer counts for exactly `rollingHours` hours. The
 * `recipient-monthly` rule always counts calendar months.
 *
 * @example
 * ```ts
 * parsePolicy({ ...DAILY_CAP_2020, id: 'rolling-2020', window: { rollingHours: 24 } }).window;
 * //=> { rollingHours: 24 }
 * ```
 */
export type CapWindow = 'calendar-day' | { readonly rollingHours: number };

/**
 * A transfer policy as plain data. The built-in ones are {@link DAILY_CAP_2020} and
 * {@link LIMITS_2022}; a policy of the same shape can be written by hand.
 *
 * @example
 * ```ts
 * [DAILY_CAP_2020.id, DAILY_CAP_2020.window, DAILY_CAP_2020.timeZone];
 * //=> ['DAILY_CAP_2020', 'calendar-day', 'Asia/Pyongyang']
 * ```
 */
export interface TransferPolicy {
  readonly id: string;
  readonly label: string;
  readonly rules: readonly CapRule[];
  readonly window: CapWindow;
  /** Days and months are counted in this zone; the only zone supported. */
  readonly timeZone: 'Asia/Pyongyang';
  /** The Pyongyang calendar date (`YYYY-MM-DD`) from which the policy is in force. */
  readonly effectiveFrom: string;
  /** Ids of the sources the policy rests on (see `SOURCES`); free text for your own policies. */
  readonly sources: readonly string[];
  readonly grade?: Grade | undefined;
  /** The library's own choices behind the policy, where the sources are silent. */
  readonly assumptions?: readonly string[] | undefined;
  readonly note?: string | undefined;
}

/**
 * A recipient as written (`'0191 234 5678'`) or already parsed. Recipients are compared as
 * phone numbers, so every way of writing the same number is the same recipient.
 *
 * @example
 * ```ts
 * checkTransfer({
 *   history: [{ at: '2022-08-01T09:00:00+09:00', amount: 100, recipient: '+850 191 234 5678' }],
 *   proposed: { at: '2022-08-10T09:00:00+09:00', amount: 100, recipient: '0191-234-5678' },
 * }).allowed;
 * //=> false
 * ```
 */
export type RecipientInput = string | KpPhoneNumber;

/**
 * One of the sender's earlier transfers. `recipient` may be left out (or `null`): such a row
 * counts toward the daily rule only.
 *
 * @example
 * ```ts
 * checkTransfer({
 *   history: [{ at: '2020-06-08T09:00:00+09:00', amount: 300 }],
 *   proposed: { at: '2020-06-09T09:00:00+09:00', amount: 500 },
 * }).allowed;
 * //=> true
 * ```
 */
export interface HistoryEntry {
  readonly at: InstantInput;
  /** Whole won of mobile money, at least 1. */
  readonly amount: number;
  readonly recipient?: RecipientInput | null | undefined;
}

/**
 * The transfer to check. Under a policy with a `recipient-monthly` rule it must name its
 * recipient.
 *
 * @example
 * ```ts
 * checkTransfer({
 *   history: [],
 *   proposed: { at: '2020-06-08T18:00:00+09:00', amount: 200, recipient: '0191 234 5678' },
 * }).day;
 * //=> '2020-06-08'
 * ```
 */
export type ProposedTransfer = HistoryEntry;

/**
 * The input of `checkTransfer`: the sender's earlier transfers, the transfer to check and,
 * optionally, the policy (by default the one in force at `proposed.at`).
 *
 * @example
 * ```ts
 * checkTransfer({ history: [], proposed: { at: 1591578000000, amount: 500 } }).allowed;
 * //=> true
 * ```
 */
export interface CheckTransferInput {
  readonly history: readonly HistoryEntry[];
  readonly proposed: ProposedTransfer;
  readonly policy?: TransferPolicy | undefined;
}

/**
 * Why a transfer breaks a policy, as data. `missing_recipient` is only reported by the audit,
 * for a logged row without a recipient under a `recipient-monthly` rule.
 *
 * @example
 * ```ts
 * CAP_VIOLATION_CODES;
 * //=> ['daily_count_exhausted', 'daily_amount_exceeded', 'recipient_monthly_exhausted', 'missing_recipient']
 * ```
 */
export const CAP_VIOLATION_CODES = Object.freeze([
  'daily_count_exhausted',
  'daily_amount_exceeded',
  'recipient_monthly_exhausted',
  'missing_recipient',
] as const);

/**
 * A violation code (not an error code: a violation is a finding about a valid transfer).
 *
 * @example
 * ```ts
 * checkTransfer({ history: [], proposed: { at: 1591578000000, amount: 700 } }).violations?.[0]?.code;
 * //=> 'daily_amount_exceeded'
 * ```
 */
export type CapViolationCode = (typeof CAP_VIOLATION_CODES)[number];

/**
 * One broken rule: which rule, why, its limit, and the count or total this transfer would reach.
 *
 * @example
 * ```ts
 * checkTransfer({
 *   history: [{ at: '2020-06-08T09:00:00+09:00', amount: 300 }],
 *   proposed: { at: '2020-06-08T18:00:00+09:00', amount: 100 },
 * }).violations;
 * //=> [
 * //   {
 * //     rule: 'sender-daily',
 * //     code: 'daily_count_exhausted',
 * //     limit: 1,
 * //     attempted: 2
 * //   }
 * // ]
 * ```
 */
export interface CapViolation {
  readonly rule: CapRuleKind;
  readonly code: Exclude<CapViolationCode, 'missing_recipient'>;
  readonly limit: number;
  /** The number of transfers, or the won in total, that this transfer would reach. */
  readonly attempted: number;
}

/**
 * A logged row without a recipient, audited under a `recipient-monthly` rule: the rule cannot be
 * checked, so the row is reported.
 *
 * @example
 * ```ts
 * createAuditor({ policy: LIMITS_2022 })({ at: '2022-08-10T09:00:00+09:00', sender: '0191 234 5678', amount: 100 })?.violations;
 * //=> [
 * //   {
 * //     rule: 'recipient-monthly',
 * //     code: 'missing_recipient',
 * //     limit: 1,
 * //     attempted: null
 * //   }
 * // ]
 * ```
 */
export interface MissingRecipientFinding {
  readonly rule: 'recipient-monthly';
  readonly code: 'missing_recipient';
  readonly limit: number;
  readonly attempted: null;
}

/**
 * What the audit reports about a row: a {@link CapViolation} or a
 * {@link MissingRecipientFinding}.
 *
 * @example
 * ```ts
 * createAuditor()({ at: '2020-06-08T09:00:00+09:00', sender: '0191 234 5678', amount: 700 })?.violations;
 * //=> [
 * //   {
 * //     rule: 'sender-daily',
 * //     code: 'daily_amount_exceeded',
 * //     limit: 500,
 * //     attempted: 700
 * //   }
 * // ]
 * ```
 */
export type AuditFinding = CapViolation | MissingRecipientFinding;

/**
 * What is left today (or in the rolling window) after an allowed transfer.
 *
 * @example
 * ```ts
 * checkTransfer({ history: [], proposed: { at: '2020-06-08T10:00:00+09:00', amount: 300 } }).remaining;
 * //=> { transfers: 0, amount: 200 }
 * ```
 */
export interface CapRemaining {
  readonly transfers: number;
  readonly amount: number;
}

/**
 * The transfer passes: its Pyongyang date, the policy applied, and what is left after it.
 *
 * @example
 * ```ts
 * checkTransfer({ history: [], proposed: { at: '2020-06-08T10:00:00+09:00', amount: 300 } });
 * //=> {
 * //   allowed: true,
 * //   day: '2020-06-08',
 * //   policyId: 'DAILY_CAP_2020',
 * //   remaining: { transfers: 0, amount: 200 },
 * //   warnings: []
 * // }
 * ```
 */
export interface CapAllowed {
  readonly allowed: true;
  /** The Pyongyang calendar date of `proposed.at`, `YYYY-MM-DD`. */
  readonly day: string;
  readonly policyId: string;
  readonly remaining: CapRemaining;
  /** Something to know that is not a rule (see {@link CapWarning}); usually none. */
  readonly warnings: readonly CapWarning[];
}

/**
 * Something a decision's reader should know that is not a broken rule: the transfer is dated
 * before its policy was first reported (`before_policy_report`), and was judged by it anyway.
 *
 * @example
 * ```ts
 * checkTransfer({ history: [], proposed: { at: '2022-01-01T10:00:00+09:00', amount: 100, recipient: '0191 234 5678' }, policy: LIMITS_2022 }).warnings.map((w) => w.code);
 * //=> ['before_policy_report']
 * ```
 */
export interface CapWarning {
  readonly code: 'before_policy_report';
  readonly message: string;
}

/**
 * The transfer is refused: every broken rule, and the earliest instant at which the same
 * transfer would pass (`null` when it never would, e.g. 501 won under a 500-won cap).
 *
 * @example
 * ```ts
 * checkTransfer({
 *   history: [{ at: '2020-06-08T09:00:00+09:00', amount: 300 }],
 *   proposed: { at: '2020-06-08T18:00:00+09:00', amount: 100 },
 * }).nextAllowedAt;
 * //=> '2020-06-08T15:00:00.000Z'
 * ```
 */
export interface CapBlocked {
  readonly allowed: false;
  readonly day: string;
  readonly policyId: string;
  readonly violations: readonly [CapViolation, ...CapViolation[]];
  /** An ISO 8601 UTC string, or `null`. */
  readonly nextAllowedAt: string | null;
  /** Something to know that is not a rule (see {@link CapWarning}); usually none. */
  readonly warnings: readonly CapWarning[];
}

/**
 * The result of `checkTransfer`: narrow on `allowed`.
 *
 * @example
 * ```ts
 * checkTransfer({ history: [], proposed: { at: 1591578000000, amount: 500 } });
 * //=> {
 * //   allowed: true,
 * //   day: '2020-06-08',
 * //   policyId: 'DAILY_CAP_2020',
 * //   remaining: { transfers: 0, amount: 0 },
 * //   warnings: []
 * // }
 * ```
 */
export type CapDecision = CapAllowed | CapBlocked;

/**
 * One row of a transfer log for the audit: when, who sent, to whom (optional), how much.
 * Senders and recipients are compared as phone numbers.
 *
 * @example
 * ```ts
 * [
 *   ...auditTransfersSync([
 *     { at: '2022-08-10T09:00:00+09:00', sender: '0191 234 5678', recipient: '0195 123 4567', amount: 500 },
 *     { at: '2022-08-10T10:00:00+09:00', sender: '0191 234 5678', recipient: '0195 123 4567', amount: 500 },
 *   ]),
 * ].map((row) => row.index);
 * //=> [1]
 * ```
 */
export interface AuditTransfer {
  readonly at: InstantInput;
  readonly sender: RecipientInput;
  readonly recipient?: RecipientInput | null | undefined;
  readonly amount: number;
}

/**
 * Options of the audit. Without `policy`, each row is judged by the policy in force at its
 * instant (`policyAt(row.at)`). `onInvalid`: an invalid row ends the stream with its error
 * (`'throw'`, the default) or is yielded as an {@link AuditInvalidRow} and counts toward no
 * limit (`'report'`); a row out of order always ends it. `ids`: senders and recipients are North
 * Korean numbers in any written form (`'phone'`, the default) or opaque ids such as pseudonyms,
 * compared as exact, non-empty strings (`'opaque'`).
 *
 * @example
 * ```ts
 * [
 *   ...auditTransfersSync(
 *     [
 *       { at: 0, sender: 'p-1', amount: 300 },
 *       { at: 1, sender: 'p-1', amount: 300 },
 *       { at: 2, sender: 'p-2', amount: -1 },
 *     ],
 *     { policy: DAILY_CAP_2020, onInvalid: 'report', ids: 'opaque' },
 *   ),
 * ].map((row) => ('invalid' in row ? row.issues[0].code : row.violations[0]?.code));
 * //=> ['daily_count_exhausted', 'invalid_amount']
 * ```
 */
export interface AuditOptions {
  readonly policy?: TransferPolicy | undefined;
  readonly onInvalid?: 'throw' | 'report' | undefined;
  readonly ids?: 'phone' | 'opaque' | undefined;
}

/** Audit options under which an invalid row ends the stream: the audit yields findings only. */
export type ThrowingAuditOptions = AuditOptions & { readonly onInvalid?: 'throw' | undefined };

/**
 * A row that the audit could not judge, under `onInvalid: 'report'`: its position in the log
 * (from 0), the row as given and what is wrong with it. It counts toward no limit.
 *
 * @example
 * ```ts
 * [
 *   ...auditTransfersSync([{ at: 'yesterday', sender: '0191 234 5678', amount: 100 }], {
 *     onInvalid: 'report',
 *   }),
 * ].map((row) => ('invalid' in row ? [row.index, row.issues[0].code, row.issues[0].path] : null));
 * //=> [[0, 'invalid_instant', ['transfers', 0, 'at']]]
 * ```
 */
export interface AuditInvalidRow<T = AuditTransfer> {
  readonly index: number;
  readonly transfer: T;
  readonly invalid: true;
  readonly issues: readonly [KpmmIssue, ...KpmmIssue[]];
}

/**
 * A row that broke its policy: the row as given, its position in the log (from 0), its instant
 * in UTC, its Pyongyang date, the policy applied, whether that date is before the policy was
 * first reported, and what it broke.
 *
 * Unlike every other result of the library, an audit's rows and their violations are not frozen:
 * freezing them slowed an audit of a log full of violations by a third. `transfer` is the
 * caller's own row.
 *
 * @example
 * ```ts
 * const row = createAuditor()({ at: 1591610400000, sender: '0191 234 5678', amount: 600 });
 * [row?.index, row?.utc, row?.day, row?.policyId, row?.beforePolicyReport];
 * //=> [0, '2020-06-08T10:00:00.000Z', '2020-06-08', 'DAILY_CAP_2020', false]
 * ```
 */
export interface AuditRow<T = AuditTransfer> {
  readonly index: number;
  readonly transfer: T;
  /** The row's instant in UTC, ISO 8601 with milliseconds. */
  readonly utc: string;
  readonly day: string;
  readonly policyId: string;
  /** Whether the row's Pyongyang day is before its policy's `effectiveFrom`, when it was first reported. */
  readonly beforePolicyReport: boolean;
  readonly violations: readonly [AuditFinding, ...AuditFinding[]];
}

/**
 * The input of `scheduleTransfers`: the won to deliver, the earliest instant to start, the
 * recipients who may share it, and optionally the sender's earlier transfers and a policy (by
 * default the built-in policy in force at each transfer's date).
 *
 * @example
 * ```ts
 * scheduleTransfers({ totalWon: 2_000, from: '2022-08-10T00:00:00+09:00', recipients: ['0191 234 5678'] }).length;
 * //=> 4
 * ```
 */
export interface ScheduleTransfersInput {
  /** Whole won of mobile money to deliver, 0 or more. */
  readonly totalWon: number;
  /** No transfer is scheduled before this instant (nor before the latest row of `history`). */
  readonly from: InstantInput;
  /** Who may receive; the same number written twice counts once. */
  readonly recipients: readonly RecipientInput[];
  readonly history?: readonly HistoryEntry[] | undefined;
  readonly policy?: TransferPolicy | undefined;
}

/**
 * One transfer of a schedule: when (the earliest instant the rules allow, as ISO UTC), its
 * Pyongyang date, to whom (parsed), how much, and the policy that allows it.
 *
 * @example
 * ```ts
 * const [first] = scheduleTransfers({ totalWon: 500, from: '2020-06-08T00:00:00+09:00', recipients: ['0191 234 5678'] });
 * [first?.at, first?.day, first?.amount, first?.policyId, first?.recipient.e164];
 * //=> [
 * //   '2020-06-07T15:00:00.000Z',
 * //   '2020-06-08',
 * //   500,
 * //   'DAILY_CAP_2020',
 * //   '+8501912345678'
 * // ]
 * ```
 */
export interface ScheduledTransfer {
  readonly at: string;
  readonly day: string;
  readonly recipient: KpPhoneNumber;
  readonly amount: number;
  readonly policyId: string;
}
