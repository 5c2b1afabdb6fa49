import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/core/index.js';
import * as ussd from '../../src/ussd/index.js';
import { CARRIERS, KP_MOBILE_PREFIXES, USSD_MAX_LENGTH, ussdFacts } from '../../src/ussd/index.js';
import { expectWellFormedFacts } from '../helpers.js';

const GRADES = ['reported', 'derived', 'assumed'];

function hasGrade(value: unknown): value is { grade: unknown } {
  return typeof value === 'object' && value !== null && 'grade' in value;
}

describe('ussdFacts', () => {
  it('is well formed, made afresh: grades, units, notes and known sources', () => {
    expectWellFormedFacts(ussdFacts());
  });

  const facts = ussdFacts();
  const ids = facts.map((fact) => fact.id);

  it('lists every exported UPPER_SNAKE constant that carries a grade', () => {
    const graded = Object.entries(ussd).filter(
      ([name, value]) => /^[A-Z][A-Z0-9_]*$/.test(name) && hasGrade(value),
    );
    expect(graded.length).toBeGreaterThan(5);
    for (const [name] of graded) expect(ids).toContain(name);
  });

  it('lists each carrier with its own provenance', () => {
    for (const carrier of Object.values(CARRIERS)) {
      expect(facts).toContainEqual({
        id: `CARRIERS.${carrier.id}`,
        value: { name: carrier.name, serviceCode: carrier.serviceCode, prefixes: carrier.prefixes },
        unit: 'carrier',
        grade: carrier.grade,
        sources: carrier.sources,
        note: carrier.note,
      });
    }
  });

  it('has unique ids, known grades, known sources and a note', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const fact of facts) {
      expect(GRADES).toContain(fact.grade);
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const source of fact.sources) expect(Object.keys(SOURCES)).toContain(source);
      expect(fact.note.length).toBeGreaterThan(0);
      expect(fact.unit.length).toBeGreaterThan(0);
    }
  });

  it('grades each rule as FACTS.md does', () => {
    const grade = Object.fromEntries(facts.map((fact) => [fact.id, fact.grade]));
    expect(grade).toEqual({
      'CARRIERS.koryolink': 'reported',
      'CARRIERS.kangsong': 'reported',
      KP_MOBILE_PREFIXES: 'reported',
      USSD_MAX_LENGTH: 'reported',
      TRANSFER_USSD_GRAMMAR: 'assumed',
      TRANSFER_PIN_LENGTH: 'assumed',
      USSD_MIN_AMOUNT: 'assumed',
      DEFAULT_RECIPIENT_FORMAT: 'assumed',
      CROSS_CARRIER_POLICY: 'assumed',
    });
    expect(USSD_MAX_LENGTH).toMatchObject({ value: 182, sources: ['3gpp-22-030'] });
  });
});

describe('CARRIERS', () => {
  it.each([
    { id: 'koryolink', name: 'Koryolink', serviceCode: '999', prefixes: ['191', '192'] },
    { id: 'kangsong', name: 'Kang Song NET', serviceCode: '929', prefixes: ['195'] },
  ] as const)('$name dials *$serviceCode*', ({ id, name, serviceCode, prefixes }) => {
    expect(CARRIERS[id]).toMatchObject({ id, name, serviceCode, prefixes, grade: 'reported' });
    expect(CARRIERS[id].sources).toContain('dailynk-2020-06-gifting');
    for (const prefix of prefixes) {
      expect(KP_MOBILE_PREFIXES.owners[prefix]).toBe(id);
    }
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(CARRIERS)).toBe(true);
    for (const carrier of Object.values(CARRIERS)) {
      expect(Object.isFrozen(carrier)).toBe(true);
      expect(Object.isFrozen(carrier.prefixes)).toBe(true);
      expect(Object.isFrozen(carrier.sources)).toBe(true);
    }
  });

  it('leaves 193 (KPTC) without a carrier: a valid number with no known mobile money code', () => {
    const prefixes: readonly string[] = Object.values(CARRIERS).flatMap((c) => c.prefixes);
    expect(prefixes).not.toContain('193');
    expect(KP_MOBILE_PREFIXES.owners['193']).toBe('kptc');
  });
});

describe('the ussd entry', () => {
  it('exports exactly its public names', () => {
    expect(Object.keys(ussd).sort()).toEqual(
      [
        'CARRIERS',
        'CARRIER_IDS',
        'CROSS_CARRIER_POLICY',
        'DEFAULT_RECIPIENT_FORMAT',
        'KPMM_ERROR_CODES',
        'KP_MOBILE_PREFIXES',
        'KpPhoneNumberSchema',
        'KpmmError',
        'RECIPIENT_FORMATS',
        'TRANSFER_PIN_LENGTH',
        'TRANSFER_USSD_GRAMMAR',
        'TransferInputSchema',
        'USSD_MAX_LENGTH',
        'USSD_MIN_AMOUNT',
        'buildTransferUssd',
        'isKpmmError',
        'parseKpPhoneNumber',
        'parseTransferUssd',
        'redactUssd',
        'safeBuildTransferUssd',
        'safeParseKpPhoneNumber',
        'safeParseTransferUssd',
        'toTelUri',
        'ussdFacts',
      ].sort(),
    );
  });

  it('freezes every constant', () => {
    for (const [name, value] of Object.entries(ussd)) {
      if (/^[A-Z][A-Z0-9_]*$/.test(name)) expect(Object.isFrozen(value), name).toBe(true);
    }
  });
});
