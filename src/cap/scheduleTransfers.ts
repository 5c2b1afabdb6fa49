import {
  KpmmError,
  parseInstant,
  toIsoUtc,
  toKpPhoneNumber,
  type KpPhoneNumber,
  type KpmmIssue,
} from '../core/index.js';
import { isRecord, isSafeInteger } from '../core/internal/checks.js';
import { dataSnapshot, readList, readOwn, shapeIssues } from '../core/internal/fields.js';
import { formatDay } from '../core/internal/civil.js';
import { fail, issue, pushIssue } from '../core/internal/fail.js';
import { compilePolicy, type CompiledPolicy } from './internal/compilePolicy.js';
import { readHistory } from './internal/readHistory.js';
import { collect, quickInstant, throwIssues } from './internal/rows.js';
import { planSchedule } from './internal/schedule.js';
import { MAX_SCHEDULED_TRANSFERS } from './maxScheduledTransfers.js';
import { ScheduleTransfersInputSchema } from './schemas.js';
import type { ScheduleTransfersInput, ScheduledTransfer } from './types.js';

// ScheduleTransfersInputSchema is the one definition of the input, its field names included. A
// fast path only answers "valid or not"; a refused input is explained by the schema, each field
// it refuses worded by the parser of its kind. History and policy explain themselves by theirs.

// `from` is written in backticks: the module walls read a quote after the word as an import.
const FROM = `from`;
const FIELDS: readonly string[] = Object.keys(ScheduleTransfersInputSchema.shape);
const NOT_OBJECT =
  'scheduleTransfers needs an object { totalWon, from, recipients, history?, policy? }';
const TOTAL = `totalWon must be a whole number of won, at least 0 and at most ${String(Number.MAX_SAFE_INTEGER)}`;
const NOT_A_LIST = 'recipients must be an array of phone numbers';

/** Each recipient parsed, or undefined when one is not a phone number; never throws. */
function quickRecipients(list: readonly unknown[]): KpPhoneNumber[] | undefined {
  const parsed: KpPhoneNumber[] = [];
  try {
    for (const entry of list) parsed.push(toKpPhoneNumber(entry));
  } catch {
    return undefined;
  }
  return parsed;
}

/** The recipients, each number once (the first spelling kept), in the order given, frozen. */
function distinct(numbers: readonly KpPhoneNumber[]): KpPhoneNumber[] {
  const seen = new Set<string>();
  const out: KpPhoneNumber[] = [];
  for (const number of numbers) {
    if (seen.has(number.nsn)) continue;
    seen.add(number.nsn);
    out.push(Object.freeze(number));
  }
  return out;
}

/**
 * Explains a refused totalWon, from or recipients by the schema: the fields it refuses, each
 * worded by its parser (a recipient at its index), in the order of the input's fields.
 */
function explainFields(
  totalWon: unknown,
  from: unknown,
  list: readonly unknown[] | undefined,
  issues: KpmmIssue[],
): void {
  const view = {
    totalWon,
    from: quickInstant(from) ?? dataSnapshot(from),
    recipients: list === undefined ? null : list.map((entry) => dataSnapshot(entry)),
  };
  const refused = new Set<PropertyKey>();
  const entries = new Set<number>();
  for (const found of ScheduleTransfersInputSchema.safeParse(view).error?.issues ?? []) {
    const [field, index] = found.path;
    refused.add(field ?? '');
    if (field === 'recipients' && typeof index === 'number') entries.add(index);
  }
  if (refused.has('totalWon')) pushIssue(issues, issue('invalid_amount', ['totalWon'], TOTAL));
  if (refused.has(FROM)) collect(issues, () => parseInstant(from, [FROM]));
  if (list === undefined) {
    pushIssue(issues, issue('invalid_input', ['recipients'], NOT_A_LIST));
    return;
  }
  for (const index of [...entries].sort((a, b) => a - b)) {
    collect(issues, () => toKpPhoneNumber(list[index], ['recipients', index]));
  }
}

/** Refuses a policy under which no transfer can ever go: a limit of zero. */
function checkReachable(raw: unknown, policy: CompiledPolicy, totalWon: number): void {
  const rules: unknown = isRecord(raw) ? raw['rules'] : undefined;
  const list: readonly unknown[] = Array.isArray(rules) ? rules : [];
  const zero = (field: string, index: number, why: string): never => {
    const path = ['policy', 'rules', index, field];
    return fail(
      'unreachable_total',
      path,
      `${path.join('.')} is 0: ${why}, so no schedule delivers ${String(totalWon)} won`,
    );
  };
  list.forEach((rule, index) => {
    if (!isRecord(rule)) return;
    if (rule['kind'] === 'sender-daily') {
      if (policy.maxTransfers < 1) zero('maxTransfers', index, 'no transfer is ever allowed');
      if (policy.maxAmountWon < 1) zero('maxAmountWon', index, 'no won may ever be sent');
    } else if (policy.monthlyMax !== null && policy.monthlyMax < 1) {
      zero('maxTransfers', index, 'no recipient may ever receive');
    }
  });
}

/**
 * Plans the transfers that deliver a total as early as the rules allow: each at the earliest
 * instant it may go, carrying all its day allows, recipients taking turns; `history` counts, and
 * without `policy` each date has the policy then in force (`policyAt`). Each transfer passes
 * `checkTransfer`; the plan is the earliest unless a policy has several transfers a day and a
 * monthly rule. Cases: the tables in the scheduleTransfers tests.
 *
 * @param input - `{ totalWon, from, recipients, history?, policy? }`
 * @returns the transfers in order, frozen: `{ at, day, recipient, amount, policyId }`
 * @throws KpmmError `invalid_input`, `invalid_amount` (totalWon), `invalid_instant` (from),
 *   `invalid_phone_number`, `invalid_history`, `invalid_policy`, `unreachable_total` (no
 *   recipient, or a limit of zero), `out_of_range` (more than `MAX_SCHEDULED_TRANSFERS`
 *   transfers, with the count in the issue's `needed`; or past the last instant a Date holds)
 * @see dailynk-2020-06-gifting
 * @see dailynk-2022-08-limits
 * @example
 * ```ts
 * scheduleTransfers({
 *   totalWon: 1_200, from: '2020-06-08T10:00:00+09:00', recipients: ['0191 234 5678'],
 * }).map((t) => [t.at, t.amount]);
 * //=> [['2020-06-08T01:00:00.000Z', 500], ['2020-06-08T15:00:00.000Z', 500], ['2020-06-09T15:00:00.000Z', 200]]
 * ```
 */
export function scheduleTransfers(input: ScheduleTransfersInput): readonly ScheduledTransfer[] {
  const read = readOwn(input, FIELDS);
  if (read.kind === 'not-object') return fail('invalid_input', [], NOT_OBJECT);
  if (read.kind !== 'read' || read.unknown.length > 0) {
    return throwIssues(shapeIssues(read, FIELDS, [], 'invalid_input'));
  }
  const { fields } = read;
  const rawTotal = fields['totalWon'];
  const rawFrom = fields[FROM];
  const rawPolicy = fields['policy'];
  const rawHistory = fields['history'];
  // Read once by index into an array of our own, so a Proxy cannot fail or change it later.
  const list = readList(fields['recipients']);
  const fromMs = quickInstant(rawFrom);
  const given = list === undefined ? undefined : quickRecipients(list);
  const issues: KpmmIssue[] = [];
  // The fast path: valid or not. Only a refusal is explained, by the schema.
  const valid =
    isSafeInteger(rawTotal) && rawTotal >= 0 && fromMs !== undefined && given !== undefined;
  if (!valid) {
    explainFields(rawTotal, rawFrom, list, issues);
    // The schema takes on data what the fast path refused: the input changed while it was read.
    if (issues.length === 0) {
      pushIssue(issues, issue('invalid_input', [], 'input could not be read as data'));
    }
  }
  const history = rawHistory === undefined ? [] : collect(issues, () => readHistory(rawHistory));
  const policy =
    rawPolicy === undefined ? null : collect(issues, () => compilePolicy(rawPolicy, ['policy']));
  if (!valid || history === undefined || policy === undefined) return throwIssues(issues);
  const totalWon = rawTotal + 0;
  if (totalWon === 0) return Object.freeze([]);
  const recipients = distinct(given);
  const [first, ...others] = recipients;
  if (first === undefined) {
    return fail(
      'unreachable_total',
      ['recipients'],
      `recipients is empty: nobody can receive the ${String(totalWon)} won`,
    );
  }
  if (policy !== null) checkReachable(rawPolicy, policy, totalWon);
  const outcome = planSchedule({
    totalWon,
    fromMs,
    fixed: policy,
    history,
    recipients: [first, ...others],
    limit: MAX_SCHEDULED_TRANSFERS,
  });
  if (outcome.kind === 'too-many') {
    const { needed, exact } = outcome;
    throw new KpmmError([
      {
        code: 'out_of_range',
        path: ['totalWon'],
        message: `totalWon needs ${exact ? '' : 'at least '}${String(needed)} transfers, more than the ${String(MAX_SCHEDULED_TRANSFERS)} a schedule may hold`,
        needed,
      },
    ]);
  }
  if (outcome.kind === 'too-late') {
    return fail(
      'out_of_range',
      [FROM],
      'from is too late: the schedule would run past the last instant a Date can hold',
    );
  }
  return Object.freeze(
    outcome.rows.map((row) =>
      Object.freeze({
        at: toIsoUtc(row.ms),
        day: formatDay(row.day),
        recipient: row.recipient,
        amount: row.amount,
        policyId: row.policyId,
      }),
    ),
  );
}
