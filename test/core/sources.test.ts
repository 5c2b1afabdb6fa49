import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/core/index.js';

// Every source id FACTS.md lists.
const FACT_SOURCE_IDS = [
  'dailynk-2020-06-gifting',
  'dailynk-2020-06-rentals',
  'dailynk-2022-08-limits',
  'libphonenumber-kp',
  'dailynk-2017-06-kangsong',
  'nktech-2011-fines',
  'dailynk-detectors',
  'newsis-2015-11-prefix',
  'tzdb-asia-pyongyang',
  '3gpp-22-030',
  'dailynk-market-rates',
] as const;

describe('SOURCES', () => {
  it('holds exactly the sources FACTS.md lists', () => {
    expect(Object.keys(SOURCES).sort()).toEqual([...FACT_SOURCE_IDS].sort());
  });

  it.each(Object.entries(SOURCES))('%s is complete', (key, source) => {
    expect(source.id).toBe(key);
    expect(source.publication.length).toBeGreaterThan(0);
    expect(source.title.length).toBeGreaterThan(0);
    expect(source.note.length).toBeGreaterThan(0);
    if (source.date !== null) expect(source.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
    const { url } = source;
    if (url !== null) expect(() => new URL(url)).not.toThrow();
    expect(Object.isFrozen(source)).toBe(true);
  });

  it('marks the two 2020 articles as having an inferred year', () => {
    expect(SOURCES['dailynk-2020-06-gifting'].yearInferred).toBe(true);
    expect(SOURCES['dailynk-2020-06-rentals'].yearInferred).toBe(true);
    expect(SOURCES['dailynk-2022-08-limits'].yearInferred).toBe(false);
  });
});
