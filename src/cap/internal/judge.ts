import type { CapViolation } from '../types.js';
import type { CompiledPolicy } from './compilePolicy.js';

/**
 * Adds the daily rule's violations for a transfer of `amount` won, given the `count` transfers and
 * `total` won already in its day (or window).
 */
export function judgeDaily(
  policy: CompiledPolicy,
  count: number,
  total: number,
  amount: number,
  out: { push(violation: CapViolation): number },
): void {
  if (count + 1 > policy.maxTransfers) {
    out.push({
      rule: 'sender-daily',
      code: 'daily_count_exhausted',
      limit: policy.maxTransfers,
      attempted: count + 1,
    });
  }
  if (total + amount > policy.maxAmountWon) {
    out.push({
      rule: 'sender-daily',
      code: 'daily_amount_exceeded',
      limit: policy.maxAmountWon,
      attempted: total + amount,
    });
  }
}

/** Adds the monthly rule's violation, given the `count` earlier transfers to the recipient. */
export function judgeMonthly(
  limit: number,
  count: number,
  out: { push(violation: CapViolation): number },
): void {
  if (count + 1 > limit) {
    out.push({
      rule: 'recipient-monthly',
      code: 'recipient_monthly_exhausted',
      limit,
      attempted: count + 1,
    });
  }
}
