import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENCY_EXPONENTS } from '../../src/index.js';
import { SOURCES, facts, type Fact } from '../../src/sources.js';
import openQuestions from '../../scripts/open-questions.json' with { type: 'json' };
import { renderReference, type OpenQuestion } from '../../scripts/reference.mjs';

const committed = readFileSync(new URL('../../docs/REFERENCE.md', import.meta.url), 'utf8');

function render(over: { facts?: readonly Fact[]; openQuestions?: readonly OpenQuestion[] } = {}) {
  return renderReference({
    sources: SOURCES,
    facts: over.facts ?? facts(),
    openQuestions: over.openQuestions ?? openQuestions,
    currencyExponents: CURRENCY_EXPONENTS,
  });
}

const mobileWonPrice = facts().find((f) => f.id === 'MOBILE_WON_PRICE');
if (mobileWonPrice === undefined) throw new Error('MOBILE_WON_PRICE is not in facts()');

describe('docs/REFERENCE.md', () => {
  it('is what `npm run docs` renders from the sources today', () => {
    expect(committed === render(), 'docs/REFERENCE.md is out of date: run `npm run docs`').toBe(
      true,
    );
  });

  it.each(facts())('has a section for the fact $id, with its grade and every source', (fact) => {
    const start = committed.indexOf(`### \`${fact.id}\`\n`);
    expect(start).toBeGreaterThan(0);
    const section = committed.slice(start, committed.indexOf('\n### ', start + 1));
    expect(section).toContain(`- Grade: **${fact.grade}**`);
    for (const id of fact.sources) expect(section).toContain(`](#source-${id})`);
  });

  it.each(Object.values(SOURCES))('has a section for the source $id, with its link', (source) => {
    const start = committed.indexOf(`### \`${source.id}\`\n`);
    expect(start).toBeGreaterThan(0);
    const section = committed.slice(start, committed.indexOf('\n### ', start + 1));
    expect(section).toContain(`| Year inferred | ${source.yearInferred ? 'yes' : 'no'} |`);
    expect(section).toContain(source.url === null ? 'none recorded' : `<${source.url}>`);
  });

  it('links only to anchors it defines', () => {
    const defined = new Set([...committed.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    for (const heading of ['facts', 'open-questions', 'sources']) defined.add(heading);
    const used = [...committed.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it('defines each anchor once', () => {
    const ids = [...committed.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('open questions', () => {
  it('have unique ids', () => {
    const ids = openQuestions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(openQuestions)('$id names facts of facts() and sources of SOURCES', (question) => {
    const factIds = new Set(facts().map((f) => f.id));
    expect(question.facts.length).toBeGreaterThan(0);
    expect(question.facts.filter((id) => !factIds.has(id))).toEqual([]);
    expect(question.sources.filter((id) => !Object.hasOwn(SOURCES, id))).toEqual([]);
  });
});

describe('renderReference', () => {
  const cases = [
    {
      label: 'a fact citing an unknown source',
      facts: [{ ...mobileWonPrice, sources: ['no-such-source'] }],
      openQuestions: [],
    },
    {
      label: 'a fact listed twice',
      facts: [mobileWonPrice, mobileWonPrice],
      openQuestions: [],
    },
    {
      label: 'a grade outside reported, derived, assumed',
      facts: [{ ...mobileWonPrice, grade: 'guessed' }],
      openQuestions: [],
    },
    {
      label: 'an open question naming an unknown fact',
      facts: [mobileWonPrice],
      openQuestions: [{ ...openQuestions[0]!, facts: ['NO_SUCH_FACT'] }],
    },
    {
      label: 'an open question citing an unknown source',
      facts: [mobileWonPrice],
      openQuestions: [{ ...openQuestions[0]!, facts: ['MOBILE_WON_PRICE'], sources: ['nope'] }],
    },
  ] as const satisfies readonly {
    label: string;
    facts: readonly unknown[];
    openQuestions: readonly OpenQuestion[];
  }[];

  it.each(cases)('refuses $label', (c) => {
    // The cases break the Fact type on purpose, as a stale module or a typo would.
    const broken = c.facts as unknown as readonly Fact[];
    expect(() => render({ facts: broken, openQuestions: c.openQuestions })).toThrow();
  });

  it('writes money in major units with its own exponent', () => {
    const money = (id: string, value: unknown): Fact => ({ ...mobileWonPrice, id, value });
    const text = render({
      facts: [
        money('A', { currency: 'CNY', minor: 3000 }),
        money('B', { currency: 'KPW', minor: 37500 }),
        money('C', { currency: 'USD', minor: 5 }),
      ],
      openQuestions: [],
    });
    expect(text).toContain('- Value: CNY 30.00\n');
    expect(text).toContain('- Value: KPW 37,500\n');
    expect(text).toContain('- Value: USD 0.05\n');
  });

  it('escapes markdown in notes, so a transfer string stays as written', () => {
    const text = render({
      facts: [{ ...mobileWonPrice, note: 'dial *999*300# then [ok]' }],
      openQuestions: [],
    });
    expect(text).toContain('dial \\*999\\*300# then \\[ok\\]');
  });
});
