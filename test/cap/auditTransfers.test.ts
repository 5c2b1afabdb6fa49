import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  auditTransfers,
  auditTransfersSync,
  createAuditor,
  type AuditFinding,
  type AuditOptions,
  type AuditTransfer,
} from '../../src/cap/index.js';
import {
  isKpmmError,
  parseKpPhoneNumber,
  type KpmmErrorCode,
  type PathSegment,
} from '../../src/core/index.js';
import { expectKpmmError } from '../helpers.js';

const A = '0191 234 5678';
const B = '0192 345 6789';
const R1 = '0195 123 4567';
const R2 = '0191 000 0001';

const count = {
  rule: 'sender-daily',
  code: 'daily_count_exhausted',
  limit: 1,
  attempted: 2,
} as const;
const amountOf = (attempted: number) =>
  ({ rule: 'sender-daily', code: 'daily_amount_exceeded', limit: 500, attempted }) as const;
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

const cases = [
  {
    label: 'a clean log yields nothing',
    log: [
      { at: '2020-06-08T09:00:00+09:00', sender: A, amount: 500 },
      { at: '2020-06-08T09:30:00+09:00', sender: B, amount: 500 },
      { at: '2020-06-09T09:00:00+09:00', sender: A, amount: 500 },
    ],
    options: {},
    expected: [],
  },
  {
    label: 'senders are compared as phone numbers',
    log: [
      { at: '2020-06-08T09:00:00+09:00', sender: A, amount: 300 },
      { at: '2020-06-08T10:00:00+09:00', sender: '+8501912345678', amount: 300 },
      { at: '2020-06-08T11:00:00+09:00', sender: parseKpPhoneNumber(A), amount: 100 },
      { at: '2020-06-08T15:00:00Z', sender: '1912345678', amount: 500 },
    ],
    options: {},
    expected: [
      {
        index: 1,
        utc: '2020-06-08T01:00:00.000Z',
        beforePolicyReport: false,
        day: '2020-06-08',
        policyId: 'DAILY_CAP_2020',
        violations: [count, amountOf(600)],
      },
      {
        index: 2,
        utc: '2020-06-08T02:00:00.000Z',
        beforePolicyReport: false,
        day: '2020-06-08',
        policyId: 'DAILY_CAP_2020',
        violations: [{ ...count, attempted: 3 }, amountOf(700)],
      },
    ],
  },
  {
    label: 'a blocked transfer still counts as used',
    log: [
      { at: '2020-06-08T09:00:00+09:00', sender: A, amount: 600 },
      { at: '2020-06-08T10:00:00+09:00', sender: A, amount: 1 },
    ],
    options: {},
    expected: [
      {
        index: 0,
        utc: '2020-06-08T00:00:00.000Z',
        beforePolicyReport: false,
        day: '2020-06-08',
        policyId: 'DAILY_CAP_2020',
        violations: [amountOf(600)],
      },
      {
        index: 1,
        utc: '2020-06-08T01:00:00.000Z',
        beforePolicyReport: false,
        day: '2020-06-08',
        policyId: 'DAILY_CAP_2020',
        violations: [count, amountOf(601)],
      },
    ],
  },
  {
    label: 'each row is judged by the policy of its day across the 2022 switch',
    log: [
      { at: '2022-08-09T09:00:00+09:00', sender: A, recipient: R1, amount: 200 },
      { at: '2022-08-09T10:00:00+09:00', sender: B, amount: 200 },
      { at: '2022-08-10T09:00:00+09:00', sender: A, recipient: '+850 195 123 4567', amount: 200 },
      { at: '2022-08-10T09:30:00+09:00', sender: B, amount: 200 },
      { at: '2022-08-11T09:00:00+09:00', sender: A, recipient: R2, amount: 200 },
      { at: '2022-08-31T15:00:00Z', sender: A, recipient: R1, amount: 200 },
    ],
    options: {},
    expected: [
      {
        index: 2,
        utc: '2022-08-10T00:00:00.000Z',
        beforePolicyReport: false,
        day: '2022-08-10',
        policyId: 'LIMITS_2022',
        violations: [monthly],
      },
      {
        index: 3,
        utc: '2022-08-10T00:30:00.000Z',
        beforePolicyReport: false,
        day: '2022-08-10',
        policyId: 'LIMITS_2022',
        violations: [missing],
      },
    ],
  },
  {
    label: 'a fixed policy applies to every row',
    log: [
      { at: '2020-06-08T09:00:00+09:00', sender: A, recipient: R1, amount: 200 },
      { at: '2020-06-09T09:00:00+09:00', sender: A, recipient: R1, amount: 200 },
    ],
    options: { policy: LIMITS_2022 },
    expected: [
      {
        index: 1,
        utc: '2020-06-09T00:00:00.000Z',
        beforePolicyReport: true,
        day: '2020-06-09',
        policyId: 'LIMITS_2022',
        violations: [monthly],
      },
    ],
  },
  {
    label: 'a rolling window lets the same sender go again after exactly 24 hours',
    log: [
      { at: '2020-06-08T20:00:00+09:00', sender: A, amount: 100 },
      { at: '2020-06-09T20:00:00+09:00', sender: A, amount: 100 },
      { at: '2020-06-10T19:59:59.999+09:00', sender: A, amount: 100 },
      { at: '2020-06-11T19:59:59.999+09:00', sender: A, amount: 100 },
    ],
    options: { policy: { ...DAILY_CAP_2020, id: 'ROLLING', window: { rollingHours: 24 } } },
    expected: [
      {
        index: 2,
        utc: '2020-06-10T10:59:59.999Z',
        beforePolicyReport: false,
        day: '2020-06-10',
        policyId: 'ROLLING',
        violations: [count],
      },
    ],
  },
  {
    label: 'a violation before 1970 gives its UTC instant to the millisecond',
    log: [
      { at: '1969-12-31T15:00:00.000Z', sender: A, amount: 100 },
      { at: '1969-12-31T23:59:59.123Z', sender: A, amount: 100 },
    ],
    options: {},
    expected: [
      {
        index: 1,
        utc: '1969-12-31T23:59:59.123Z',
        beforePolicyReport: true,
        day: '1970-01-01',
        policyId: 'DAILY_CAP_2020',
        violations: [count],
      },
    ],
  },
  {
    label: 'the repeated half hour of 2015 belongs to 14 August',
    log: [
      { at: '2015-08-14T14:50:00Z', sender: A, amount: 100 },
      { at: '2015-08-14T15:10:00Z', sender: A, amount: 100 },
      { at: '2015-08-14T15:30:00Z', sender: A, amount: 100 },
    ],
    options: {},
    expected: [
      {
        index: 1,
        utc: '2015-08-14T15:10:00.000Z',
        beforePolicyReport: true,
        day: '2015-08-14',
        policyId: 'DAILY_CAP_2020',
        violations: [count],
      },
    ],
  },
  {
    label: 'state dropped after its month has passed does not change the answers',
    log: [
      { at: '2022-09-01T09:00:00+09:00', sender: A, recipient: R1, amount: 100 },
      { at: '2022-09-02T09:00:00+09:00', sender: B, recipient: R1, amount: 100 },
      { at: '2022-10-01T09:00:00+09:00', sender: A, recipient: R1, amount: 100 },
      { at: '2022-10-30T09:00:00+09:00', sender: A, recipient: R1, amount: 100 },
      { at: '2023-01-01T09:00:00+09:00', sender: A, recipient: R1, amount: 100 },
    ],
    options: {},
    expected: [
      {
        index: 3,
        utc: '2022-10-30T00:00:00.000Z',
        beforePolicyReport: false,
        day: '2022-10-30',
        policyId: 'LIMITS_2022',
        violations: [monthly],
      },
    ],
  },
] as const satisfies readonly {
  label: string;
  log: readonly AuditTransfer[];
  options: AuditOptions;
  expected: readonly {
    index: number;
    utc: string;
    beforePolicyReport: boolean;
    day: string;
    policyId: string;
    violations: readonly AuditFinding[];
  }[];
}[];

describe('auditTransfers', () => {
  it.each(cases)('sync: $label', ({ log, options, expected }) => {
    const input: readonly AuditTransfer[] = log;
    const rows = [...auditTransfersSync(input, options)];
    expect(rows).toEqual(expected.map((row) => ({ ...row, transfer: log[row.index] })));
  });

  it.each(cases)('async: $label', async ({ log, options, expected }) => {
    const rows: readonly AuditTransfer[] = log;
    async function* stream() {
      await Promise.resolve();
      yield* rows;
    }
    const found = [];
    for await (const row of auditTransfers(stream(), options)) found.push(row);
    expect(found).toEqual(expected.map((row) => ({ ...row, transfer: log[row.index] })));
  });

  it.each(cases)('pushed into createAuditor: $label', ({ log, options, expected }) => {
    const audit = createAuditor<AuditTransfer>(options);
    const rows = log.map((row) => audit(row)).filter((row) => row !== undefined);
    expect(rows).toEqual(expected.map((row) => ({ ...row, transfer: log[row.index] })));
  });

  it('reads a generator, a sync iterable that is not an array', async () => {
    function* generate() {
      yield { at: '2020-06-08T09:00:00+09:00', sender: A, amount: 300 };
      yield { at: '2020-06-08T10:00:00+09:00', sender: A, amount: 300 };
    }
    const indexes = [];
    for await (const row of auditTransfers(generate())) indexes.push(row.index);
    expect(indexes).toEqual([1]);
  });

  it('counts a long rolling window correctly while it lets go of old rows', () => {
    const policy = {
      ...DAILY_CAP_2020,
      id: 'HOURLY',
      rules: [{ kind: 'sender-daily', maxTransfers: 59, maxAmountWon: 1_000_000 }],
      window: { rollingHours: 1 },
    } as const;
    const start = Date.parse('2020-06-08T00:00:00Z');
    const log = Array.from({ length: 200 }, (_, k) => ({
      at: start + k * 60_000,
      sender: A,
      amount: 1,
    }));
    const rows = [...auditTransfersSync(log, { policy })];
    expect(rows.map((row) => row.index)).toEqual(Array.from({ length: 141 }, (_, k) => k + 59));
    for (const row of rows) {
      expect(row.violations).toEqual([{ ...count, limit: 59, attempted: 60 }]);
    }
  });

  it('starts a new month for a sender kept by a rolling window', () => {
    const policy = {
      ...LIMITS_2022,
      id: 'ROLLING_2022',
      window: { rollingHours: 48 },
    } as const;
    const log = [
      { at: '2022-08-31T23:00:00+09:00', sender: A, recipient: R1, amount: 100 },
      { at: '2022-09-01T01:00:00+09:00', sender: A, recipient: R1, amount: 100 },
      { at: '2022-09-01T02:00:00+09:00', sender: A, recipient: R1, amount: 100 },
    ];
    expect([...auditTransfersSync(log, { policy })].map((row) => row.violations)).toEqual([
      [count],
      [{ ...count, attempted: 3 }, monthly],
    ]);
  });

  it('keeps a month of recipients across idle days, and starts the next month afresh', () => {
    const log = [
      { at: '2022-09-01T10:00:00+09:00', sender: A, recipient: R1, amount: 100 },
      // Nineteen idle days: the month's recipients still count.
      { at: '2022-09-20T10:00:00+09:00', sender: A, recipient: R1, amount: 100 },
      { at: '2022-09-28T10:00:00+09:00', sender: A, recipient: R2, amount: 100 },
      // Three days later, a new month: R1 and R2 are new again.
      { at: '2022-10-01T10:00:00+09:00', sender: A, recipient: R1, amount: 100 },
      { at: '2022-10-01T11:00:00+09:00', sender: A, recipient: R2, amount: 100 },
      { at: '2022-10-20T10:00:00+09:00', sender: A, recipient: R1, amount: 100 },
      { at: '2022-11-30T10:00:00+09:00', sender: A, recipient: R1, amount: 100 },
    ];
    expect(
      [...auditTransfersSync(log)].map((row) => [row.index, row.violations.map((v) => v.code)]),
    ).toEqual([
      [1, ['recipient_monthly_exhausted']],
      [4, ['daily_count_exhausted']],
      [5, ['recipient_monthly_exhausted']],
    ]);
  });

  it('audits without options', () => {
    const log = [{ at: 0, sender: A, amount: 1 }];
    expect([...auditTransfersSync(log)]).toEqual([]);
  });
});

const at = '2020-06-08T10:00:00+09:00';

const badRows = [
  {
    label: 'a row earlier than the row before it',
    log: [
      { at: '2020-06-08T10:00:00+09:00', sender: A, amount: 1 },
      { at: '2020-06-08T10:00:00+09:00', sender: B, amount: 1 },
      { at: '2020-06-08T09:59:59.999+09:00', sender: A, amount: 1 },
    ],
    code: 'unsorted_log',
    path: ['transfers', 2, 'at'],
    index: 2,
  },
  {
    label: 'a row that is not an object',
    log: [{ at, sender: A, amount: 1 }, null],
    code: 'invalid_transfer',
    path: ['transfers', 1],
    index: 1,
  },
  {
    label: 'a row without an offset',
    log: [{ at: '2020-06-08T10:00:00', sender: A, amount: 1 }],
    code: 'invalid_instant',
    path: ['transfers', 0, 'at'],
    index: 0,
  },
  {
    label: 'a row of zero won',
    log: [{ at, sender: A, amount: 0 }],
    code: 'invalid_amount',
    path: ['transfers', 0, 'amount'],
    index: 0,
  },
  {
    label: 'a row without a sender',
    log: [{ at, amount: 1 }],
    code: 'invalid_phone_number',
    path: ['transfers', 0, 'sender'],
    index: 0,
  },
  {
    label: 'a sender that is not a KP mobile number',
    log: [{ at, sender: '+82 10 1234 5678', amount: 1 }],
    code: 'invalid_phone_number',
    path: ['transfers', 0, 'sender'],
    index: 0,
  },
  {
    label: 'a parsed sender whose fields disagree with its nsn',
    log: [{ at, sender: { ...parseKpPhoneNumber(A), national: '01951234567' }, amount: 1 }],
    code: 'invalid_phone_number',
    path: ['transfers', 0, 'sender'],
    index: 0,
  },
  {
    label: 'a recipient that is not a KP mobile number',
    log: [{ at, sender: A, recipient: '', amount: 1 }],
    code: 'invalid_phone_number',
    path: ['transfers', 0, 'recipient'],
    index: 0,
  },
] as const satisfies readonly {
  label: string;
  log: readonly unknown[];
  code: KpmmErrorCode;
  path: readonly PathSegment[];
  index: number;
}[];

function auditLoose(log: unknown, options?: unknown): unknown[] {
  const rows: unknown = Reflect.apply(auditTransfersSync, undefined, [log, options]);
  if (typeof rows !== 'object' || rows === null || !(Symbol.iterator in rows)) return [];
  return [...(rows as Iterable<unknown>)];
}

describe('auditTransfers refuses bad input', () => {
  it.each(badRows)('sync: $label: $code', ({ log, code, path, index }) => {
    const error = expectKpmmError(() => auditLoose(log), code, path);
    expect(error.issues[0].index).toBe(index);
  });

  it.each(badRows)('async: $label: $code', async ({ log, code, path }) => {
    const input: readonly unknown[] = log;
    const seen: number[] = [];
    const error: unknown = await (async () => {
      for await (const row of auditTransfers(input as readonly AuditTransfer[]))
        seen.push(row.index);
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isKpmmError(error) && [error.code, error.path]).toEqual([code, path]);
    expect(seen).toEqual([]);
  });

  it('yields the findings before a bad row, then stops with its error', () => {
    const log = [
      { at, sender: A, amount: 300 },
      { at, sender: A, amount: 300 },
      { at, sender: A, amount: -1 },
    ];
    const seen: number[] = [];
    expectKpmmError(
      () => {
        for (const row of auditTransfersSync(log)) seen.push(row.index);
      },
      'invalid_amount',
      ['transfers', 2, 'amount'],
    );
    expect(seen).toEqual([1]);
  });

  it.each([
    {
      label: 'a policy that is not valid',
      options: { policy: { ...LIMITS_2022, window: 'week' } },
      code: 'invalid_policy',
      path: ['policy', 'window'],
    },
    {
      label: 'options that are not an object',
      options: 'LIMITS_2022',
      code: 'invalid_input',
      path: ['options'],
    },
  ] as const)('refuses $label at the call, before reading a row', ({ options, code, path }) => {
    expectKpmmError(() => Reflect.apply(auditTransfersSync, undefined, [[], options]), code, path);
    expectKpmmError(() => Reflect.apply(auditTransfers, undefined, [[], options]), code, path);
  });

  it.each([
    { label: 'a number', transfers: 42 },
    { label: 'null', transfers: null },
    { label: 'a plain object', transfers: { at } },
  ])('refuses transfers that are $label', ({ transfers }) => {
    expectKpmmError(
      () => Reflect.apply(auditTransfersSync, undefined, [transfers]),
      'invalid_input',
      ['transfers'],
    );
    expectKpmmError(() => Reflect.apply(auditTransfers, undefined, [transfers]), 'invalid_input', [
      'transfers',
    ]);
  });
});
