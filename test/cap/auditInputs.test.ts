import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  POLICIES,
  POLICY_IDS,
  auditTransfers,
  auditTransfersSync,
  type ThrowingAuditOptions,
  type AuditRow,
  type AuditTransfer,
} from '../../src/cap/index.js';
import { parseKpPhoneNumber } from '../../src/core/index.js';
import { expectKpmmError } from '../helpers.js';

const A = '0191 234 5678';
const B = '0192 345 6789';
const R1 = '0195 123 4567';

const count = {
  rule: 'sender-daily',
  code: 'daily_count_exhausted',
  limit: 1,
  attempted: 2,
} as const;
const monthly = {
  rule: 'recipient-monthly',
  code: 'recipient_monthly_exhausted',
  limit: 1,
  attempted: 2,
} as const;
const missing = {
  rule: 'recipient-monthly',
  code: 'missing_recipient',
  limit: 1,
  attempted: null,
} as const;

/** The audits as a caller without types sees them, to hand them what their types do not admit. */
const auditUntyped = auditTransfers as (
  transfers: unknown,
) => AsyncGenerator<AuditRow, void, undefined>;
const auditUntypedSync = auditTransfersSync as (
  transfers: unknown,
) => Generator<AuditRow, void, undefined>;

const ROW = { at: '2020-06-08T09:00:00+09:00', sender: A, amount: 200 } as const;

async function collect<T extends AuditTransfer = AuditTransfer>(
  rows: AsyncIterable<AuditRow<T>>,
): Promise<AuditRow<T>[]> {
  const found: AuditRow<T>[] = [];
  for await (const row of rows) found.push(row);
  return found;
}

/** The findings of both audits, which must agree, as `[index, codes]` pairs. */
async function findings(
  log: readonly AuditTransfer[],
  options?: ThrowingAuditOptions,
): Promise<[number, string[]][]> {
  const pairs = (rows: readonly AuditRow[]): [number, string[]][] =>
    rows.map((row) => [row.index, row.violations.map((v) => v.code)]);
  const sync = pairs([...auditTransfersSync(log, options)]);
  expect(pairs(await collect(auditTransfers(log, options)))).toEqual(sync);
  return sync;
}

describe('the audits check what they are given to iterate', () => {
  const notIterable = [
    { label: 'an iterator property that is a number', transfers: { [Symbol.iterator]: 1 } },
    { label: 'an iterator property that is a string', transfers: { [Symbol.iterator]: 'rows' } },
    {
      label: 'an async iterator property that is a number',
      transfers: { [Symbol.asyncIterator]: 1 },
    },
    {
      label: 'both properties, neither a function',
      transfers: { [Symbol.iterator]: 1, [Symbol.asyncIterator]: 1 },
    },
  ] as const satisfies readonly { label: string; transfers: object }[];

  it.each(notIterable)('refuses $label at the call', ({ transfers }) => {
    expectKpmmError(() => auditUntypedSync(transfers), 'invalid_input', ['transfers']);
    expectKpmmError(() => Reflect.apply(auditTransfers, undefined, [transfers]), 'invalid_input', [
      'transfers',
    ]);
  });

  it('reads an object whose async iterator is not a function as the plain iterable it also is', async () => {
    const log = [ROW, { ...ROW, at: '2020-06-08T10:00:00+09:00' }];
    const transfers = {
      [Symbol.asyncIterator]: 'not a function',
      [Symbol.iterator]: () => log[Symbol.iterator](),
    };
    const found = await collect(auditUntyped(transfers));
    expect(found.map((row) => [row.index, row.violations])).toEqual([[1, [count]]]);
  });

  it('reads an async iterable through its async iterator, not its plain one', async () => {
    const log = [ROW, { ...ROW, at: '2020-06-08T10:00:00+09:00' }];
    const transfers = {
      [Symbol.asyncIterator]: async function* () {
        await Promise.resolve();
        yield* log;
      },
      [Symbol.iterator]: () => [][Symbol.iterator](),
    };
    const found = await collect(auditUntyped(transfers));
    expect(found.map((row) => row.index)).toEqual([1]);
  });

  it('takes each row of a plain iterable as it is: a promise is not a row', async () => {
    const log = [Promise.resolve(ROW)];
    const error: unknown = await collect(auditUntyped(log)).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'invalid_input', path: ['transfers', 0] });
  });
});

describe('the audits read each row when it comes', () => {
  it('reads a sender object again when the same object comes back with another number', async () => {
    const a = parseKpPhoneNumber(A);
    const b = parseKpPhoneNumber(B);
    const sender = { nsn: a.nsn, national: a.national, e164: a.e164, owner: a.owner };
    const row = { at: ROW.at, sender, amount: 100 };
    function* reused() {
      yield row;
      Object.assign(sender, { nsn: b.nsn, national: b.national, e164: b.e164, owner: b.owner });
      yield row;
      Object.assign(sender, { nsn: a.nsn, national: a.national, e164: a.e164, owner: a.owner });
      yield row;
    }
    const sync = [...auditUntypedSync(reused())].map((found: AuditRow) => found.index);
    expect(sync).toEqual([2]);
    Object.assign(sender, { nsn: a.nsn, national: a.national, e164: a.e164, owner: a.owner });
    const found = await collect(auditUntyped(reused()));
    expect(found.map((r) => r.index)).toEqual([2]);
  });

  it('reads a recipient object again when the same object comes back with another number', () => {
    const r1 = parseKpPhoneNumber(R1);
    const r2 = parseKpPhoneNumber(B);
    const recipient = { nsn: r1.nsn, national: r1.national, e164: r1.e164, owner: r1.owner };
    function* reused() {
      yield { at: '2022-08-10T09:00:00+09:00', sender: A, recipient, amount: 100 };
      Object.assign(recipient, {
        nsn: r2.nsn,
        national: r2.national,
        e164: r2.e164,
        owner: r2.owner,
      });
      yield { at: '2022-08-11T09:00:00+09:00', sender: A, recipient, amount: 100 };
    }
    const found = [...auditUntypedSync(reused())];
    expect(found).toEqual([]);
  });

  it.each([
    {
      label: 'without a monthly rule, a null recipient is no recipient',
      policy: DAILY_CAP_2020,
      expected: [[1, ['daily_count_exhausted']]],
    },
    {
      label: 'under a monthly rule, a null recipient is a missing one',
      policy: LIMITS_2022,
      expected: [
        [0, ['missing_recipient']],
        [1, ['daily_count_exhausted', 'missing_recipient']],
      ],
    },
  ] as const)('$label', async ({ policy, expected }) => {
    const log = [
      { at: ROW.at, sender: A, recipient: null, amount: 100 },
      { at: '2020-06-08T10:00:00+09:00', sender: A, recipient: null, amount: 100 },
    ];
    expect(await findings(log, { policy })).toEqual(expected);
  });

  it('reports a null recipient under LIMITS_2022 with its limit', () => {
    const log = [{ at: '2022-08-10T09:00:00+09:00', sender: A, recipient: null, amount: 100 }];
    expect([...auditTransfersSync(log)].map((row) => row.violations)).toEqual([[missing]]);
  });
});

describe('the monthly rule of the built-in policies', () => {
  it.each([
    { label: 'the first instant of August 2022', at: '2022-08-01T00:00:00+09:00' },
    { label: 'the first day of August 2022', at: '2022-08-01T12:00:00+09:00' },
    { label: 'a day before LIMITS_2022 in its month', at: '2022-08-09T23:59:59.999+09:00' },
  ])('counts a transfer on $label toward the month of the switch', async ({ at }) => {
    const log = [
      { at, sender: A, recipient: R1, amount: 100 },
      { at: '2022-08-10T09:00:00+09:00', sender: A, recipient: R1, amount: 100 },
    ];
    expect(await findings(log)).toEqual([[1, ['recipient_monthly_exhausted']]]);
  });

  it('does not count a transfer of July 2022 toward August', async () => {
    const log = [
      { at: '2022-07-31T23:59:59.999+09:00', sender: A, recipient: R1, amount: 100 },
      { at: '2022-08-10T09:00:00+09:00', sender: A, recipient: R1, amount: 100 },
    ];
    expect(await findings(log)).toEqual([]);
  });

  it('counts the recipients of a fixed monthly policy from the first row', async () => {
    const log = [
      { at: '2000-01-01T09:00:00+09:00', sender: A, recipient: R1, amount: 100 },
      { at: '2000-01-31T09:00:00+09:00', sender: A, recipient: R1, amount: 100 },
    ];
    expect(await findings(log, { policy: LIMITS_2022 })).toEqual([
      [1, ['recipient_monthly_exhausted']],
    ]);
    const [row] = [...auditTransfersSync(log, { policy: LIMITS_2022 })];
    expect(row?.violations).toEqual([monthly]);
  });
});

describe('the rolling window', () => {
  const policy = { ...DAILY_CAP_2020, id: 'ROLLING', window: { rollingHours: 24 } } as const;

  it('counts only the built-in policies by the calendar day, so a window comes with a fixed policy', () => {
    expect(Object.values(POLICIES).map((p) => p.window)).toEqual(
      POLICY_IDS.map(() => 'calendar-day'),
    );
  });

  it.each([
    {
      label: 'the won of a row that has left the window no longer count',
      amounts: [400, 200, 400],
      hours: [0, 24, 48],
      expected: [],
    },
    {
      label: 'the won of a row still inside the window count',
      amounts: [400, 200],
      hours: [0, 23],
      expected: [[1, ['daily_count_exhausted', 'daily_amount_exceeded']]],
    },
    {
      label: 'a row at the edge has left, the one after it has not',
      amounts: [300, 100, 300],
      hours: [0, 12, 24],
      expected: [
        [1, ['daily_count_exhausted']],
        [2, ['daily_count_exhausted']],
      ],
    },
    {
      label: 'every row of a long quiet gap has left',
      amounts: [100, 100, 100, 500],
      hours: [0, 1, 2, 100],
      expected: [
        [1, ['daily_count_exhausted']],
        [2, ['daily_count_exhausted']],
      ],
    },
  ] as const)('$label', async ({ amounts, hours, expected }) => {
    const start = Date.parse('2020-06-08T09:00:00+09:00');
    const log = amounts.map((amount, k) => ({
      at: start + (hours[k] ?? 0) * 3_600_000,
      sender: A,
      amount,
    }));
    expect(await findings(log, { policy })).toEqual(expected);
  });

  it('counts what is left of the window after many rows have left it', () => {
    const hourly = {
      ...DAILY_CAP_2020,
      id: 'HOURLY',
      rules: [{ kind: 'sender-daily', maxTransfers: 1_000, maxAmountWon: 600 }],
      window: { rollingHours: 1 },
    } as const;
    const start = Date.parse('2020-06-08T00:00:00Z');
    const log = Array.from({ length: 300 }, (_, k) => ({
      at: start + k * 60_000,
      sender: A,
      amount: 10,
    }));
    // 60 rows of 10 won fit in any hour; the 61st won would make 610.
    expect([...auditTransfersSync(log, { policy: hourly })]).toEqual([]);
  });
});
