import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkTransfer,
  safeScheduleTransfers,
  scheduleTransfers,
  type HistoryEntry,
  type TransferPolicy,
} from '../../src/cap/index.js';
import { parseKpPhoneNumber } from '../../src/core/index.js';
import { arbBaseMs, arbPolicy, arbRecipient } from './arbitraries.js';
import { asEntry, refEarliestFinish, type RefPolicy } from './scheduleReference.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const NSNS = ['1912345678', '1923456789', '1951234567'] as const;

/** A policy under which some transfer can go: every limit at least 1. */
const arbReachablePolicy: fc.Arbitrary<TransferPolicy> = arbPolicy.filter((policy) =>
  policy.rules.every((rule) =>
    rule.kind === 'sender-daily'
      ? rule.maxTransfers >= 1 && rule.maxAmountWon >= 1
      : rule.maxTransfers >= 1,
  ),
);

/** A sender's history before `from`: a few rows within 40 days. */
function arbHistoryBefore(
  maxAmount: number,
): fc.Arbitrary<{ offset: number; amount: number; to: number | null }[]> {
  return fc.array(
    fc.record({
      offset: fc.oneof(
        fc.integer({ min: 0, max: 2 * DAY_MS }),
        fc.integer({ min: 0, max: 80 }).map((k) => k * 30 * 60_000),
        fc.integer({ min: 0, max: 40 * DAY_MS }),
      ),
      amount: fc.integer({ min: 1, max: maxAmount }),
      to: fc.option(fc.integer({ min: 0, max: NSNS.length - 1 }), { nil: null }),
    }),
    { maxLength: 4 },
  );
}

function historyOf(
  from: number,
  rows: readonly { offset: number; amount: number; to: number | null }[],
): HistoryEntry[] {
  return rows.map(({ offset, amount, to }) =>
    to === null
      ? { at: from - offset, amount }
      : { at: from - offset, amount, recipient: NSNS[to] ?? null },
  );
}

describe('scheduleTransfers laws', () => {
  it('every scheduled transfer passes checkTransfer given the history and the transfers before it, and the amounts add up to the total', () => {
    fc.assert(
      fc.property(
        fc.option(arbReachablePolicy, { nil: undefined }),
        arbBaseMs,
        arbHistoryBefore(600),
        fc.array(arbRecipient, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 5_000 }),
        (policy, from, rows, recipients, wanted) => {
          const history = historyOf(from, rows);
          // At most about 40 transfers, so that re-checking each stays quick.
          const daily = policy?.rules.find((rule) => rule.kind === 'sender-daily');
          const perDay = daily?.kind === 'sender-daily' ? daily.maxAmountWon : 500;
          const totalWon = Math.min(wanted, 40 * perDay);
          const result = safeScheduleTransfers({
            totalWon,
            from,
            recipients,
            history,
            ...(policy === undefined ? {} : { policy }),
          });
          if (!result.success) {
            // Only a schedule longer than the bound is refused for valid input.
            expect(result.error.code).toBe('out_of_range');
            return;
          }
          const seen: HistoryEntry[] = [...history];
          let sum = 0;
          for (const transfer of result.data) {
            expect(Date.parse(transfer.at)).toBeGreaterThanOrEqual(from);
            const decision = checkTransfer({
              history: seen,
              proposed: asEntry(transfer),
              ...(policy === undefined ? {} : { policy }),
            });
            expect(decision.allowed).toBe(true);
            expect(decision.policyId).toBe(transfer.policyId);
            expect(decision.day).toBe(transfer.day);
            seen.push(asEntry(transfer));
            sum += transfer.amount;
          }
          expect(sum).toBe(totalWon);
          const nsns = new Set(
            recipients.map((r) => (typeof r === 'string' ? parseKpPhoneNumber(r).nsn : r.nsn)),
          );
          for (const transfer of result.data) expect(nsns.has(transfer.recipient.nsn)).toBe(true);
        },
      ),
      // Each run re-checks up to 40 transfers against a growing history: capped for the fuzz.
      { numRuns: Math.min(1_000, fc.readConfigureGlobal().numRuns ?? 100) },
    );
  });

  // Sending all the room at the earliest instant is optimal when no rule counts transfers that a
  // partial transfer could waste: a policy of one transfer a day, or one without a monthly rule.
  // With two or more a day and a monthly rule, a small transfer now can use up a recipient's
  // month that a larger one the next day would have used better; such schedules are valid (the
  // law above) but not always the earliest.
  it('no schedule finishes earlier: a brute-force search over small totals and short horizons finds none', () => {
    const arbSmallPolicy = fc
      .record({
        maxTransfers: fc.integer({ min: 1, max: 3 }),
        maxAmountWon: fc.integer({ min: 1, max: 3 }),
        monthlyMax: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }),
        rollingHours: fc.option(fc.integer({ min: 1, max: 48 }), { nil: null }),
      })
      .filter((p) => p.monthlyMax === null || p.maxTransfers === 1);
    fc.assert(
      fc.property(
        arbSmallPolicy,
        arbBaseMs,
        arbHistoryBefore(3),
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: 1, max: 5 }),
        (ref: RefPolicy, from, rows, recipientCount, totalWon) => {
          const history = historyOf(from, rows);
          const recipients = NSNS.slice(0, recipientCount);
          const policy: TransferPolicy = {
            id: 'small',
            label: 'small limits for a brute-force search',
            rules: [
              {
                kind: 'sender-daily',
                maxTransfers: ref.maxTransfers,
                maxAmountWon: ref.maxAmountWon,
              },
              ...(ref.monthlyMax === null
                ? []
                : [{ kind: 'recipient-monthly' as const, maxTransfers: ref.monthlyMax }]),
            ],
            window: ref.rollingHours === null ? 'calendar-day' : { rollingHours: ref.rollingHours },
            timeZone: 'Asia/Pyongyang',
            effectiveFrom: '2000-01-01',
            sources: [],
          };
          const schedule = scheduleTransfers({ totalWon, from, recipients, history, policy });
          const finish = Date.parse(schedule.at(-1)?.at ?? '');
          const best = refEarliestFinish(
            ref,
            rows.map(({ offset, amount, to }) => ({
              ms: from - offset,
              amount,
              recipient: to === null ? null : (NSNS[to] ?? null),
            })),
            from,
            recipients,
            totalWon,
            from + 70 * DAY_MS,
          );
          if (best !== null) expect(finish).toBeLessThanOrEqual(best);
          else expect(finish).toBeGreaterThan(from + 70 * DAY_MS - 1);
        },
      ),
      // The search is exponential: a fuzz run of thousands would take minutes, so it keeps to 200.
      { numRuns: Math.min(200, fc.readConfigureGlobal().numRuns ?? 100) },
    );
  });
});
