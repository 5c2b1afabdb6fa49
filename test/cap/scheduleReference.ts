// A brute-force reference for scheduleTransfers: it tries every order of amounts and recipients,
// placing each transfer at the earliest instant the rules allow after the one before, and keeps
// the schedule that finishes first. The rules are written here again, plainly, from their
// description (Pyongyang days and months read through Intl), not taken from the library.
import { startOfNextPyongyangDay } from '../../src/core/index.js';

export interface RefPolicy {
  readonly maxTransfers: number;
  readonly maxAmountWon: number;
  readonly monthlyMax: number | null;
  /** Hours of a rolling window, or null for the Pyongyang calendar day. */
  readonly rollingHours: number | null;
}

export interface RefRow {
  readonly ms: number;
  readonly amount: number;
  readonly recipient: string | null;
}

const HOUR_MS = 3_600_000;
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Pyongyang',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const dayCache = new Map<number, string>();

/** The Pyongyang date of an instant, `YYYY-MM-DD`. */
function pyongyangDay(ms: number): string {
  let day = dayCache.get(ms);
  if (day === undefined) {
    day = dayFormat.format(ms);
    dayCache.set(ms, day);
  }
  return day;
}

/** Whether a transfer passes the policy after `rows` (those after `at` do not count). */
export function refAllowed(
  policy: RefPolicy,
  rows: readonly RefRow[],
  at: number,
  amount: number,
  recipient: string,
): boolean {
  const today = pyongyangDay(at);
  const month = today.slice(0, 7);
  let count = 0;
  let total = 0;
  let sameRecipient = 0;
  for (const row of rows) {
    if (row.ms > at) continue;
    const inWindow =
      policy.rollingHours === null
        ? pyongyangDay(row.ms) === today
        : row.ms > at - policy.rollingHours * HOUR_MS;
    if (inWindow) {
      count += 1;
      total += row.amount;
    }
    if (row.recipient === recipient && pyongyangDay(row.ms).slice(0, 7) === month) {
      sameRecipient += 1;
    }
  }
  if (count + 1 > policy.maxTransfers || total + amount > policy.maxAmountWon) return false;
  return policy.monthlyMax === null || sameRecipient + 1 <= policy.monthlyMax;
}

/** Pyongyang midnights after `from`, up to `until`. */
function dayStarts(from: number, until: number): number[] {
  const out: number[] = [];
  for (let at = Date.parse(startOfNextPyongyangDay(from)); at <= until;) {
    out.push(at);
    at = Date.parse(startOfNextPyongyangDay(at));
  }
  return out;
}

/**
 * The earliest instant at which any schedule (of transfers placed no earlier than `from` and
 * the latest history row) can have delivered `total`, or null when none does by `until`.
 */
export function refEarliestFinish(
  policy: RefPolicy,
  history: readonly RefRow[],
  from: number,
  recipients: readonly string[],
  total: number,
  until: number,
): number | null {
  const start = Math.max(from, ...history.map((row) => row.ms));
  const midnights = dayStarts(start, until);
  let best: number | null = null;

  /** Instants at which what a rule counts can change: midnights and window exits. */
  function candidates(after: number, rows: readonly RefRow[]): number[] {
    const set = new Set<number>([after]);
    for (const at of midnights) if (at > after) set.add(at);
    if (policy.rollingHours !== null) {
      for (const row of rows) {
        const exit = row.ms + policy.rollingHours * HOUR_MS;
        if (exit > after && exit <= until) set.add(exit);
      }
    }
    return [...set].sort((a, b) => a - b);
  }

  function search(after: number, rows: RefRow[], remaining: number): void {
    if (remaining === 0) {
      if (best === null || after < best) best = after;
      return;
    }
    const times = candidates(after, rows);
    for (let amount = Math.min(remaining, policy.maxAmountWon); amount >= 1; amount -= 1) {
      for (const recipient of recipients) {
        const at = times.find((t) => refAllowed(policy, rows, t, amount, recipient));
        if (at === undefined || (best !== null && at >= best)) continue;
        rows.push({ ms: at, amount, recipient });
        search(at, rows, remaining - amount);
        rows.pop();
      }
    }
  }

  search(start, [...history], total);
  return best;
}

/** A scheduled transfer as a history entry: its instant, amount and recipient, nothing more. */
export function asEntry(transfer: {
  readonly at: string;
  readonly amount: number;
  readonly recipient: { readonly nsn: string; readonly national: string; readonly e164: string };
}): { at: string; amount: number; recipient: string } {
  return { at: transfer.at, amount: transfer.amount, recipient: transfer.recipient.national };
}
