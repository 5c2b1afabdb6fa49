import { describe, expect, it } from 'vitest';
import { safeCheckTransfer } from '../../src/cap/index.js';
import { parseInstant, pyongyangDate, startOfNextPyongyangDay } from '../../src/core/index.js';
import { expectKpmmError } from '../helpers.js';

const AT = '2020-06-08T15:30:00Z';
const AT_MS = Date.parse(AT);

/** A Date whose methods lie about the time it holds. */
class LyingDate extends Date {
  override getTime(): number {
    return 0;
  }
  override valueOf(): number {
    return 0;
  }
  override toISOString(): string {
    return '1970-01-01T00:00:00.000Z';
  }
}

/** A Date whose methods throw. */
class ThrowingDate extends Date {
  override getTime(): number {
    throw new Error('getTime called');
  }
  override valueOf(): number {
    throw new Error('valueOf called');
  }
}

describe('instants are read from the Date itself', () => {
  const lying: Date = new LyingDate(AT);
  const throwing: Date = new ThrowingDate(AT);
  it.each([
    { label: 'a Date subclass whose getTime lies', value: lying },
    { label: 'a Date subclass whose getTime throws', value: throwing },
  ])('$label gives the time the Date holds', ({ value }) => {
    expect(parseInstant(value)).toBe(AT_MS);
    expect(pyongyangDate(value)).toBe('2020-06-09');
    expect(startOfNextPyongyangDay(value)).toBe('2020-06-09T15:00:00.000Z');
  });

  const notDates: readonly { label: string; value: Date }[] = [
    { label: 'a Proxy of a Date', value: new Proxy(new Date(AT), {}) },
    {
      label: 'a Proxy of a Date whose traps throw',
      value: new Proxy(new Date(AT), {
        get: () => {
          throw new Error('trap');
        },
        getPrototypeOf: () => {
          throw new Error('trap');
        },
      }),
    },
    { label: 'an object made from Date.prototype', value: Object.create(Date.prototype) as Date },
    // Typed as a Date, as a caller's wrong type assertion would have it.
    { label: 'an object with getTime', value: { getTime: () => AT_MS } as unknown as Date },
  ];

  it.each(notDates)('$label is invalid_instant', ({ value }) => {
    expectKpmmError(() => pyongyangDate(value), 'invalid_instant', []);
    expectKpmmError(() => parseInstant(value, ['at']), 'invalid_instant', ['at']);
  });

  it.each(notDates)('safeCheckTransfer gives a coded result for $label', ({ value }) => {
    const result = safeCheckTransfer({ history: [], proposed: { at: value, amount: 300 } });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('invalid_instant');
    const history = safeCheckTransfer({
      history: [{ at: value, amount: 300 }],
      proposed: { at: AT, amount: 300 },
    });
    expect(history.success).toBe(false);
    if (!history.success) expect(history.error.issues[0].path).toEqual(['history', 0, 'at']);
  });
});

describe('pyongyangDate writes only four-digit years', () => {
  const inRange = [
    { label: 'the first Pyongyang day of year 0', at: '0000-01-01T00:00:00Z', date: '0000-01-01' },
    { label: 'the last instant of 9999', at: '9999-12-31T14:59:59.999Z', date: '9999-12-31' },
  ] as const satisfies readonly { label: string; at: string; date: string }[];
  it.each(inRange)('$label', ({ at, date }) => expect(pyongyangDate(at)).toBe(date));

  const outOfRange = [
    { label: 'the last instant a Date holds', at: 8.64e15 },
    { label: 'the first instant a Date holds', at: -8.64e15 },
    { label: 'the first instant of 10000 in Pyongyang', at: '9999-12-31T15:00:00Z' },
    {
      label: 'an instant of year -1 in Pyongyang',
      at: Date.parse('0000-01-01T00:00:00Z') - 9 * 3_600_000,
    },
  ] as const satisfies readonly { label: string; at: string | number }[];
  it.each(outOfRange)('$label is out_of_range', ({ at }) => {
    expectKpmmError(() => pyongyangDate(at), 'out_of_range', []);
  });
});
