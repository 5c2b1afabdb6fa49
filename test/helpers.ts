import { expect } from 'vitest';
import { isKpmmError, type KpmmErrorCode, type PathSegment } from '../src/core/index.js';

/** Runs `fn`, expects a KpmmError with this code (and path, when given), and returns it. */
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
