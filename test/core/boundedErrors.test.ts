import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  safeCheckTransfer,
  type HistoryEntry,
  type TransferPolicy,
} from '../../src/cap/index.js';
import { KpmmError, type KpmmIssue } from '../../src/core/index.js';
import { safeQuoteRental } from '../../src/rental/index.js';
import { expectMessagesNameTheirField } from '../helpers.js';

const proposed = { at: '2020-06-08T10:00:00+09:00', amount: 300 } as const;

/** The law of a bounded error: 100 issues and one that counts the rest, with a short message. */
function expectBounded(error: KpmmError, found: number): void {
  expect(error.issues).toHaveLength(101);
  const last = error.issues[100];
  expect(last?.omitted).toBe(found - 100);
  expect(last?.path).toEqual([]);
  expect(last?.message).toBe(`${String(found - 100)} more issues were found and left out`);
  expect(error.message.length).toBeLessThan(20_000);
  expectMessagesNameTheirField(error);
}

describe('an error lists at most 100 issues, then how many more there were', () => {
  it('a history of a million nulls', () => {
    const result = safeCheckTransfer({
      // A caller's wrong type assertion, as a JavaScript caller would send it.
      history: Array<null>(1e6).fill(null) as unknown as readonly HistoryEntry[],
      proposed,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('invalid_history');
    expect(result.error.issues[99]?.path).toEqual(['history', 99]);
    expect(result.error.issues[100]?.code).toBe('invalid_history');
    expectBounded(result.error, 1e6);
  });

  it('a history row with two bad fields counts both', () => {
    const history = Array.from({ length: 200 }, () => ({ at: 'noon', amount: -1 }));
    const result = safeCheckTransfer({ history, proposed });
    expect(result.success).toBe(false);
    if (!result.success) expectBounded(result.error, 400);
  });

  it('a policy of a thousand bad rules', () => {
    const policy = {
      ...DAILY_CAP_2020,
      rules: Array<null>(1000).fill(null),
    } as unknown as TransferPolicy;
    const result = safeCheckTransfer({ history: [], proposed, policy });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('invalid_policy');
      expectBounded(result.error, 1000);
    }
  });

  it('a rental model of a thousand bad sources', () => {
    const result = safeQuoteRental({
      region: 'chagang',
      destination: 'china',
      model: { sources: Array<number>(1000).fill(1) as unknown as readonly string[] },
    });
    expect(result.success).toBe(false);
    if (!result.success) expectBounded(result.error, 1000);
  });

  it('a KpmmError made with 150 issues', () => {
    const issue: KpmmIssue = { code: 'invalid_amount', path: ['amount'], message: 'amount bad' };
    const error = new KpmmError([issue, ...Array<KpmmIssue>(149).fill(issue)]);
    expectBounded(error, 150);
    expect(error.issues[100]?.code).toBe('invalid_amount');
  });

  it('a KpmmError made with 100 issues lists them all', () => {
    const issue: KpmmIssue = { code: 'invalid_amount', path: ['amount'], message: 'amount bad' };
    const error = new KpmmError([issue, ...Array<KpmmIssue>(99).fill(issue)]);
    expect(error.issues).toHaveLength(100);
    expect(error.issues.some((i) => i.omitted !== undefined)).toBe(false);
  });
});
