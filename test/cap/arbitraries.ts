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

/** A sorted log of a few senders over days or weeks from an interesting instant. */
export const arbLog: fc.Arbitrary<AuditTransfer[]> = fc
  .record({
    base: arbBaseMs,
    rows: fc.array(
      fc.tuple(
        // Half-hour steps make exact 24-hour gaps and equal instants common; weeks apart, a
        // sender idles past the days the audit keeps it and into other months.
        fc.oneof(
          fc.integer({ min: 0, max: 5 * DAY_MS }),
          fc.integer({ min: 0, max: 240 }).map((k) => k * 30 * 60_000),
          fc.integer({ min: 0, max: 45 * DAY_MS }),
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

/**
 * Values that sit on the edges of the policy checks: bounds and just past them, unsafe and
 * fractional numbers, empty and one-element arrays, objects with a `length`, dates that do and
 * do not exist, and the right strings in the wrong places.
 */
export const arbEdgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    0,
    -0,
    1,
    -1,
    0.5,
    8784,
    8785,
    2 ** 53,
    -(2 ** 53),
    2 ** 60,
    -(2 ** 60),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    'x',
    '\ud800',
    'calendar-day',
    'sender-daily',
    'recipient-monthly',
    'Asia/Pyongyang',
    'reported',
    'assumed',
    '2020-02-29',
    '2021-02-29',
    '1900-02-29',
    '2000-02-29',
    [],
    ['x'],
    [1],
    { length: 0 },
    { length: 1 },
    { length: 'a' },
    { rollingHours: 24 },
    { rollingHours: 0 },
    { kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 500 },
    { kind: 'recipient-monthly', maxTransfers: 1 },
    true,
    10n,
  ),
  fc.integer({ min: -3, max: 10_000 }),
  fc.double(),
  fc.string({ maxLength: 4 }),
  // Dates of the right shape, about half of which do not exist.
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc.anything({ maxDepth: 2 }),
);

/** A real date from 0000-01-01 to 9999-12-31, written YYYY-MM-DD. */
const arbIsoDate: fc.Arbitrary<string> = fc
  .date({
    min: new Date('0000-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const arbLimit = fc.oneof(
  fc.integer({ min: 0, max: 1_000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
);

/**
 * Any valid policy, with every optional field sometimes present, rules in either order, rolling
 * windows across their whole range, and keys the schema does not know.
 */
export const arbRichPolicy: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      id: fc.string({ minLength: 1, maxLength: 12, unit: 'binary' }),
      label: fc.string({ maxLength: 12 }),
      daily: fc.record({ maxTransfers: arbLimit, maxAmountWon: arbLimit }),
      monthly: fc.option(arbLimit, { nil: undefined }),
      monthlyFirst: fc.boolean(),
      window: fc.oneof(
        fc.constant<unknown>('calendar-day'),
        fc.integer({ min: 1, max: 8784 }).map((rollingHours): unknown => ({ rollingHours })),
      ),
      effectiveFrom: arbIsoDate,
      sources: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
      grade: fc.option(fc.constantFrom('reported', 'derived', 'assumed'), { nil: undefined }),
      assumptions: fc.option(fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), {
        nil: undefined,
      }),
      note: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
      extra: fc.option(fc.anything({ maxDepth: 1 }), { nil: undefined }),
    },
    {
      requiredKeys: ['id', 'label', 'daily', 'monthlyFirst', 'window', 'effectiveFrom', 'sources'],
    },
  )
  .map(({ daily, monthly, monthlyFirst, ...rest }) => {
    const dailyRule = { kind: 'sender-daily', ...daily };
    const rules: unknown[] =
      monthly === undefined
        ? [dailyRule]
        : monthlyFirst
          ? [{ kind: 'recipient-monthly', maxTransfers: monthly }, dailyRule]
          : [dailyRule, { kind: 'recipient-monthly', maxTransfers: monthly }];
    return { ...rest, rules, timeZone: 'Asia/Pyongyang' };
  });

const POLICY_KEYS = [
  'id',
  'label',
  'rules',
  'window',
  'timeZone',
  'effectiveFrom',
  'sources',
  'grade',
  'assumptions',
  'note',
] as const;

type Mutation = (policy: Record<string, unknown>) => Record<string, unknown>;

function withRules(policy: Record<string, unknown>, edit: (rules: unknown[]) => void) {
  const rules = Array.isArray(policy['rules']) ? [...(policy['rules'] as unknown[])] : [];
  edit(rules);
  return { ...policy, rules };
}

/** One small change that may or may not break a policy. */
const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...POLICY_KEYS), arbEdgeValue)
    .map(([key, value]): Mutation => (policy) => ({ ...policy, [key]: value })),
  fc.constantFrom(...POLICY_KEYS).map(
    (key): Mutation =>
      (policy) =>
        Object.fromEntries(Object.entries(policy).filter(([name]) => name !== key)),
  ),
  fc
    .tuple(
      fc.nat({ max: 2 }),
      fc.constantFrom('kind', 'maxTransfers', 'maxAmountWon', 'other'),
      arbEdgeValue,
    )
    .map(
      ([index, key, value]): Mutation =>
        (policy) =>
          withRules(policy, (rules) => {
            const rule: unknown = rules[index];
            rules[index] =
              typeof rule === 'object' && rule !== null
                ? { ...rule, [key]: value }
                : { [key]: value };
          }),
    ),
  fc.tuple(fc.nat({ max: 2 }), arbEdgeValue).map(
    ([index, value]): Mutation =>
      (policy) =>
        withRules(policy, (rules) => {
          rules[index] = value;
        }),
  ),
  fc.nat({ max: 2 }).map(
    (index): Mutation =>
      (policy) =>
        withRules(policy, (rules) => {
          rules.splice(index, 1);
        }),
  ),
  arbEdgeValue.map((value): Mutation => (policy) => ({
    ...policy,
    window: { rollingHours: value },
  })),
);

/** A valid policy after one to three small changes: often broken, sometimes still valid. */
export const arbNearPolicy: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(arbRichPolicy, fc.array(arbMutation, { minLength: 1, maxLength: 3 }))
  .map(([policy, mutations]) => mutations.reduce((p, mutate) => mutate(p), policy));

/** An object with the policy's keys, each either a right-looking value or an edge value. */
export const arbPolicyLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 3 }), arbEdgeValue),
    label: fc.oneof(fc.string({ maxLength: 3 }), arbEdgeValue),
    rules: fc.oneof(fc.array(arbEdgeValue, { maxLength: 3 }), arbEdgeValue),
    window: arbEdgeValue,
    timeZone: fc.oneof(fc.constant('Asia/Pyongyang'), arbEdgeValue),
    effectiveFrom: fc.oneof(arbIsoDate, arbEdgeValue),
    sources: fc.oneof(
      fc.array(fc.oneof(fc.string(), arbEdgeValue), { maxLength: 3 }),
      arbEdgeValue,
    ),
    grade: arbEdgeValue,
    assumptions: fc.oneof(fc.array(fc.string(), { maxLength: 2 }), arbEdgeValue),
    note: fc.oneof(fc.string(), arbEdgeValue),
  },
  { requiredKeys: [] },
);
