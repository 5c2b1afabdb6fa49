import { civilFromDays, daysFromCivil } from '../../core/internal/civil.js';
import { pyongyangDayNumber, startOfPyongyangDayNumber } from '../../core/internal/pyongyang.js';
import { compiledBuiltIns, type CompiledPolicy } from './compilePolicy.js';
import { decide } from './decide.js';
import { builtInOn } from './pickPolicy.js';
import type { Row } from './rows.js';

/** A checked request: epoch ms, and recipients with distinct nsn (at least one). */
export interface ScheduleRequest<R extends { readonly nsn: string }> {
  readonly totalWon: number;
  readonly fromMs: number;
  /** The policy for every date, or null for the built-in policy in force at each date. */
  readonly fixed: CompiledPolicy | null;
  readonly history: readonly Row[];
  readonly recipients: readonly [R, ...R[]];
  /** The most transfers the schedule may hold. */
  readonly limit: number;
}

/** One planned transfer: epoch ms, its Pyongyang day number, the recipient, the policy. */
export interface PlannedRow<R> {
  readonly ms: number;
  readonly day: number;
  readonly amount: number;
  readonly recipient: R;
  readonly policyId: string;
}

/** What the planner remembers of the latest transfer. */
interface Last {
  readonly amount: number;
  readonly day: number;
  readonly policyId: string;
}

/**
 * The schedule, or why there is none: more transfers than `limit` (with the count it would
 * need), or an instant past the last a `Date` can hold.
 */
export type ScheduleOutcome<R> =
  | { readonly kind: 'done'; readonly rows: readonly PlannedRow<R>[] }
  | { readonly kind: 'too-many'; readonly needed: number; readonly exact: boolean }
  | { readonly kind: 'too-late' };

/** Longer than any Pyongyang calendar month and day together. */
const KEEP_MS = 33 * 86_400_000;

/** The first instant of the next built-in policy's first day after `day`, or null. */
function nextSwitch(day: number): number | null {
  for (const candidate of compiledBuiltIns()) {
    if (candidate.effectiveDay > day) return startOfPyongyangDayNumber(candidate.effectiveDay);
  }
  return null;
}

/** The first day (days since 1970-01-01) of the Pyongyang month that holds a day. */
function firstDayOfMonth(day: number): number {
  const { year, month } = civilFromDays(day);
  return daysFromCivil(year, month, 1);
}

/**
 * Plans the earliest transfers that deliver `totalWon`: the first recipient in turn whom the
 * policy's judge (`decide`) lets receive gets all the day or window has left; when nobody may, it
 * moves to the judge's `nextAllowedAt` or the next built-in policy's start, whichever is first.
 * Greedy is earliest unless several transfers a day meet a monthly rule (the schedule laws check
 * it against a brute-force search).
 */
export function planSchedule<R extends { readonly nsn: string }>(
  request: ScheduleRequest<R>,
): ScheduleOutcome<R> {
  const { fixed, recipients, limit } = request;
  const rows: Row[] = [...request.history].sort((a, b) => a.ms - b.ms);
  let at = request.fromMs;
  // A plan never goes back before what was already sent: its rows would judge the older ones.
  for (const row of rows) at = Math.max(at, row.ms);
  let remaining = request.totalWon;
  let count = 0;
  let turn = 0;
  let last: Last | null = null;
  const planned: PlannedRow<R>[] = [];
  // Rows older than any window or month the judge reads are dropped as time moves on, so each
  // step reads a bounded list (a month, or the longest rolling window) however long the plan.
  const keepMs = Math.max(fixed?.rollingMs ?? 0, KEEP_MS);
  let kept = rows;
  // A total that needs more transfers than the limit even at the largest daily amount is only
  // counted, from the first transfer on.
  let largest = fixed?.maxAmountWon ?? 0;
  if (fixed === null)
    for (const p of compiledBuiltIns()) largest = Math.max(largest, p.maxAmountWon);
  const hopeless = remaining > limit * largest;
  let counting = 0;
  while (remaining > 0) {
    if (kept.length > 0 && (kept[0]?.ms ?? at) < at - keepMs)
      kept = kept.filter((row) => row.ms >= at - keepMs);
    const day = pyongyangDayNumber(at);
    const policy = fixed ?? builtInOn(day).compiled;
    const switchAt = fixed === null ? nextSwitch(day) : null;
    if ((hopeless || count >= limit) && last !== null) {
      counting += 1;
      // Transfers that keep splitting the day's amount (a rolling window of several transfers)
      // never settle; past a bound the count is given as a floor: no transfer carries more.
      if (counting > limit) {
        return {
          kind: 'too-many',
          needed: count + Math.ceil(remaining / policy.maxAmountWon),
          exact: false,
        };
      }
      const steady = last.amount === policy.maxAmountWon && last.policyId === policy.id;
      // From here on every transfer carries the whole daily amount, under one policy for good.
      if (steady && switchAt === null) {
        return {
          kind: 'too-many',
          needed: count + Math.ceil(remaining / policy.maxAmountWon),
          exact: true,
        };
      }
      // Under a calendar-day policy without a monthly rule, each day until the switch takes one
      // full transfer; skip them, stopping at the switch's month, whose rows the next policy reads.
      if (steady && switchAt !== null && policy.rollingMs === null && policy.monthlyMax === null) {
        const lastDay: number = last.day;
        const skip = firstDayOfMonth(pyongyangDayNumber(switchAt)) - (lastDay + 1);
        if (skip * policy.maxAmountWon >= remaining) {
          return {
            kind: 'too-many',
            needed: count + Math.ceil(remaining / policy.maxAmountWon),
            exact: true,
          };
        }
        if (skip > 0) {
          count += skip;
          remaining -= skip * policy.maxAmountWon;
          turn = (turn + skip) % recipients.length;
          last = { amount: policy.maxAmountWon, day: lastDay + skip, policyId: policy.id };
          at = Math.max(at, startOfPyongyangDayNumber(lastDay + skip + 1));
          continue;
        }
      }
    }
    let release = Number.POSITIVE_INFINITY;
    let sent = false;
    for (let k = 0; k < recipients.length && !sent; k += 1) {
      const index = (turn + k) % recipients.length;
      const to = recipients[index] ?? recipients[0];
      const recipient = to.nsn;
      const probe = decide(policy, kept, { ms: at, amount: 1, recipient });
      if (probe.allowed) {
        // The probe's one won plus what it leaves is the room of the day (or window).
        const amount = Math.min(remaining, probe.remaining.amount + 1);
        kept.push({ ms: at, amount, recipient });
        if (count < limit) {
          planned.push({ ms: at, day, amount, recipient: to, policyId: policy.id });
        }
        count += 1;
        remaining -= amount;
        turn = (index + 1) % recipients.length;
        last = { amount, day, policyId: policy.id };
        sent = true;
      } else if (probe.nextAllowedAt !== null) {
        release = Math.min(release, Date.parse(probe.nextAllowedAt));
      }
    }
    if (sent) continue;
    if (switchAt !== null) release = Math.min(release, switchAt);
    // Limits of zero are refused before planning, so no release means one past the last instant.
    if (release === Number.POSITIVE_INFINITY) return { kind: 'too-late' };
    at = release;
  }
  if (hopeless || count > limit) return { kind: 'too-many', needed: count, exact: true };
  return { kind: 'done', rows: planned };
}
