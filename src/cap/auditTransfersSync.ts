import { fail } from '../core/internal/fail.js';
import { readAuditOptions } from './internal/readAuditOptions.js';
import { compileAuditor } from './internal/compileAuditor.js';
import type {
  AuditInvalidRow,
  AuditOptions,
  AuditRow,
  AuditTransfer,
  ThrowingAuditOptions,
} from './types.js';

function* run<T extends AuditTransfer>(
  transfers: Iterable<T>,
  judge: (row: T) => AuditRow<T> | AuditInvalidRow<T> | undefined,
): Generator<AuditRow<T> | AuditInvalidRow<T>, void, undefined> {
  for (const row of transfers) {
    const finding = judge(row);
    if (finding !== undefined) yield finding;
  }
}

/**
 * The synchronous form of {@link auditTransfers}, for a log already in memory (an array or any
 * other iterable): same rows, same order, same errors, no promises. Options are checked at the
 * call; the rows as they are read.
 *
 * The rows it gives are not frozen (see {@link AuditRow}).
 *
 * @param transfers - an iterable of `{ at, sender, recipient?, amount }` in non-decreasing order of `at`
 * @param options - `{ policy?, onInvalid?, ids? }` (see {@link AuditOptions}); without a policy
 *   each row is judged by `policyAt(row.at)`; with `onInvalid: 'report'` an invalid row is yielded
 *   as an {@link AuditInvalidRow} and the audit goes on
 * @returns a generator of the rows that broke their policy
 * @throws KpmmError `invalid_input`, `invalid_policy` at the call; while iterating
 *   `invalid_transfer`, `invalid_instant`, `invalid_amount`, `invalid_phone_number`, `unsorted_log`
 * @example
 * ```ts
 * const log = [
 *   { at: '2020-06-08T09:00:00+09:00', sender: '0191 234 5678', amount: 300 },
 *   { at: '2020-06-08T18:00:00+09:00', sender: '+850 191 234 5678', amount: 300 },
 * ];
 * [...auditTransfersSync(log)].map((row) => [row.index, row.violations.map((v) => v.code)]);
 * //=> [[1, ['daily_count_exhausted', 'daily_amount_exceeded']]]
 * ```
 */
export function auditTransfersSync<T extends AuditTransfer>(
  transfers: Iterable<T>,
  options?: ThrowingAuditOptions,
): Generator<AuditRow<T>, void, undefined>;
export function auditTransfersSync<T extends AuditTransfer>(
  transfers: Iterable<T>,
  options?: AuditOptions,
): Generator<AuditRow<T> | AuditInvalidRow<T>, void, undefined>;
export function auditTransfersSync<T extends AuditTransfer>(
  transfers: Iterable<T>,
  options?: AuditOptions,
): Generator<AuditRow<T> | AuditInvalidRow<T>, void, undefined> {
  const judge = compileAuditor<T>(readAuditOptions(options));
  const iterable: unknown = transfers;
  if (
    typeof iterable !== 'object' ||
    iterable === null ||
    !(Symbol.iterator in iterable) ||
    typeof iterable[Symbol.iterator] !== 'function'
  ) {
    return fail('invalid_input', ['transfers'], 'transfers must be an iterable of transfer rows');
  }
  return run(transfers, judge);
}
