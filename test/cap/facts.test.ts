import { describe, expect, it } from 'vitest';
import * as cap from '../../src/cap/index.js';
import { SOURCES } from '../../src/core/index.js';
import { expectWellFormedFacts } from '../helpers.js';

function hasGrade(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'grade' in value;
}

const graded = Object.entries(cap).filter(
  ([name, value]) => /^[A-Z][A-Z0-9_]*$/.test(name) && hasGrade(value),
);

describe('capFacts', () => {
  it('is well formed, made afresh: grades, units, notes and known sources', () => {
    expectWellFormedFacts(cap.capFacts());
  });

  it('finds the graded constants', () => {
    expect(graded.map(([name]) => name).sort()).toEqual(['DAILY_CAP_2020', 'LIMITS_2022']);
  });

  it.each(graded)('lists %s', (name) => {
    const fact = cap.capFacts().find((f) => f.id === name);
    expect(fact).toBeDefined();
  });

  it.each(cap.capFacts())('$id cites known sources and spells out its assumptions', (fact) => {
    expect(fact.sources.length).toBeGreaterThan(0);
    for (const id of fact.sources) expect(Object.keys(SOURCES)).toContain(id);
    expect(fact.grade).toBe('reported');
    expect(fact.note).toContain('Assumed:');
    expect(fact.note).toContain('Asia/Pyongyang');
  });

  it.each([
    { id: 'DAILY_CAP_2020', unit: 'transfers and won per sender per Pyongyang day' },
    {
      id: 'LIMITS_2022',
      unit: 'transfers and won per sender per Pyongyang day; transfers per sender and recipient per Pyongyang month',
    },
  ])('$id has a unit that names only its own rules', ({ id, unit }) => {
    expect(cap.capFacts().find((f) => f.id === id)?.unit).toBe(unit);
  });

  it('reports the rule values', () => {
    expect(cap.capFacts().map((f) => [f.id, f.value])).toEqual([
      [
        'DAILY_CAP_2020',
        {
          rules: [{ kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 500 }],
          window: 'calendar-day',
          effectiveFrom: '2020-06-08',
        },
      ],
      [
        'LIMITS_2022',
        {
          rules: [
            { kind: 'sender-daily', maxTransfers: 1, maxAmountWon: 500 },
            { kind: 'recipient-monthly', maxTransfers: 1 },
          ],
          window: 'calendar-day',
          effectiveFrom: '2022-08-10',
        },
      ],
    ]);
  });
});
