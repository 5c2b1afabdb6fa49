import { KpmmError, toIsoUtc, type KpmmIssue } from '../../core/index.js';
import { formatDay } from '../../core/internal/civil.js';
import { fail } from '../../core/internal/fail.js';
import { readKnownInto } from '../../core/internal/fields.js';
import type { AuditFinding, AuditInvalidRow, AuditRow, AuditTransfer } from '../types.js';
import { daySpan, monthSpan, startOfPyongyangMonthOfDay } from './bounds.js';
import { compiledBuiltIns, type CompiledPolicy } from './compilePolicy.js';
import { judgeDaily, judgeMonthly } from './judge.js';
import { builtInOn } from './pickPolicy.js';
import {
  LOG_ROW_KEYS,
  isAmount,
  nsnOf,
  opaqueId,
  quickInstant,
  nsnDigits,
  nsnStart,
  quickRecipient,
} from './rows.js';
import type { ReadAuditOptions } from './readAuditOptions.js';
import { detailedRow } from './explainRow.js';

/** What the audit remembers of one sender while any of it is still inside a window. */
interface SenderState {
  day: number;
  dayCount: number;
  dayTotal: number;
  /** The sender's transfers in the rolling window, or null for the calendar day. */
  roll: Roll | null;
  month: number;
  /** Transfers per recipient in `month`. */
  recipients: Tally | null;
}

/**
 * Transfers per recipient: a short list scanned in place (a sender has a few recipients a month,
 * and a scan of a few numbers is cheaper than hashing into a map), then a Map once it is long.
 * The lists are kept from month to month, so a returning sender allocates nothing.
 */
interface Tally {
  readonly keys: Id[];
  readonly counts: number[];
  /** How many of `keys` and `counts` are this month's. */
  size: number;
  map: Map<Id, number> | null;
}

const TALLY_LIST_LIMIT = 64;

/** The transfers to `key` counted so far; counts one more. */
function countOnce(tally: Tally, key: Id): number {
  const { keys, counts, map, size } = tally;
  if (map !== null) {
    const count = map.get(key) ?? 0;
    map.set(key, count + 1);
    return count;
  }
  for (let at = 0; at < size; at += 1) {
    if (keys[at] === key) {
      const count = counts[at] ?? 0;
      counts[at] = count + 1;
      return count;
    }
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the list and the map count alike
  if (size < TALLY_LIST_LIMIT) {
    keys[size] = key;
    counts[size] = 1;
    tally.size = size + 1;
  } else {
    tally.map = new Map(keys.map((k, i) => [k, counts[i] ?? 0]));
    tally.map.set(key, 1);
  }
  return 0;
}

/** Forgets every count, keeping the lists for the next month. */
function clearTally(tally: Tally): void {
  tally.size = 0;
  tally.map = null;
}

/** Instants and amounts of a sender's transfers, oldest first; those before `head` have left. */
interface Roll {
  readonly ms: number[];
  readonly amount: number[];
  head: number;
  /** The won of the transfers from `head` on. */
  total: number;
}

/** The parsed-number cache for senders and recipients written as text: bounded, so memory stays flat. */
const NSN_CACHE_LIMIT = 65_536;

const DAY_MS = 86_400_000;

/** Days a sender is remembered after its last transfer (see sweep). */
const IDLE_DAYS = 7;

function two(value: number): string {
  return value < 10 ? `0${String(value)}` : String(value);
}

/** A sender or recipient as the audit keys it: an opaque id, or a phone number's nsn digits. */
type Id = string | number;

function isNonEmpty<T>(list: T[]): list is [T, ...T[]] {
  return list.length > 0;
}

/** The key of a parsed nsn, or undefined when there is none. */
function keyOf(nsn: string | null | undefined): number | undefined {
  return nsn === null || nsn === undefined ? undefined : nsnDigits(nsn, 0);
}

function unsorted(index: number): never {
  return fail(
    'unsorted_log',
    ['transfers', index, 'at'],
    `transfers.${String(index)}.at is earlier than the row before it: the log must be in non-decreasing order of at`,
    { index },
  );
}

/** The issues of a row that the quick reading refused, as detailed as the row allows. */
function issuesOf(value: unknown, index: number, opaque: boolean): KpmmIssue[] {
  const issues: KpmmIssue[] = [];
  const idOf = opaque ? opaqueId : nsnOf;
  detailedRow(value, ['transfers', index], 'invalid_transfer', index, issues, true, idOf);
  return issues;
}

/**
 * Builds the streaming judge of a log: each call takes the next row and returns its finding, or
 * undefined when the row broke nothing. Judged by `fixed`, or by the built-in policy in force on
 * each row's day when `fixed` is null.
 */
export function compileAuditor<T extends AuditTransfer>({
  policy: fixed,
  report,
  opaque,
}: ReadAuditOptions): (row: T) => AuditRow<T> | AuditInvalidRow<T> | undefined {
  const candidates = fixed === null ? compiledBuiltIns() : [fixed];
  // The built-in policies count calendar days, so a rolling window only comes with a fixed policy.
  const rollingMs = fixed?.rollingMs ?? 0;
  // Recipients are remembered only from the first month in which a monthly rule can judge a row:
  // the month a dated policy with that rule takes effect (its earlier days count toward it), or
  // always, for a fixed policy or the earliest built-in, which also judges older rows.
  let monthlyFromDay = Number.POSITIVE_INFINITY;
  candidates.forEach((p, i) => {
    if (p.monthlyMax !== null) {
      // A fixed policy is the only candidate, so it is the first.
      const from = i === 0 ? Number.NEGATIVE_INFINITY : p.effectiveDay;
      monthlyFromDay = Math.min(monthlyFromDay, from);
    }
  });
  const monthlyFromMs = Number.isFinite(monthlyFromDay)
    ? startOfPyongyangMonthOfDay(monthlyFromDay)
    : monthlyFromDay;
  const senders = new Map<Id, SenderState>();
  const nsnCache = new Map<string, number | undefined>();
  let index = -1;
  let lastMs = Number.NEGATIVE_INFINITY;
  let day = 0;
  let dayEnd = Number.NEGATIVE_INFINITY;
  let month = 0;
  let dayText = '';
  // A row's fields in the order of LOG_ROW_KEYS (at, sender, recipient, amount), read afresh each row.
  const read: unknown[] = [];
  let policy: CompiledPolicy = fixed ?? compiledBuiltIns()[0];

  /**
   * The key of a sender or recipient: an opaque id as it is, or a phone number's nsn digits after
   * `19` as a number, each distinct unusual spelling parsed once; undefined when it is not one.
   */
  function idOf(value: unknown): Id | undefined {
    if (opaque) return typeof value === 'string' && value !== '' ? value : undefined;
    // Stryker disable next-line StringLiteral: every value then skips the cache, to the same key
    if (typeof value !== 'string') return keyOf(quickRecipient(value));
    // The canonical spellings are read directly: cheaper than a cache lookup.
    const digits = nsnDigits(value, nsnStart(value));
    return digits >= 0 ? digits : (nsnCache.get(value) ?? remember(value));
  }

  /** An invalid row: reported, counting toward no limit, or the end of the stream. */
  function refuse(row: T, at: number): AuditInvalidRow<T> {
    const [first, ...rest] = issuesOf(row, at, opaque);
    if (first === undefined) throw new TypeError('a row was refused without an issue');
    if (!report) throw new KpmmError([first, ...rest]);
    return { index: at, transfer: row, invalid: true, issues: [first, ...rest] };
  }

  /** Parses a text and remembers its id (a text that is no number is read again if it comes back). */
  function remember(text: string): number | undefined {
    const id = keyOf(quickRecipient(text));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a memory bound; answers are the same with or without it
    if (nsnCache.size >= NSN_CACHE_LIMIT) nsnCache.clear();
    nsnCache.set(text, id);
    return id;
  }

  // A violation's UTC instant: the date part is made once per UTC day, the time by arithmetic.
  let utcDay = Number.NaN;
  let utcDate = '';
  function utcOf(ms: number): string {
    const inDay = ms - Math.floor(ms / DAY_MS) * DAY_MS;
    const start = ms - inDay;
    if (start !== utcDay) {
      utcDay = start;
      utcDate = toIsoUtc(start).slice(0, -13);
    }
    const seconds = Math.floor(inDay / 1000);
    return `${utcDate}${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}.${String(inDay % 1000).padStart(3, '0')}Z`;
  }

  /**
   * Forgets every sender idle for IDLE_DAYS with nothing left inside a window at `now`. A sender
   * that comes back sooner finds its state as it was: no new objects that would outlive the young
   * generation, so memory stays that of the last days' senders however long the log.
   */
  // Stryker disable next-line BlockStatement: without the sweep the senders stay in memory; the answers are the same
  function sweep(now: number): void {
    // Stryker disable next-line BlockStatement: as above, keeping every sender changes no answer
    senders.forEach((state, key) => {
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: how long an idle sender is kept changes no answer
      if (state.day > day - IDLE_DAYS) return;
      const { roll } = state;
      if (roll !== null) {
        const newest = roll.ms[roll.ms.length - 1];
        if (newest !== undefined && newest > now - rollingMs) return;
      }
      const tally = state.recipients;
      if (tally !== null && state.month === month && tally.size > 0) return;
      senders.delete(key);
    });
  }

  function advance(ms: number): void {
    const span = daySpan(ms);
    day = span.id;
    dayText = formatDay(day);
    dayEnd = span.end;
    month = monthSpan(ms).id;
    if (fixed === null) policy = builtInOn(day).compiled;
    sweep(ms);
  }

  return (row: T): AuditRow<T> | AuditInvalidRow<T> | undefined => {
    index += 1;
    if (!readKnownInto(row, LOG_ROW_KEYS, read)) return refuse(row, index);
    const [at, from, to, amount] = read;
    const ms = quickInstant(at);
    const sender = idOf(from);
    const recipient = to === undefined || to === null ? null : idOf(to);
    if (ms === undefined || !isAmount(amount) || sender === undefined || recipient === undefined) {
      return refuse(row, index);
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
        roll: rollingMs > 0 ? { ms: [], amount: [], head: 0, total: 0 } : null,
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
    const { roll } = state;
    if (roll !== null) {
      // Let go of what has left the window: what is left is inside it.
      let { head, total: held } = roll;
      while (head < roll.ms.length && (roll.ms[head] ?? 0) <= ms - rollingMs) {
        held -= roll.amount[head] ?? 0;
        head += 1;
      }
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator,BlockStatement: when to drop what has left only bounds memory; the rows from head on are the same
      if (head > 64 && head * 2 > roll.ms.length) {
        roll.ms.splice(0, head);
        roll.amount.splice(0, head);
        head = 0;
      }
      count = roll.ms.length - head;
      total = held;
      roll.ms.push(ms);
      roll.amount.push(amount);
      roll.head = head;
      roll.total = held + amount;
    }

    let toRecipient = 0;
    if (recipient !== null && ms >= monthlyFromMs) {
      let tally = state.recipients;
      if (tally === null) {
        tally = { keys: [], counts: [], size: 0, map: null };
        state.recipients = tally;
      } else if (state.month !== month) {
        clearTally(tally);
      }
      state.month = month;
      toRecipient = countOnce(tally, recipient);
    }
    state.dayCount += 1;
    state.dayTotal += amount;

    const findings: AuditFinding[] = [];
    judgeDaily(policy, count, total, amount, findings);
    const { monthlyMax } = policy;
    if (monthlyMax !== null) {
      if (recipient === null) {
        findings.push({
          rule: 'recipient-monthly',
          code: 'missing_recipient',
          limit: monthlyMax,
          attempted: null,
        });
      } else {
        judgeMonthly(monthlyMax, toRecipient, findings);
      }
    }
    if (!isNonEmpty(findings)) return undefined;
    return {
      index,
      transfer: row,
      utc: utcOf(ms),
      day: dayText,
      policyId: policy.id,
      beforePolicyReport: day < policy.effectiveDay,
      violations: findings,
    };
  };
}
