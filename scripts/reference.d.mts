import type { Fact, Source } from '../src/sources.js';

/** One thing the sources leave open, and what the library does about it (markdown text). */
export interface OpenQuestion {
  readonly id: string;
  readonly title: string;
  readonly open: string;
  readonly library: string;
  /** Ids of the facts it bears on; each must be in `facts`. */
  readonly facts: readonly string[];
  /** Ids of the sources it rests on; each must be in `sources`. */
  readonly sources: readonly string[];
}

/** What {@link renderReference} renders. */
export interface ReferenceInput {
  readonly sources: Readonly<Record<string, Source>>;
  readonly facts: readonly Fact[];
  readonly openQuestions: readonly OpenQuestion[];
  /** Minor-unit exponents by currency, to write `{ currency: 'CNY', minor: 3000 }` as `CNY 30.00`. */
  readonly currencyExponents: Readonly<Record<string, number>>;
}

/**
 * Renders docs/REFERENCE.md: every fact, every open question and every source, linked to one
 * another. Throws when a fact or question cites an unknown id, a fact id repeats, or a grade is
 * not reported, derived or assumed.
 */
export function renderReference(input: ReferenceInput): string;
