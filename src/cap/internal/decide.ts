import { toIsoUtc } from '../../core/index.js';
import { formatDay } from '../../core/internal/civil.js';
import type { CapDecision, CapViolation, CapWarning } from '../types.js';
import { daySpan, monthSpan } from './bounds.js';
import type { CompiledPolicy } from './compilePolicy.js';
import { judgeDaily, judgeMonthly } from './judge.js';
import type { Row } from './rows.js';

const LIMIT_MS = 8.64e15;
const NO_WARNINGS: readonly CapWarning[] = Object.freeze([]);

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
  warnings: readonly CapWarning[] = NO_WARNINGS,
): CapDecision {
  const at = proposed.ms;
  const day = daySpan(at);
  const { rollingMs, monthlyMax } = policy;
  const windowStart = rollingMs === null ? day.start : at - rollingMs + 1;
  const monthly = monthlyMax === null ? null : { max: monthlyMax, span: monthSpan(at) };
  let count = 0;
  let total = 0;
  let sameRecipient = 0;
  const inWindow: Row[] = [];
  for (const row of history) {
    if (row.ms > at) continue;
    if (row.ms >= windowStart) {
      count += 1;
      total += row.amount;
      // Only a rolling window reads these rows; under a calendar day they are left unread.
      inWindow.push(row);
    }
    // Under a monthly rule the proposed transfer names its recipient, so null matches nothing.
    if (monthly !== null && row.recipient === proposed.recipient && row.ms >= monthly.span.start) {
      sameRecipient += 1;
    }
  }
  const violations: CapViolation[] = [];
  judgeDaily(policy, count, total, proposed.amount, violations);
  if (monthly !== null) judgeMonthly(monthly.max, sameRecipient, violations);
  const dayText = formatDay(day.id);
  // Frozen here, not where they are judged: the audit's findings share the judges and stay
  // unfrozen, as freezing them slowed a log full of violations by a third.
  for (const violation of violations) Object.freeze(violation);
  const [first, ...rest] = violations;
  if (first === undefined) {
    return Object.freeze({
      allowed: true,
      day: dayText,
      policyId: policy.id,
      remaining: Object.freeze({
        transfers: policy.maxTransfers - count - 1,
        amount: policy.maxAmountWon - total - proposed.amount,
      }),
      warnings,
    });
  }
  // The earliest instant at which every broken rule has let go; each rule only relaxes with time.
  // The daily rule's release is taken even when only the monthly rule is broken: it is then no
  // later than `at` (a rolling window lets go of nothing) or than the day's end, before the
  // month's end.
  let release = at;
  let never = false;
  if (policy.maxTransfers < 1 || proposed.amount > policy.maxAmountWon) never = true;
  else if (rollingMs === null) release = Math.max(release, day.end);
  else release = Math.max(release, rollingRelease(policy, rollingMs, inWindow, proposed.amount));
  if (monthly !== null && sameRecipient + 1 > monthly.max) {
    if (monthly.max < 1) never = true;
    else release = Math.max(release, monthly.span.end);
  }
  return Object.freeze({
    allowed: false,
    day: dayText,
    policyId: policy.id,
    violations: Object.freeze<readonly [CapViolation, ...CapViolation[]]>([first, ...rest]),
    nextAllowedAt: never || release > LIMIT_MS ? null : toIsoUtc(release),
    warnings,
  });
}
