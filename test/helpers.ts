import { expect } from 'vitest';
import {
  SOURCES,
  isKpmmError,
  type Fact,
  type KpmmError,
  type KpmmErrorCode,
  type PathSegment,
} from '../src/core/index.js';

/**
 * The law of every message: it is plain text that names its field first, as the path writes it
 * (`history.3.at must be …`), so a reader knows what to fix without the path; a message about the
 * whole input (an empty path) is at least not empty. The error's own message joins them.
 */
export function expectMessagesNameTheirField(error: KpmmError): void {
  for (const found of error.issues) {
    const name = found.path.join('.');
    expect(found.message.length, `the message of ${found.code} at [${name}]`).toBeGreaterThan(
      name.length + 1,
    );
    if (name.length > 0) {
      expect(found.message.startsWith(`${name} `), `"${found.message}" names ${name} first`).toBe(
        true,
      );
    } else {
      expect(found.message, 'a message about the whole value starts with a word').toMatch(/^\S/u);
    }
  }
  expect(error.message).toBe(error.issues.map((i) => i.message).join('; '));
}

/**
 * Runs `fn`, expects a KpmmError with this code (and path, when given), checks that its messages
 * name their fields, and returns it.
 */
export function expectKpmmError(
  fn: () => unknown,
  code: KpmmErrorCode,
  path?: readonly PathSegment[],
): ReturnType<typeof caught> {
  const error = caught(fn);
  expect(isKpmmError(error), `expected a KpmmError, got ${String(error)}`).toBe(true);
  if (!isKpmmError(error)) throw new Error('unreachable');
  expect(error.code).toBe(code);
  if (path !== undefined) expect(error.path).toEqual(path);
  expectMessagesNameTheirField(error);
  return error;
}

function caught(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isKpmmError(error)) return error;
    throw error;
  }
  throw new Error('expected a KpmmError, but nothing was thrown');
}

function json(value: unknown): string {
  try {
    // JSON.stringify gives undefined for a function or a bare undefined.
    const text: unknown = JSON.stringify(value);
    return typeof text === 'string' ? text : 'undefined';
  } catch {
    // A value JSON cannot represent (a bigint, a cycle) has no JSON view to leak through.
    return '';
  }
}

/** Every string a value could leak through: JSON, String(), and an error's fields. */
export function serialisations(value: unknown): string[] {
  const out = [json(value), String(value)];
  if (value instanceof Error) {
    out.push(value.message, value.stack ?? '', json(value.cause));
    if (isKpmmError(value)) out.push(json(value.issues));
  }
  return out;
}

/**
 * The law of every fact: a known grade, a unit and a note in words, and at least one source, each
 * an id of SOURCES. Call it inside a test, on a freshly made list, so that what the test sees is
 * what the code makes now (a list made while the tests are collected could be stale).
 */
export function expectWellFormedFacts(facts: readonly Fact[]): void {
  expect(facts.length).toBeGreaterThan(0);
  expect(new Set(facts.map((fact) => fact.id)).size).toBe(facts.length);
  for (const fact of facts) {
    expect(['reported', 'derived', 'assumed'], fact.id).toContain(fact.grade);
    expect(fact.id.trim().length, fact.id).toBeGreaterThan(0);
    expect(fact.unit.trim().length, `${fact.id} has a unit`).toBeGreaterThan(0);
    expect(fact.note.trim().length, `${fact.id} has a note`).toBeGreaterThan(0);
    for (const source of fact.sources) expect(Object.keys(SOURCES), fact.id).toContain(source);
  }
}

/**
 * Whether a value holds no object but plain ones (`{}`, `Object.create(null)`, JSON) and arrays,
 * all the way down: the inputs on which a hand checker and its zod schema are held together.
 * Other objects (a Map, a boxed string, a class instance) are refused by the library as
 * `invalid_input` or its field's code, which zod, reading their inherited fields, does not do.
 */
export function isPlainOrNotObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(isPlainOrNotObject);
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== null && proto !== Object.prototype) return false;
  return Object.values(value).every(isPlainOrNotObject);
}
