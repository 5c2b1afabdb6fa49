import { toIsoUtc } from '../../core/index.js';
import { formatDay } from '../../core/internal/civil.js';
import type { CapDecision, CapViolation } from '../types.js';
import { daySpan, monthSpan } from './bounds.js';
import type { CompiledPolicy } from './compilePolicy.js';
import { judgeDaily, judgeMonthly } from './judge.js';
import type { Row } from './rows.js';

const LIMIT_MS = 8.64e15;

/**
 * When the rolling window has let go of enough transfers for one more of `amount` won: the
 * oldest rows leave first, each exactly `rollingMs` after it was made.
 */
function rollingRelease(
  policy: CompiledPolicy,
  rollingMs: number,
  inWindow: Row[],
  amount: number,
): number {
  inWindow.sort((a, b) => a.ms - b.ms);
  let count = inWindow.length;
  let total = 0;
  for (const row of inWindow) total += row.amount;
  let release = Number.NEGATIVE_INFINITY;
  for (const row of inWindow) {
    if (count + 1 <= policy.maxTransfers && total + amount <= policy.maxAmountWon) break;
    count -= 1;
    total -= row.amount;
    release = row.ms + rollingMs;
  }
  return release;
}

/**
 * The unchecked core of `checkTransfer`: the sender's `history` (rows after the proposed instant
 * are ignored) against the proposed transfer under one policy. The proposed transfer names its
 * recipient whenever the policy has a monthly rule.
 */
export function decide(
  policy: CompiledPolicy,
  history: readonly Row[],
  proposed: Row,
): CapDecision {
  const at = proposed.ms;
  const day = daySpan(at);
  const { rollingMs, monthlyMax } = policy;
  const windowStart = rollingMs === null ? day.start : at - rollingMs + 1;
  const month = monthlyMax === null ? null : monthSpan(at);
  let count = 0;
  let total = 0;
  let sameRecipient = 0;
  const inWindow: Row[] = [];
  for (const row of history) {
    if (row.ms > at) continue;
    if (row.ms >= windowStart) {
      count += 1;
      total += row.amount;
      if (rollingMs !== null) inWindow.push(row);
    }
    if (
      month !== null &&
      row.recipient !== null &&
      row.recipient === proposed.recipient &&
      row.ms >= month.start
    ) {
      sameRecipient += 1;
    }
  }
  const violations: CapViolation[] = [];
  judgeDaily(policy, count, total, proposed.amount, violations);
  const dailyBlocked = violations.length > 0;
  if (monthlyMax !== null) judgeMonthly(monthlyMax, sameRecipient, violations);
  const dayText = formatDay(day.id);
  const [first, ...rest] = violations;
  if (first === undefined) {
    return {
      allowed: true,
      day: dayText,
      policyId: policy.id,
      remaining: {
        transfers: policy.maxTransfers - count - 1,
        amount: policy.maxAmountWon - total - proposed.amount,
      },
    };
  }
  // The earliest instant at which every broken rule has let go; each rule only relaxes with time.
  let release = at;
  let never = false;
  if (dailyBlocked) {
    if (policy.maxTransfers < 1 || proposed.amount > policy.maxAmountWon) never = true;
    else if (rollingMs === null) release = Math.max(release, day.end);
    else release = Math.max(release, rollingRelease(policy, rollingMs, inWindow, proposed.amount));
  }
  if (month !== null && monthlyMax !== null && sameRecipient + 1 > monthlyMax) {
    if (monthlyMax < 1) never = true;
    else release = Math.max(release, month.end);
  }
  return {
    allowed: false,
    day: dayText,
    policyId: policy.id,
    violations: [first, ...rest],
    nextAllowedAt: never || release > LIMIT_MS ? null : toIsoUtc(release),
  };
}
