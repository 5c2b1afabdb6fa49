import { describe, expect, it } from 'vitest';
import { DAILY_CAP_2020, LIMITS_2022, POLICIES, POLICY_IDS } from '../../src/cap/index.js';
import { monthSpan } from '../../src/cap/internal/bounds.js';
import { compiledBuiltIns, compilePolicy } from '../../src/cap/internal/compilePolicy.js';
import { builtInOn } from '../../src/cap/internal/pickPolicy.js';
import { daysFromCivil } from '../../src/core/internal/civil.js';

// The built-in policies are compiled once and picked by day; months are numbered from year 0.

describe('monthSpan', () => {
  const cases = [
    {
      label: 'January',
      at: '2020-01-15T12:00:00+09:00',
      id: 2020 * 12,
      start: '2020-01-01T00:00:00+09:00',
      end: '2020-02-01T00:00:00+09:00',
    },
    {
      label: 'August',
      at: '2022-08-10T00:00:00+09:00',
      id: 2022 * 12 + 7,
      start: '2022-08-01T00:00:00+09:00',
      end: '2022-09-01T00:00:00+09:00',
    },
    {
      label: 'December',
      at: '2019-12-31T23:59:59.999+09:00',
      id: 2019 * 12 + 11,
      start: '2019-12-01T00:00:00+09:00',
      end: '2020-01-01T00:00:00+09:00',
    },
  ] as const;
  it.each(cases)('$label', ({ at, id, start, end }) => {
    expect(monthSpan(Date.parse(at))).toStrictEqual({
      id,
      start: Date.parse(start),
      end: Date.parse(end),
    });
  });
});

describe('compilePolicy', () => {
  it('gives back the compiled form of a built-in policy without compiling it again', () => {
    const [first, second] = compiledBuiltIns();
    expect(compilePolicy(DAILY_CAP_2020, ['policy'])).toBe(first);
    expect(compilePolicy(LIMITS_2022, ['policy'])).toBe(second);
  });

  it('compiles a copy of a built-in policy to the same limits', () => {
    const copy = compilePolicy({ ...LIMITS_2022 }, ['policy']);
    expect(copy).not.toBe(compiledBuiltIns()[1]);
    expect(copy).toStrictEqual({
      id: 'LIMITS_2022',
      maxTransfers: 1,
      maxAmountWon: 500,
      monthlyMax: 1,
      rollingMs: null,
      effectiveDay: daysFromCivil(2022, 8, 10),
    });
  });
});

describe('builtInOn', () => {
  const cases = [
    { label: 'long before any policy', day: daysFromCivil(1990, 1, 1), index: 0 },
    { label: 'the day before the 2022 limits', day: daysFromCivil(2022, 8, 9), index: 0 },
    { label: 'the first day of the 2022 limits', day: daysFromCivil(2022, 8, 10), index: 1 },
    { label: 'long after', day: daysFromCivil(2040, 1, 1), index: 1 },
  ] as const;
  it.each(cases)('$label', ({ day, index }) => {
    const found = builtInOn(day);
    expect(found.policy).toBe(POLICIES[POLICY_IDS[index]]);
    expect(found.compiled).toBe(compiledBuiltIns()[index]);
  });
});
