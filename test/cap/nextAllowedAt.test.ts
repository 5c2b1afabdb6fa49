import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  checkTransfer,
  type CapViolation,
  type HistoryEntry,
  type TransferPolicy,
} from '../../src/cap/index.js';

// When a refused transfer may next be made, at the edges of each rule.

const HOUR_MS = 3_600_000;
const LAST_MS = 8.64e15;
const R1 = '01912345678';
const R2 = '01923456789';

const rolling = (id: string, rollingHours: number, maxTransfers: number): TransferPolicy => ({
  id,
  label: `${String(maxTransfers)} transfers and 500 won in any ${String(rollingHours)} hours`,
  rules: [{ kind: 'sender-daily', maxTransfers, maxAmountWon: 500 }],
  window: { rollingHours },
  timeZone: 'Asia/Pyongyang',
  effectiveFrom: '2020-01-01',
  sources: [],
});
const THREE_A_DAY = rolling('THREE_A_DAY', 24, 3);
const ONE_AN_HOUR = rolling('ONE_AN_HOUR', 1, 1);
const ONE_IN_TWO_HOURS = rolling('ONE_IN_TWO_HOURS', 2, 1);
const NONE: TransferPolicy = {
  ...DAILY_CAP_2020,
  id: 'NONE',
  rules: [{ kind: 'sender-daily', maxTransfers: 0, maxAmountWon: 500 }],
};
const ROLLING_2022: TransferPolicy = {
  ...LIMITS_2022,
  id: 'ROLLING_2022',
  window: { rollingHours: 24 },
};
const NO_RECIPIENT_TWICE: TransferPolicy = {
  ...LIMITS_2022,
  id: 'NO_RECIPIENT_TWICE',
  rules: [
    { kind: 'sender-daily', maxTransfers: 5, maxAmountWon: 5000 },
    { kind: 'recipient-monthly', maxTransfers: 0 },
  ],
};

const count = (attempted: number, limit: number) =>
  ({ rule: 'sender-daily', code: 'daily_count_exhausted', limit, attempted }) as const;
const amount = (attempted: number) =>
  ({ rule: 'sender-daily', code: 'daily_amount_exceeded', limit: 500, attempted }) as const;
const monthly = (attempted: number, limit = 1) =>
  ({ rule: 'recipient-monthly', code: 'recipient_monthly_exhausted', limit, attempted }) as const;

const T0 = Date.parse('2020-06-08T10:00:00+09:00');
const row = (at: number | string, won: number, recipient?: string): HistoryEntry =>
  recipient === undefined ? { at, amount: won } : { at, amount: won, recipient };

const cases: readonly {
  label: string;
  policy?: TransferPolicy;
  history: HistoryEntry[];
  proposed: HistoryEntry;
  decision: { allowed?: boolean; violations?: CapViolation[]; nextAllowedAt?: string | null };
}[] = [
  {
    label: 'a rolling count frees up when the oldest transfer leaves',
    policy: THREE_A_DAY,
    history: [row(T0 + HOUR_MS, 100), row(T0, 100), row(T0 + 2 * HOUR_MS, 100)],
    proposed: row(T0 + 3 * HOUR_MS, 100),
    decision: { violations: [count(4, 3)], nextAllowedAt: '2020-06-09T01:00:00.000Z' },
  },
  {
    label: 'a rolling amount frees up when exactly enough has left',
    policy: THREE_A_DAY,
    history: [row(T0, 300), row(T0 + HOUR_MS, 200)],
    proposed: row(T0 + 2 * HOUR_MS, 300),
    decision: { violations: [amount(800)], nextAllowedAt: '2020-06-09T01:00:00.000Z' },
  },
  {
    label: 'the whole daily amount at once waits for the next day',
    history: [row(T0, 100)],
    proposed: row(T0 + HOUR_MS, 500),
    decision: { violations: [count(2, 1), amount(600)], nextAllowedAt: '2020-06-08T15:00:00.000Z' },
  },
  {
    label: 'more than the daily amount is never allowed',
    history: [],
    proposed: row(T0, 501),
    decision: { violations: [amount(501)], nextAllowedAt: null },
  },
  {
    label: 'no transfer at all is never allowed',
    policy: NONE,
    history: [],
    proposed: row(T0, 100),
    decision: { violations: [count(1, 0)], nextAllowedAt: null },
  },
  {
    label: 'a release at the last instant of a Date',
    policy: ONE_AN_HOUR,
    history: [row(LAST_MS - HOUR_MS, 100)],
    proposed: row(LAST_MS - 1, 100),
    decision: { violations: [count(2, 1)], nextAllowedAt: '+275760-09-13T00:00:00.000Z' },
  },
  {
    label: 'a release past the last instant of a Date',
    policy: ONE_IN_TWO_HOURS,
    history: [row(LAST_MS - HOUR_MS, 100)],
    proposed: row(LAST_MS, 100),
    decision: { violations: [count(2, 1)], nextAllowedAt: null },
  },
  {
    label: 'a transfer at the first instant of the month counts toward it',
    history: [row('2022-09-01T00:00:00+09:00', 100, R1)],
    proposed: row('2022-09-02T10:00:00+09:00', 100, R1),
    decision: { violations: [monthly(2)], nextAllowedAt: '2022-09-30T15:00:00.000Z' },
  },
  {
    label: 'a transfer at the last instant of the month before does not',
    history: [row('2022-08-31T23:59:59.999+09:00', 100, R1)],
    proposed: row('2022-09-02T10:00:00+09:00', 100, R1),
    decision: { allowed: true },
  },
  {
    label: 'a row without a recipient matches no recipient',
    history: [row('2022-09-01T10:00:00+09:00', 100)],
    proposed: row('2022-09-02T10:00:00+09:00', 100, R1),
    decision: { allowed: true },
  },
  {
    label: 'the monthly rule alone under a rolling window waits for the month',
    policy: ROLLING_2022,
    history: [row('2022-09-01T10:00:00+09:00', 100, R1)],
    proposed: row('2022-09-03T10:00:00+09:00', 100, R1),
    decision: { violations: [monthly(2)], nextAllowedAt: '2022-09-30T15:00:00.000Z' },
  },
  {
    label: 'both rules on one day wait for the month',
    history: [row('2022-09-05T10:00:00+09:00', 100, R1)],
    proposed: row('2022-09-05T12:00:00+09:00', 100, R1),
    decision: { violations: [count(2, 1), monthly(2)], nextAllowedAt: '2022-09-30T15:00:00.000Z' },
  },
  {
    label: 'the daily rule alone waits for the day',
    history: [row('2022-09-05T10:00:00+09:00', 100, R1)],
    proposed: row('2022-09-05T12:00:00+09:00', 100, R2),
    decision: { violations: [count(2, 1)], nextAllowedAt: '2022-09-05T15:00:00.000Z' },
  },
  {
    label: 'a recipient that may never be paid',
    policy: NO_RECIPIENT_TWICE,
    history: [],
    proposed: row('2022-09-05T12:00:00+09:00', 100, R1),
    decision: { violations: [monthly(1, 0)], nextAllowedAt: null },
  },
];

describe('nextAllowedAt at the edges of each rule', () => {
  it.each(cases)('$label', ({ policy, history, proposed, decision }) => {
    const input = policy === undefined ? { history, proposed } : { history, proposed, policy };
    const result = checkTransfer(input);
    expect(result).toMatchObject(decision);
    if (!result.allowed) expect(result.violations).toStrictEqual(decision.violations);
  });
});
