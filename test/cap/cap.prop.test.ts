import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditTransfers,
  auditTransfersSync,
  createAuditor,
  checkTransfer,
  LIMITS_2022,
  policyAt,
  pyongyangDate,
  type AuditFinding,
  type AuditTransfer,
  type HistoryEntry,
  type RecipientInput,
  type TransferPolicy,
} from '../../src/cap/index.js';
import { parseKpPhoneNumber } from '../../src/core/index.js';
import { expectKpmmError } from '../helpers.js';
import {
  arbAmount,
  arbBaseMs,
  arbHistoryAndProposed,
  arbInstantMs1990to2040,
  arbLog,
  arbPolicy,
  arbRecipient,
} from './arbitraries.js';

const HOUR_MS = 3_600_000;
const intl = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Pyongyang',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function nsn(recipient: RecipientInput | null | undefined): string | null {
  if (recipient === undefined || recipient === null) return null;
  return typeof recipient === 'string' ? parseKpPhoneNumber(recipient).nsn : recipient.nsn;
}

function dailyRule(policy: TransferPolicy): { maxTransfers: number; maxAmountWon: number } {
  const rule = policy.rules.find((r) => r.kind === 'sender-daily');
  if (rule?.kind !== 'sender-daily') throw new Error('a policy has a daily rule');
  return rule;
}

function monthlyLimit(policy: TransferPolicy): number | null {
  const rule = policy.rules.find((r) => r.kind === 'recipient-monthly');
  return rule === undefined ? null : rule.maxTransfers;
}

function withoutMonthlyRule(policy: TransferPolicy): TransferPolicy {
  return { ...policy, rules: policy.rules.filter((r) => r.kind === 'sender-daily') };
}

describe('pyongyangDate', () => {
  it('equals Intl en-CA in Asia/Pyongyang for every instant from 1990 to 2040', () => {
    fc.assert(
      fc.property(fc.oneof(arbInstantMs1990to2040, arbBaseMs), (ms) => {
        expect(pyongyangDate(ms)).toBe(intl.format(ms));
      }),
    );
  });
});

describe('checkTransfer', () => {
  it('an allowed transfer appended to the history never makes the allowed total exceed the policy', () => {
    fc.assert(
      fc.property(
        arbPolicy,
        arbBaseMs,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 * 24 * HOUR_MS }), arbAmount, arbRecipient), {
          maxLength: 12,
        }),
        (policy, base, candidates) => {
          const accepted: { at: number; amount: number; recipient: RecipientInput }[] = [];
          const sorted = candidates
            .map(([offset, amount, recipient]) => ({ at: base + offset, amount, recipient }))
            .sort((a, b) => a.at - b.at);
          for (const proposed of sorted) {
            const decision = checkTransfer({ history: accepted, proposed, policy });
            if (decision.allowed) accepted.push(proposed);
          }
          const { maxTransfers, maxAmountWon } = dailyRule(policy);
          const monthly = monthlyLimit(policy);
          for (const row of accepted) {
            const earlier = accepted.filter((r) => r.at <= row.at);
            const inDay = earlier.filter((r) =>
              policy.window === 'calendar-day'
                ? pyongyangDate(r.at) === pyongyangDate(row.at)
                : r.at > row.at - policy.window.rollingHours * HOUR_MS,
            );
            expect(inDay.length).toBeLessThanOrEqual(maxTransfers);
            expect(inDay.reduce((sum, r) => sum + r.amount, 0)).toBeLessThanOrEqual(maxAmountWon);
            if (monthly !== null) {
              const sameMonth = earlier.filter(
                (r) =>
                  nsn(r.recipient) === nsn(row.recipient) &&
                  pyongyangDate(r.at).slice(0, 7) === pyongyangDate(row.at).slice(0, 7),
              );
              expect(sameMonth.length).toBeLessThanOrEqual(monthly);
            }
          }
        },
      ),
    );
  });

  it('nextAllowedAt is allowed, and one millisecond before it is not', () => {
    fc.assert(
      fc.property(
        arbHistoryAndProposed,
        fc.option(arbPolicy, { nil: undefined }),
        (input, given) => {
          const policy = given ?? policyAt(input.proposed.at);
          const decision = checkTransfer({ ...input, policy });
          if (decision.allowed || decision.nextAllowedAt === null) return;
          const next = Date.parse(decision.nextAllowedAt);
          expect(next).toBeGreaterThan(input.proposed.at);
          const at = (ms: number) =>
            checkTransfer({ ...input, proposed: { ...input.proposed, at: ms }, policy }).allowed;
          expect(at(next)).toBe(true);
          expect(at(next - 1)).toBe(false);
        },
      ),
    );
  });

  it('nextAllowedAt is null only when the transfer can never pass', () => {
    fc.assert(
      fc.property(arbHistoryAndProposed, arbPolicy, (input, policy) => {
        const decision = checkTransfer({ ...input, policy });
        if (decision.allowed || decision.nextAllowedAt !== null) return;
        const { maxTransfers, maxAmountWon } = dailyRule(policy);
        const never =
          maxTransfers < 1 || input.proposed.amount > maxAmountWon || monthlyLimit(policy) === 0;
        expect(never).toBe(true);
      }),
    );
  });
});

describe('auditTransfers', () => {
  function expected(log: readonly AuditTransfer[], policy: TransferPolicy | undefined) {
    const out: { index: number; violations: AuditFinding[] }[] = [];
    log.forEach((row, index) => {
      const sender = nsn(row.sender);
      const history: HistoryEntry[] = log
        .slice(0, index)
        .filter((r) => nsn(r.sender) === sender)
        .map((r) => ({ at: r.at, amount: r.amount, recipient: r.recipient ?? null }));
      const applied = policy ?? policyAt(row.at);
      const proposed = { at: row.at, amount: row.amount, recipient: row.recipient ?? null };
      const violations: AuditFinding[] = [];
      const limit = monthlyLimit(applied);
      if (proposed.recipient === null && limit !== null) {
        const result = checkTransfer({ history, proposed, policy: withoutMonthlyRule(applied) });
        if (!result.allowed) violations.push(...result.violations);
        violations.push({
          rule: 'recipient-monthly',
          code: 'missing_recipient',
          limit,
          attempted: null,
        });
      } else {
        const result = checkTransfer({ history, proposed, policy: applied });
        if (!result.allowed) violations.push(...result.violations);
      }
      if (violations.length > 0) out.push({ index, violations });
    });
    return out;
  }

  it('agrees with checkTransfer applied row by row', () => {
    fc.assert(
      fc.property(arbLog, fc.option(arbPolicy, { nil: undefined }), (log, policy) => {
        const rows = [...auditTransfersSync(log, policy === undefined ? {} : { policy })];
        expect(rows.map(({ index, violations }) => ({ index, violations }))).toEqual(
          expected(log, policy),
        );
        for (const row of rows) {
          expect(row.transfer).toBe(log[row.index]);
          expect(row.day).toBe(pyongyangDate(log[row.index]?.at ?? 0));
          expect(row.utc).toBe(new Date(log[row.index]?.at ?? Number.NaN).toISOString());
        }
      }),
    );
  });

  it('yields the same rows from a sync iterable, an async iterable and the sync form', async () => {
    await fc.assert(
      fc.asyncProperty(arbLog, async (log) => {
        async function* stream() {
          for (const row of log) {
            await Promise.resolve();
            yield row;
          }
        }
        const fromAsync = [];
        for await (const row of auditTransfers(stream())) fromAsync.push(row);
        const fromSync = [];
        for await (const row of auditTransfers(log)) fromSync.push(row);
        const sync = [...auditTransfersSync(log)];
        const audit = createAuditor();
        const pushed = log.map((row) => audit(row)).filter((row) => row !== undefined);
        expect(fromAsync).toEqual(sync);
        expect(fromSync).toEqual(sync);
        expect(pushed).toEqual(sync);
      }),
    );
  });

  it('counts each recipient of a month apart, for a few recipients or hundreds', () => {
    // Many transfers a day are allowed, so only the monthly rule judges; pools of up to 300
    // numbers and logs of up to 300 rows take a sender past any short list of recipients.
    const policy: TransferPolicy = {
      ...LIMITS_2022,
      id: 'MONTHLY_ONLY',
      rules: [
        { kind: 'sender-daily', maxTransfers: 10_000, maxAmountWon: 10_000_000 },
        { kind: 'recipient-monthly', maxTransfers: 2 },
      ],
    };
    const start = Date.parse('2022-09-01T00:00:00+09:00');
    fc.assert(
      fc.property(
        fc
          .oneof(
            fc.integer({ min: 1, max: 8 }),
            fc.integer({ min: 60, max: 90 }),
            fc.integer({ min: 91, max: 300 }),
          )
          .chain((pool) =>
            fc.array(fc.tuple(fc.nat(pool - 1), fc.nat(44)), { maxLength: 300, size: 'max' }),
          ),
        (picks) => {
          // Forty-five days, in order: the count starts again on 1 October.
          const log = picks
            .map(([who, day]) => ({ who, day }))
            .sort((a, b) => a.day - b.day)
            .map(({ who, day }, i) => ({
              at: start + day * 86_400_000 + i,
              sender: '0191 111 1111',
              recipient: `0192${String(who).padStart(7, '0')}`,
              amount: 100,
            }));
          const seen = new Map<string, number>();
          const expected: number[] = [];
          log.forEach((row, i) => {
            const key = `${pyongyangDate(row.at).slice(0, 7)} ${row.recipient}`;
            const before = seen.get(key) ?? 0;
            seen.set(key, before + 1);
            if (before + 1 > 2) expected.push(i);
          });
          const found = [...auditTransfersSync(log, { policy })].map((row) => row.index);
          expect(found).toEqual(expected);
        },
      ),
    );
  });

  it('refuses a row earlier than the row before it, naming its index', () => {
    fc.assert(
      fc.property(arbLog, (log) => {
        const i = log.findIndex((row, k) => k > 0 && Number(row.at) > Number(log[k - 1]?.at));
        const [a, b] = [log[i - 1], log[i]];
        if (a === undefined || b === undefined) return;
        const swapped = [...log.slice(0, i - 1), b, a, ...log.slice(i + 1)];
        const error = expectKpmmError(() => [...auditTransfersSync(swapped)], 'unsorted_log', [
          'transfers',
          i,
          'at',
        ]);
        expect(error.issues[0].index).toBe(i);
      }),
    );
  });
});
