import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  auditTransfers,
  auditTransfersSync,
  type AuditInvalidRow,
  type AuditRow,
} from '../../src/cap/index.js';
import { expectKpmmError } from '../helpers.js';

const A = '0191 111 1111';
const B = '0192 222 2222';
const log = [
  { at: '2020-06-08T10:00:00+09:00', sender: A, amount: 300 },
  { at: 'yesterday', sender: A, amount: 300 },
  { at: '2020-06-08T11:00:00+09:00', sender: A, amount: 900 },
  { at: '2020-06-08T12:00:00+09:00', sender: 'nobody', amount: 100 },
  { at: '2020-06-08T13:00:00+09:00', sender: B, amount: 100 },
  { at: '2020-06-08T14:00:00+09:00', sender: B, amount: 100 },
];

function describeRows(rows: Iterable<AuditRow | AuditInvalidRow>) {
  return [...rows].map((row) =>
    'invalid' in row
      ? { index: row.index, invalid: row.issues.map((i) => [i.code, i.path.join('.')]) }
      : { index: row.index, violations: row.violations.map((v) => v.code) },
  );
}

describe('auditTransfers onInvalid', () => {
  const expected = [
    { index: 1, invalid: [['invalid_instant', 'transfers.1.at']] },
    { index: 2, violations: ['daily_count_exhausted', 'daily_amount_exceeded'] },
    { index: 3, invalid: [['invalid_phone_number', 'transfers.3.sender']] },
    { index: 5, violations: ['daily_count_exhausted'] },
  ];

  it('report: each invalid row is yielded with its index and issues, and the audit goes on', () => {
    expect(
      describeRows(auditTransfersSync(log, { onInvalid: 'report', policy: DAILY_CAP_2020 })),
    ).toEqual(expected);
  });

  it('report: the async audit agrees', async () => {
    const rows: (AuditRow | AuditInvalidRow)[] = [];
    for await (const row of auditTransfers(log, { onInvalid: 'report', policy: DAILY_CAP_2020 }))
      rows.push(row);
    expect(describeRows(rows)).toEqual(expected);
  });

  it('an invalid row counts toward no limit: the valid row after it is the day’s first', () => {
    const rows = [
      { at: '2020-06-08T09:00:00+09:00', sender: A, amount: 0 },
      { at: '2020-06-08T10:00:00+09:00', sender: A, amount: 500 },
    ];
    expect(describeRows(auditTransfersSync(rows, { onInvalid: 'report' }))).toEqual([
      { index: 0, invalid: [['invalid_amount', 'transfers.0.amount']] },
    ]);
  });

  it.each([undefined, 'throw'] as const)(
    'onInvalid %s: the first invalid row ends the audit',
    (onInvalid) => {
      const options = onInvalid === undefined ? {} : { onInvalid };
      expectKpmmError(() => [...auditTransfersSync(log, options)], 'invalid_instant', [
        'transfers',
        1,
        'at',
      ]);
    },
  );

  it('a row out of order ends the audit even when invalid rows are reported', () => {
    const unsorted = [
      { at: '2020-06-08T10:00:00+09:00', sender: A, amount: 100 },
      { at: '2020-06-08T09:00:00+09:00', sender: B, amount: 100 },
    ];
    expectKpmmError(
      () => [...auditTransfersSync(unsorted, { onInvalid: 'report' })],
      'unsorted_log',
      ['transfers', 1, 'at'],
    );
  });

  it.each([
    {
      label: 'an unknown onInvalid',
      options: { onInvalid: 'skip' },
      path: ['options', 'onInvalid'],
    },
    { label: 'an unknown ids', options: { ids: 'email' }, path: ['options', 'ids'] },
    { label: 'a misspelt option', options: { onInvlid: 'report' }, path: ['options', 'onInvlid'] },
  ])('$label is invalid_input', ({ options, path }) => {
    expectKpmmError(() => auditTransfersSync(log, options as never), 'invalid_input', path);
  });
});

describe('auditTransfers ids: opaque', () => {
  const pseudonymous = [
    { at: '2022-08-10T09:00:00+09:00', sender: 'k3f9', recipient: 'x01', amount: 200 },
    { at: '2022-08-11T09:00:00+09:00', sender: 'k3f9', recipient: 'x01', amount: 200 },
    { at: '2022-08-11T10:00:00+09:00', sender: 'K3F9', recipient: 'x01', amount: 200 },
    { at: '2022-08-12T09:00:00+09:00', sender: '', recipient: 'x01', amount: 200 },
  ];

  it('compares ids as exact strings: K3F9 is not k3f9', () => {
    expect(
      describeRows(auditTransfersSync(pseudonymous, { ids: 'opaque', onInvalid: 'report' })),
    ).toEqual([
      { index: 1, violations: ['recipient_monthly_exhausted'] },
      { index: 3, invalid: [['invalid_input', 'transfers.3.sender']] },
    ]);
  });

  it('phone ids refuse a pseudonym', () => {
    expectKpmmError(() => [...auditTransfersSync(pseudonymous)], 'invalid_phone_number', [
      'transfers',
      0,
      'sender',
    ]);
  });
});
