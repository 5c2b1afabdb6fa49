import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as cap from '../../src/cap/index.js';
import * as exchange from '../../src/exchange/index.js';
import * as rental from '../../src/rental/index.js';
import * as sources from '../../src/sources.js';
import * as ussd from '../../src/ussd/index.js';
import { expectWellFormedFacts } from '../helpers.js';

const { SOURCES, facts } = sources;

const ENTRY_POINTS = {
  'kp-mobile-money': root,
  'kp-mobile-money/ussd': ussd,
  'kp-mobile-money/cap': cap,
  'kp-mobile-money/exchange': exchange,
  'kp-mobile-money/rental': rental,
  'kp-mobile-money/sources': sources,
} as const;

/**
 * UPPER_SNAKE exports that are not facts about the world, so facts() need not list them: each is
 * vocabulary of the API (names the types accept or the errors use) or a collection of constants
 * listed under their own names. None may carry a grade.
 */
const NOT_FACTS = {
  KPMM_ERROR_CODES: 'the error codes of KpmmError: API vocabulary',
  CURRENCIES: 'the currency codes Money accepts: API vocabulary',
  CURRENCY_EXPONENTS:
    'the minor-unit convention of Money (fen, cents; KPW in whole won), fixed by the design',
  ROUNDING_MODES: 'the names of the rounding options: API vocabulary',
  CAP_VIOLATION_CODES: 'the codes of a refused transfer: API vocabulary',
  RECIPIENT_FORMATS:
    'the names of the recipientFormat option; the default is DEFAULT_RECIPIENT_FORMAT',
  POLICIES: 'DAILY_CAP_2020 and LIMITS_2022 together, each listed under its own name',
  POLICY_IDS: 'the order of POLICIES, oldest first: API vocabulary',
  CARRIER_IDS: 'the ids of CARRIERS: API vocabulary',
  REGION_IDS: 'the ids of REGIONS, in the order the sources name them: API vocabulary',
  DESTINATION_IDS: 'the ids of DESTINATIONS: API vocabulary',
  CRACKDOWN_IDS: 'the ids of CRACKDOWNS, the default first: API vocabulary',
  RATE_TABLE_IDS: 'the order of RATE_TABLES, oldest first: API vocabulary',
  SOURCES: 'the sources themselves, which every fact cites',
  MAX_SCHEDULED_TRANSFERS:
    'the most transfers scheduleTransfers returns: a bound of the API, not a fact about the world',
} as const satisfies Readonly<Record<string, string>>;

const GRADES: readonly unknown[] = ['reported', 'derived', 'assumed'];
const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/** Every UPPER_SNAKE export of every entry point, once per name (the facade re-exports them). */
const constants = new Map<string, { value: unknown; entries: string[] }>();
/** Names that two entry points export with different values (there should be none). */
const clashes: string[] = [];
for (const [entry, module] of Object.entries(ENTRY_POINTS)) {
  for (const [name, value] of Object.entries(module)) {
    if (!UPPER_SNAKE.test(name)) continue;
    const seen = constants.get(name);
    if (seen === undefined) constants.set(name, { value, entries: [entry] });
    else {
      if (seen.value !== value) clashes.push(`${name} in ${entry}`);
      seen.entries.push(entry);
    }
  }
}
const constantCases = [...constants].map(([name, { value, entries }]) => ({
  name,
  value,
  entries: entries.join(', '),
}));
const factCases = facts().map((fact) => ({ ...fact, label: fact.id }));

function factsFor(name: string) {
  return facts().filter((f) => f.id === name || f.id.startsWith(`${name}.`));
}

describe('facts()', () => {
  it('is well formed, made afresh: grades, units, notes and known sources', () => {
    expectWellFormedFacts(sources.facts());
  });

  it('lists each id once', () => {
    const ids = facts().map((f) => f.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(factCases)('$label has a grade, a unit, a note and known sources', (fact) => {
    expect(GRADES).toContain(fact.grade);
    expect(fact.unit.trim()).not.toBe('');
    expect(fact.note.trim()).not.toBe('');
    expect(fact.sources.length).toBeGreaterThan(0);
    expect(fact.sources.filter((id) => !Object.hasOwn(SOURCES, id))).toEqual([]);
    expect(new Set(fact.sources).size).toBe(fact.sources.length);
  });

  it('gives the same list on every call', () => {
    expect(facts()).toEqual(facts());
  });
});

describe('every exported constant', () => {
  it('is the same value on every entry point that exports it', () => {
    expect(clashes).toEqual([]);
  });

  it('that is not a fact is still exported (the list of exceptions is not stale)', () => {
    expect(constantCases.map((c) => c.name)).toEqual(
      expect.arrayContaining(Object.keys(NOT_FACTS)),
    );
  });

  it.each(constantCases)('$name ($entries) is in facts() or is not a fact', ({ name, value }) => {
    if (Object.hasOwn(NOT_FACTS, name)) {
      if (isRecord(value) && !Array.isArray(value)) expect(value).not.toHaveProperty('grade');
      return;
    }
    expect(
      factsFor(name).map((f) => f.id),
      `${name} is missing from facts()`,
    ).not.toEqual([]);
  });

  it.each(constantCases.filter((c) => isRecord(c.value) && 'grade' in c.value))(
    '$name keeps its own grade and sources in facts()',
    ({ name, value }) => {
      const fact = facts().find((f) => f.id === name);
      expect(fact, `${name} is missing from facts()`).toBeDefined();
      if (fact === undefined || !isRecord(value)) return;
      expect(fact.grade).toBe(value['grade']);
      // A rate table names one `source`; every other constant a `sources` list.
      const own: unknown = value['sources'] ?? [value['source']];
      expect(fact.sources).toEqual(expect.arrayContaining(Array.isArray(own) ? own : [own]));
    },
  );

  it.each(
    constantCases.flatMap(({ name, value }) => {
      // A table without a grade of its own is listed whole under its name (REGIONS), or member by
      // member as NAME.key (CARRIERS); POLICIES lists constants listed under their own names.
      if (!isRecord(value) || 'grade' in value || Array.isArray(value)) return [];
      if (Object.hasOwn(NOT_FACTS, name) || facts().some((f) => f.id === name)) return [];
      return Object.entries(value).flatMap(([key, member]) =>
        isRecord(member) && 'grade' in member
          ? [{ id: `${name}.${key}`, grade: member['grade'] }]
          : [],
      );
    }),
  )('$id, a member with its own grade, is in facts() with that grade', ({ id, grade }) => {
    const fact = facts().find((f) => f.id === id);
    expect(fact, `${id} is missing from facts()`).toBeDefined();
    expect(fact?.grade).toBe(grade);
  });

  it('of POLICIES is an exported constant listed in facts()', () => {
    for (const policy of Object.values(cap.POLICIES)) {
      expect(Reflect.get(cap, policy.id)).toBe(policy);
      expect(facts().map((f) => f.id)).toContain(policy.id);
    }
  });
});
