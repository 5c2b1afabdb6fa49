import { compileAuditor } from './internal/compileAuditor.js';
import { readAuditOptions } from './internal/readAuditOptions.js';
import type {
  AuditInvalidRow,
  AuditOptions,
  AuditRow,
  AuditTransfer,
  ThrowingAuditOptions,
} from './types.js';

/**
 * The audit as a function to push rows into, for a log that arrives in pieces (a file read in
 * chunks, a message queue): each call judges the next row, in non-decreasing order of `at`,
 * and returns its finding or `undefined` when it broke nothing. It is what `auditTransfers` and
 * `auditTransfersSync` run, without a promise or a generator step per row. The function
 * remembers the senders still inside a window, so use one per log.
 *
 * The rows it gives are not frozen (see {@link AuditRow}).
 *
 * @param options - `{ policy?, onInvalid?, ids? }`, as for {@link auditTransfers}
 * @returns a function taking the next row
 * @throws KpmmError `invalid_input`, `invalid_policy` at the call; from the returned function
 *   `invalid_transfer`, `invalid_instant`, `invalid_amount`, `invalid_phone_number` (unless
 *   `onInvalid: 'report'`) and `unsorted_log`
 * @example
 * ```ts
 * const audit = createAuditor();
 * audit({ at: '2020-06-08T09:00:00+09:00', sender: '0191 234 5678', amount: 300 });
 * //=> undefined
 * audit({ at: '2020-06-08T18:00:00+09:00', sender: '+850 191 234 5678', amount: 300 })?.violations[0].code;
 * //=> 'daily_count_exhausted'
 * ```
 */
export function createAuditor<T extends AuditTransfer>(
  options?: ThrowingAuditOptions,
): (row: T) => AuditRow<T> | undefined;
export function createAuditor<T extends AuditTransfer>(
  options?: AuditOptions,
): (row: T) => AuditRow<T> | AuditInvalidRow<T> | undefined;
export function createAuditor<T extends AuditTransfer>(
  options?: AuditOptions,
): (row: T) => AuditRow<T> | AuditInvalidRow<T> | undefined {
  return compileAuditor<T>(readAuditOptions(options));
}
