import { describe, expect, it } from 'vitest';
import { safeCheckTransfer, type CheckTransferInput } from '../../src/cap/index.js';
import {
  quickInstant,
  quickNsn,
  quickRecipient,
  throwIssues,
} from '../../src/cap/internal/rows.js';
import { KpmmError, parseKpPhoneNumber, type KpmmIssue } from '../../src/core/index.js';

// The fast readers of a row must answer exactly as the full parsers do, or not at all.

const PHONE =
  'must be a North Korean mobile number (191, 192, 193 or 195 and 7 more digits), such as 0191 234 5678 or +850 191 234 5678';
const RFC3339 =
  'must be an RFC 3339 date-time with an offset, such as 2020-06-08T10:00:00+09:00 or …Z';
const AMOUNT = `must be a whole number of won, at least 1 and at most ${String(Number.MAX_SAFE_INTEGER)}`;

describe('quickNsn', () => {
  const cases = [
    { label: 'the national spelling', value: '01912345678', nsn: '1912345678' },
    { label: 'the international spelling', value: '+8501952345678', nsn: '1952345678' },
    { label: 'the bare national significant number', value: '1932345678', nsn: '1932345678' },
    { label: 'another first character than 0', value: 'x1912345678', nsn: undefined },
    { label: 'a leading 1 instead of 0', value: '11912345678', nsn: undefined },
    { label: 'another prefix than +850', value: 'abcd1912345678', nsn: undefined },
    { label: 'a near miss of +850', value: '+8511912345678', nsn: undefined },
    { label: 'ten digits outside the mobile ranges', value: '1234567890', nsn: undefined },
    { label: 'a 0 before the international spelling', value: '0+8501912345678', nsn: undefined },
    { label: 'a 0 before a short number', value: '0191234567', nsn: undefined },
    { label: 'separators, left to the full parser', value: '019-1234-5678', nsn: undefined },
    { label: 'a trailing space', value: '01912345678 ', nsn: undefined },
    { label: 'the empty string', value: '', nsn: undefined },
    { label: 'a number', value: 1912345678, nsn: undefined },
    { label: 'a parsed phone number', value: 'parsed', nsn: undefined },
    { label: 'null', value: null, nsn: undefined },
  ] as const satisfies readonly { label: string; value: unknown; nsn: string | undefined }[];
  it.each(cases)('$label', ({ value, nsn }) => {
    const input = value === 'parsed' ? parseKpPhoneNumber('01912345678') : value;
    expect(quickNsn(input)).toBe(nsn);
  });
});

describe('quickInstant', () => {
  const cases = [
    { label: 'the epoch', value: 0, ms: 0 },
    { label: 'minus zero, read as zero', value: -0, ms: 0 },
    { label: 'a fraction, floored', value: 1.5, ms: 1 },
    { label: 'a negative fraction, floored', value: -0.5, ms: -1 },
    { label: 'the last instant of a Date', value: 8.64e15, ms: 8.64e15 },
    { label: 'the first instant of a Date', value: -8.64e15, ms: -8.64e15 },
    { label: 'past the last instant', value: 8.64e15 + 1, ms: undefined },
    { label: 'before the first instant', value: -8.64e15 - 1, ms: undefined },
    { label: 'NaN', value: Number.NaN, ms: undefined },
    { label: 'infinity', value: Number.POSITIVE_INFINITY, ms: undefined },
    { label: 'an RFC 3339 string', value: '2020-06-08T10:00:00+09:00', ms: 1_591_578_000_000 },
    { label: 'a string that is no instant', value: 'soon', ms: undefined },
    { label: 'null', value: null, ms: undefined },
  ] as const satisfies readonly { label: string; value: unknown; ms: number | undefined }[];
  it.each(cases)('$label', ({ value, ms }) => expect(quickInstant(value)).toBe(ms));

  it('reads a Date', () => {
    expect(quickInstant(new Date(5))).toBe(5);
    expect(quickInstant(new Date(Number.NaN))).toBe(undefined);
  });
});

describe('quickRecipient', () => {
  const cases = [
    { label: 'absent', value: undefined, nsn: null },
    { label: 'null', value: null, nsn: null },
    { label: 'a canonical spelling', value: '+8501912345678', nsn: '1912345678' },
    { label: 'a spelling only the full parser reads', value: '019-1234-5678', nsn: '1912345678' },
    { label: 'not a phone number', value: 'x1912345678', nsn: undefined },
    { label: 'a number', value: 1912345678, nsn: undefined },
  ] as const satisfies readonly { label: string; value: unknown; nsn: string | null | undefined }[];
  it.each(cases)('$label', ({ value, nsn }) => expect(quickRecipient(value)).toBe(nsn));

  it('reads a parsed phone number', () => {
    expect(quickRecipient(parseKpPhoneNumber('0192 345 6789'))).toBe('1923456789');
  });
});

describe('throwIssues', () => {
  it('throws a TypeError when it is given no issue, a broken invariant', () => {
    let thrown: unknown;
    try {
      throwIssues([]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(thrown).toHaveProperty('message', 'a row was refused without an issue');
  });

  it('throws every issue it is given', () => {
    const given: KpmmIssue[] = [
      { code: 'invalid_amount', path: ['a'], message: 'a is wrong' },
      { code: 'invalid_instant', path: ['b'], message: 'b is wrong', index: 2 },
    ];
    let thrown: unknown;
    try {
      throwIssues(given);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KpmmError);
    expect(thrown).toHaveProperty('issues', given);
  });
});

describe('the issues of a refused row, word for word', () => {
  const ok = { at: '2020-06-08T09:00:00+09:00', amount: 100 };
  const cases: readonly { label: string; input: CheckTransferInput; issues: KpmmIssue[] }[] = [
    {
      label: 'a proposed transfer that is no object has no index',
      input: { history: [], proposed: 5 as never },
      issues: [
        {
          code: 'invalid_transfer',
          path: ['proposed'],
          message: 'proposed must be an object with at and amount',
        },
      ],
    },
    {
      label: 'a history row that is no object has its index',
      input: { history: [ok, 7 as never], proposed: ok },
      issues: [
        {
          code: 'invalid_history',
          path: ['history', 1],
          message: 'history.1 must be an object with at and amount',
          index: 1,
        },
      ],
    },
    {
      label: 'a null recipient is no recipient, not a bad one',
      input: { history: [], proposed: { at: 'soon', amount: 100, recipient: null } },
      issues: [
        { code: 'invalid_instant', path: ['proposed', 'at'], message: `proposed.at ${RFC3339}` },
      ],
    },
    {
      label: 'every field of a history row, each with the index',
      input: {
        history: [ok, { at: 'soon', amount: 0, recipient: 'x1912345678' }],
        proposed: ok,
      },
      issues: [
        {
          code: 'invalid_instant',
          path: ['history', 1, 'at'],
          message: `history.1.at ${RFC3339}`,
          index: 1,
        },
        {
          code: 'invalid_amount',
          path: ['history', 1, 'amount'],
          message: `history.1.amount ${AMOUNT}`,
          index: 1,
        },
        {
          code: 'invalid_phone_number',
          path: ['history', 1, 'recipient'],
          message: `history.1.recipient ${PHONE}`,
          index: 1,
        },
      ],
    },
  ];
  it.each(cases)('$label', ({ input, issues }) => {
    const result = safeCheckTransfer(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toStrictEqual(issues);
  });
});
