import fc from 'fast-check';
import { parseKpPhoneNumber } from '../../src/core/index.js';
import type {
  AuditTransfer,
  CapWindow,
  HistoryEntry,
  RecipientInput,
  TransferPolicy,
} from '../../src/cap/index.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Epoch milliseconds from 1990-01-01 to 2040-01-01 (UTC), uniformly. */
export const arbInstantMs1990to2040: fc.Arbitrary<number> = fc.integer({
  min: Date.UTC(1990, 0, 1),
  max: Date.UTC(2040, 0, 1),
});

/**
 * Instants where the Pyongyang calendar is interesting: around both changes of offset
 * (2015-08-14T15:00Z and 2018-05-04T15:00Z), around the 2022 policy switch, and anywhere.
 */
export const arbBaseMs: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: Date.UTC(2015, 7, 12), max: Date.UTC(2015, 7, 17) }),
  fc.integer({ min: Date.UTC(2018, 4, 2), max: Date.UTC(2018, 4, 7) }),
  fc.integer({ min: Date.UTC(2022, 7, 5), max: Date.UTC(2022, 7, 14) }),
  fc.integer({ min: Date.UTC(2020, 0, 28), max: Date.UTC(2020, 2, 3) }),
  arbInstantMs1990to2040,
);

const NSNS = ['1912345678', '1923456789', '1951234567', '1930000001'] as const;

/** A recipient from a pool of four numbers, written in one of its many spellings. */
export const arbRecipient: fc.Arbitrary<RecipientInput> = fc
  .tuple(fc.constantFrom(...NSNS), fc.integer({ min: 0, max: 5 }))
  .map(([nsn, style]): RecipientInput => {
    switch (style) {
      case 0:
        return nsn;
      case 1:
        return `0${nsn}`;
      case 2:
        return `+850${nsn}`;
      case 3:
        return `0${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`;
      case 4:
        return `+850 (0)${nsn.slice(0, 3)}-${nsn.slice(3, 6)}-${nsn.slice(6)}`;
      default:
        return parseKpPhoneNumber(nsn);
    }
  });

/** A recipient, or none (left out). */
export const arbMaybeRecipient: fc.Arbitrary<RecipientInput | undefined> = fc.option(arbRecipient, {
  nil: undefined,
  freq: 5,
});

/** A window: the calendar day, or a rolling window of 1 to 48 hours (24 most often). */
export const arbWindow: fc.Arbitrary<CapWindow> = fc.oneof(
  fc.constant('calendar-day' as const),
  fc.constant({ rollingHours: 24 }),
  fc.integer({ min: 1, max: 48 }).map((rollingHours) => ({ rollingHours })),
);

/** A hand-written policy with small limits, so that rules bite often. */
export const arbPolicy: fc.Arbitrary<TransferPolicy> = fc
  .record({
    maxTransfers: fc.integer({ min: 0, max: 3 }),
    maxAmountWon: fc.integer({ min: 0, max: 1_200 }),
    monthly: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    window: arbWindow,
  })
  .map(({ maxTransfers, maxAmountWon, monthly, window }): TransferPolicy => ({
    id: 'generated',
    label: 'generated for a property',
    rules:
      monthly === null
        ? [{ kind: 'sender-daily', maxTransfers, maxAmountWon }]
        : [
            { kind: 'sender-daily', maxTransfers, maxAmountWon },
            { kind: 'recipient-monthly', maxTransfers: monthly },
          ],
    window,
    timeZone: 'Asia/Pyongyang',
    effectiveFrom: '2000-01-01',
    sources: [],
  }));

/** Whole won: mostly gift sized (up to 600, so that 500-won caps bite), at least 1. */
export const arbAmount: fc.Arbitrary<number> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 600 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
);

/** Offsets of a few days around a base instant, mostly within hours of each other. */
const arbOffsetMs: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -2 * DAY_MS, max: 0 }),
  fc.integer({ min: -96, max: 0 }).map((k) => k * 30 * 60_000),
  fc.integer({ min: -40 * DAY_MS, max: 0 }),
  fc.constantFrom(0, -1, -DAY_MS, -DAY_MS + 1, -24 * HOUR_MS - 1),
);

/**
 * A sender's history before a proposed transfer, with the proposed transfer itself: every row is
 * at or before `proposed.at` (epoch ms).
 */
export const arbHistoryAndProposed: fc.Arbitrary<{
  history: HistoryEntry[];
  proposed: HistoryEntry & { at: number };
}> = fc
  .record({
    base: arbBaseMs,
    offsets: fc.array(fc.tuple(arbOffsetMs, arbAmount, arbMaybeRecipient), { maxLength: 8 }),
    amount: arbAmount,
    recipient: arbRecipient,
  })
  .map(({ base, offsets, amount, recipient }) => ({
    history: offsets.map(([offset, won, to]) =>
      to === undefined
        ? { at: base + offset, amount: won }
        : { at: base + offset, amount: won, recipient: to },
    ),
    proposed: { at: base, amount, recipient },
  }));

const SENDERS = ['0191 111 1111', '+8501922222222', '1953333333'] as const;

/** A sorted log of a few senders over a few days around an interesting instant. */
export const arbLog: fc.Arbitrary<AuditTransfer[]> = fc
  .record({
    base: arbBaseMs,
    rows: fc.array(
      fc.tuple(
        // Half-hour steps make exact 24-hour gaps and equal instants common.
        fc.oneof(
          fc.integer({ min: 0, max: 5 * DAY_MS }),
          fc.integer({ min: 0, max: 240 }).map((k) => k * 30 * 60_000),
        ),
        fc.constantFrom(...SENDERS),
        arbMaybeRecipient,
        arbAmount,
      ),
      { maxLength: 24 },
    ),
  })
  .map(({ base, rows }) =>
    rows
      .map(([offset, sender, recipient, amount]) => ({
        ms: base + offset,
        sender,
        recipient,
        amount,
      }))
      .sort((a, b) => a.ms - b.ms)
      .map(({ ms, sender, recipient, amount }): AuditTransfer =>
        recipient === undefined
          ? { at: ms, sender, amount }
          : { at: ms, sender, recipient, amount },
      ),
  );
