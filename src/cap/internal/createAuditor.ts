import type { KpmmIssue } from '../../core/index.js';
import { formatDay } from '../../core/internal/civil.js';
import { fail } from '../../core/internal/fail.js';
import { isRecord } from '../../core/internal/checks.js';
import type { AuditFinding, AuditRow, AuditTransfer } from '../types.js';
import { daySpan, monthSpan, startOfPyongyangMonthOfDay } from './bounds.js';
import { compiledBuiltIns, type CompiledPolicy } from './compilePolicy.js';
import { judgeDaily, judgeMonthly } from './judge.js';
import { builtInOn } from './pickPolicy.js';
import { detailedRow, isAmount, quickInstant, quickRecipient, throwIssues } from './rows.js';

/** What the audit remembers of one sender while any of it is still inside a window. */
interface SenderState {
  day: number;
  dayCount: number;
  dayTotal: number;
  /** Instants and amounts of the sender's transfers still inside the rolling window, oldest first. */
  rollMs: number[] | null;
  rollAmount: number[] | null;
  rollHead: number;
  month: number;
  /** Transfers per recipient (nsn) in `month`. */
  recipients: Map<string, number> | null;
}

/** The parsed-number cache for senders and recipients written as text: bounded, so memory stays flat. */
const NSN_CACHE_LIMIT = 65_536;

function unsorted(index: number): never {
  return fail(
    'unsorted_log',
    ['transfers', index, 'at'],
    `transfers.${String(index)}.at is earlier than the row before it: the log must be in non-decreasing order of at`,
    { index },
  );
}

function refuse(value: unknown, index: number): never {
  const issues: KpmmIssue[] = [];
  detailedRow(value, ['transfers', index], 'invalid_transfer', index, issues, true);
  return throwIssues(issues);
}

/**
 * Builds the streaming judge of a log: each call takes the next row and returns its finding, or
 * undefined when the row broke nothing. Judged by `fixed`, or by the built-in policy in force on
 * each row's day when `fixed` is null.
 */
export function createAuditor<T extends AuditTransfer>(
  fixed: CompiledPolicy | null,
): (row: T) => AuditRow<T> | undefined {
  const candidates = fixed === null ? compiledBuiltIns() : [fixed];
  let trackRollMs = 0;
  // Recipients are remembered only from the first month in which a monthly rule can judge a row:
  // the month a dated policy with that rule takes effect (its earlier days count toward it), or
  // always, for a fixed policy or the earliest built-in, which also judges older rows.
  let monthlyFromDay = Number.POSITIVE_INFINITY;
  candidates.forEach((p, i) => {
    if (p.rollingMs !== null && p.rollingMs > trackRollMs) trackRollMs = p.rollingMs;
    if (p.monthlyMax !== null) {
      const from = fixed !== null || i === 0 ? Number.NEGATIVE_INFINITY : p.effectiveDay;
      monthlyFromDay = Math.min(monthlyFromDay, from);
    }
  });
  const monthlyFromMs = Number.isFinite(monthlyFromDay)
    ? startOfPyongyangMonthOfDay(monthlyFromDay)
    : monthlyFromDay;
  const senders = new Map<string, SenderState>();
  const nsnCache = new Map<string, string>();
  let index = -1;
  let lastMs = Number.NEGATIVE_INFINITY;
  let day = 0;
  let dayEnd = Number.NEGATIVE_INFINITY;
  let month = 0;
  let monthEnd = Number.NEGATIVE_INFINITY;
  let policy: CompiledPolicy = fixed ?? compiledBuiltIns()[0];

  /** The nsn of a phone number, parsing each distinct text once; undefined when it is not one. */
  function nsnOf(value: unknown): string | undefined {
    if (typeof value !== 'string') return quickRecipient(value) ?? undefined;
    const hit = nsnCache.get(value);
    if (hit !== undefined) return hit;
    const nsn = quickRecipient(value);
    if (nsn === null || nsn === undefined) return undefined;
    if (nsnCache.size >= NSN_CACHE_LIMIT) nsnCache.clear();
    nsnCache.set(value, nsn);
    return nsn;
  }

  /** Forgets every sender with nothing left inside a window at `now`. */
  function sweep(now: number): void {
    for (const [key, state] of senders) {
      const { rollMs } = state;
      if (rollMs !== null) {
        const newest = rollMs[rollMs.length - 1];
        if (newest !== undefined && newest > now - trackRollMs) continue;
      }
      if (state.recipients !== null && state.month === month && state.recipients.size > 0) continue;
      senders.delete(key);
    }
  }

  function advance(ms: number): void {
    if (ms >= monthlyFromMs && ms >= monthEnd) {
      const span = monthSpan(ms);
      month = span.id;
      monthEnd = span.end;
    }
    const span = daySpan(ms);
    day = span.id;
    dayEnd = span.end;
    if (fixed === null) policy = builtInOn(day).compiled;
    sweep(ms);
  }

  return (row: T): AuditRow<T> | undefined => {
    index += 1;
    const value: unknown = row;
    if (!isRecord(value)) return refuse(value, index);
    const ms = quickInstant(value['at']);
    const amount = value['amount'];
    const sender = nsnOf(value['sender']);
    const to = value['recipient'];
    const recipient = to === undefined || to === null ? null : nsnOf(to);
    if (ms === undefined || !isAmount(amount) || sender === undefined || recipient === undefined) {
      return refuse(value, index);
    }
    if (ms < lastMs) return unsorted(index);
    lastMs = ms;
    if (ms >= dayEnd) advance(ms);

    let state = senders.get(sender);
    if (state === undefined) {
      state = {
        day,
        dayCount: 0,
        dayTotal: 0,
        rollMs: trackRollMs > 0 ? [] : null,
        rollAmount: trackRollMs > 0 ? [] : null,
        rollHead: 0,
        month,
        recipients: null,
      };
      senders.set(sender, state);
    } else if (state.day !== day) {
      state.day = day;
      state.dayCount = 0;
      state.dayTotal = 0;
    }

    let count = state.dayCount;
    let total = state.dayTotal;
    const { rollMs, rollAmount } = state;
    if (rollMs !== null && rollAmount !== null) {
      // Let go of what has left the widest window, then count what is inside this policy's.
      let head = state.rollHead;
      while (head < rollMs.length && (rollMs[head] ?? 0) <= ms - trackRollMs) head += 1;
      if (head > 64 && head * 2 > rollMs.length) {
        rollMs.splice(0, head);
        rollAmount.splice(0, head);
        head = 0;
      }
      state.rollHead = head;
      if (policy.rollingMs !== null) {
        count = 0;
        total = 0;
        for (let i = rollMs.length - 1; i >= head; i -= 1) {
          if ((rollMs[i] ?? 0) <= ms - policy.rollingMs) break;
          count += 1;
          total += rollAmount[i] ?? 0;
        }
      }
      rollMs.push(ms);
      rollAmount.push(amount);
    }

    let toRecipient = 0;
    if (recipient !== null && ms >= monthlyFromMs) {
      if (state.recipients === null || state.month !== month) {
        state.month = month;
        if (state.recipients === null) state.recipients = new Map();
        else state.recipients.clear();
      }
      toRecipient = state.recipients.get(recipient) ?? 0;
      state.recipients.set(recipient, toRecipient + 1);
    }
    state.dayCount += 1;
    state.dayTotal += amount;

    const findings: AuditFinding[] = [];
    judgeDaily(policy, count, total, amount, findings);
    if (policy.monthlyMax !== null) {
      if (recipient === null) {
        findings.push({
          rule: 'recipient-monthly',
          code: 'missing_recipient',
          limit: policy.monthlyMax,
          attempted: null,
        });
      } else {
        judgeMonthly(policy.monthlyMax, toRecipient, findings);
      }
    }
    const [first, ...rest] = findings;
    if (first === undefined) return undefined;
    return {
      index,
      transfer: row,
      day: formatDay(day),
      policyId: policy.id,
      violations: [first, ...rest],
    };
  };
}
