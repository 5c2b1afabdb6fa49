// kp-mobile-money/cap: transfer policies (the daily cap, the monthly per-recipient rule),
// checking one transfer, auditing a log, and the Pyongyang calendar they count in.
export { DAILY_CAP_2020, LIMITS_2022, POLICIES, POLICY_IDS } from './policies.js';
export { CAP_VIOLATION_CODES } from './types.js';
export type {
  AuditFinding,
  AuditInvalidRow,
  AuditOptions,
  AuditRow,
  AuditTransfer,
  CapAllowed,
  CapBlocked,
  CapDecision,
  CapRemaining,
  CapRule,
  CapRuleKind,
  CapViolation,
  CapViolationCode,
  CapWarning,
  CapWindow,
  CheckTransferInput,
  HistoryEntry,
  ThrowingAuditOptions,
  MissingRecipientFinding,
  ProposedTransfer,
  RecipientInput,
  RecipientMonthlyRule,
  ScheduleTransfersInput,
  ScheduledTransfer,
  SenderDailyRule,
  TransferPolicy,
} from './types.js';
export {
  AuditTransferSchema,
  CapRuleSchema,
  CapWindowSchema,
  CheckTransferInputSchema,
  HistoryEntrySchema,
  InstantSchema,
  PhoneInputSchema,
  PolicySchema,
  RecipientMonthlyRuleSchema,
  ScheduleTransfersInputSchema,
  SenderDailyRuleSchema,
} from './schemas.js';
export { policyAt, safePolicyAt } from './policyAt.js';
export { parsePolicy, safeParsePolicy } from './parsePolicy.js';
export { checkTransfer, safeCheckTransfer } from './checkTransfer.js';
export { scheduleTransfers } from './scheduleTransfers.js';
export { safeScheduleTransfers } from './safeScheduleTransfers.js';
export { MAX_SCHEDULED_TRANSFERS } from './maxScheduledTransfers.js';
export { auditTransfers } from './auditTransfers.js';
export { auditTransfersSync } from './auditTransfersSync.js';
export { createAuditor } from './createAuditor.js';
export { capFacts } from './capFacts.js';
export { policyToSql } from './policyToSql.js';
export type {
  PolicyToSqlOptions,
  SqlDialect,
  SqlIds,
  SqlInstants,
  SqlLogColumn,
} from './policyToSql.js';
export {
  pyongyangDate,
  startOfNextPyongyangDay,
  startOfNextPyongyangMonth,
} from '../core/index.js';
// The types its functions take and return, so that an app importing only this entry point can
// name them.
export type {
  Fact,
  Grade,
  InstantInput,
  KpNumberOwner,
  KpPhoneNumber,
  SourceId,
} from '../core/index.js';
// The error every function of this module throws, so that an app importing only this entry point
// can recognise it.
export { KPMM_ERROR_CODES, KpmmError, isKpmmError } from '../core/index.js';
export type { KpmmErrorCode, KpmmIssue, PathSegment, SafeResult } from '../core/index.js';
