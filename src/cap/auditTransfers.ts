import { fail } from '../core/internal/fail.js';
import { compileAuditor } from './internal/compileAuditor.js';
import { readAuditOptions } from './internal/readAuditOptions.js';
import type {
  AuditInvalidRow,
  AuditOptions,
  AuditRow,
  AuditTransfer,
  ThrowingAuditOptions,
} from './types.js';

function isAsyncIterable<T>(value: Iterable<T> | AsyncIterable<T>): value is AsyncIterable<T> {
  return Symbol.asyncIterator in value && typeof value[Symbol.asyncIterator] === 'function';
}

async function* run<T extends AuditTransfer>(
  transfers: Iterable<T> | AsyncIterable<T>,
  judge: (row: T) => AuditRow<T> | AuditInvalidRow<T> | undefined,
): AsyncGenerator<AuditRow<T> | AuditInvalidRow<T>, void, undefined> {
  if (isAsyncIterable(transfers)) {
    for await (const row of transfers) {
      const finding = judge(row);
      if (finding !== undefined) yield finding;
    }
  } else {
    // A plain iterable is read without a promise per row: only findings cost a turn.
    for (const row of transfers) {
      const finding = judge(row);
      if (finding !== undefined) yield finding;
    }
  }
}

/**
 * Audits a log of many senders (`{ at, sender, recipient?, amount }` rows in non-decreasing order
 * of `at`) as a stream, yielding each row that broke its policy; every row counts as used, and
 * memory grows with the senders of the last seven days, not with the log. Options are checked at the call, rows as they are read
 * (cases, `missing_recipient` and a bad row ending the stream among them: the audit tables).
 *
 * The rows it gives are not frozen (see {@link AuditRow}).
 *
 * @param transfers - an iterable or async iterable of rows, in non-decreasing order of `at`
 * @param options - `{ policy?, onInvalid?, ids? }` (see {@link AuditOptions}); without a policy
 *   each row is judged by `policyAt(row.at)`; with `onInvalid: 'report'` an invalid row is yielded
 *   as an {@link AuditInvalidRow} and the audit goes on
 * @returns an async generator of the rows that broke their policy
 * @throws KpmmError `invalid_input`, `invalid_policy` at the call; while iterating
 *   `invalid_transfer`, `invalid_instant`, `invalid_amount`, `invalid_phone_number`, `unsorted_log`
 * @example
 * ```ts
 * const log = [
 *   { at: '2022-08-10T09:00:00+09:00', sender: '0191 234 5678', recipient: '0195 123 4567', amount: 200 },
 *   { at: '2022-08-11T09:00:00+09:00', sender: '0191 234 5678', recipient: '01951234567', amount: 200 },
 * ];
 * const codes = [];
 * for await (const row of auditTransfers(log)) codes.push([row.index, row.violations[0]?.code]);
 * codes;
 * //=> [[1, 'recipient_monthly_exhausted']]
 * ```
 */
export function auditTransfers<T extends AuditTransfer>(
  transfers: Iterable<T> | AsyncIterable<T>,
  options?: ThrowingAuditOptions,
): AsyncGenerator<AuditRow<T>, void, undefined>;
export function auditTransfers<T extends AuditTransfer>(
  transfers: Iterable<T> | AsyncIterable<T>,
  options?: AuditOptions,
): AsyncGenerator<AuditRow<T> | AuditInvalidRow<T>, void, undefined>;
export function auditTransfers<T extends AuditTransfer>(
  transfers: Iterable<T> | AsyncIterable<T>,
  options?: AuditOptions,
): AsyncGenerator<AuditRow<T> | AuditInvalidRow<T>, void, undefined> {
  const judge = compileAuditor<T>(readAuditOptions(options));
  const input: unknown = transfers;
  if (
    typeof input !== 'object' ||
    input === null ||
    !(
      (Symbol.asyncIterator in input && typeof input[Symbol.asyncIterator] === 'function') ||
      (Symbol.iterator in input && typeof input[Symbol.iterator] === 'function')
    )
  ) {
    return fail(
      'invalid_input',
      ['transfers'],
      'transfers must be an iterable or async iterable of transfer rows',
    );
  }
  return run(transfers, judge);
}
