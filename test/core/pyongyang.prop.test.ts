import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  pyongyangDate,
  startOfNextPyongyangDay,
  startOfNextPyongyangMonth,
} from '../../src/core/index.js';

const MIN = Date.UTC(1890, 0, 1);
const MAX = Date.UTC(2100, 0, 1);
const nearChanges = fc.oneof(
  fc.integer({ min: MIN, max: MAX }),
  fc.integer({ min: Date.UTC(2015, 7, 13), max: Date.UTC(2015, 7, 16) }),
  fc.integer({ min: Date.UTC(2018, 4, 3), max: Date.UTC(2018, 4, 6) }),
);

function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

describe('Pyongyang calendar laws', () => {
  it('startOfNextPyongyangDay is the first instant of the next date', () => {
    fc.assert(
      fc.property(nearChanges, (ms) => {
        const next = Date.parse(startOfNextPyongyangDay(ms));
        expect(next).toBeGreaterThan(ms);
        expect(pyongyangDate(next)).toBe(nextDate(pyongyangDate(ms)));
        expect(pyongyangDate(next - 1)).toBe(pyongyangDate(ms));
      }),
    );
  });

  it('startOfNextPyongyangMonth is the first instant of the next month', () => {
    fc.assert(
      fc.property(nearChanges, (ms) => {
        const next = Date.parse(startOfNextPyongyangMonth(ms));
        expect(pyongyangDate(next).endsWith('-01')).toBe(true);
        expect(pyongyangDate(next - 1).slice(0, 7)).toBe(pyongyangDate(ms).slice(0, 7));
      }),
    );
  });
});
