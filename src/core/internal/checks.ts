import {
  CURRENCIES,
  ROUNDING_MODES,
  type Currency,
  type Money,
  type RoundingMode,
} from '../money.js';
import { fail } from './fail.js';
import { readFields } from './fields.js';
import type { PathSegment } from '../KpmmError.js';

/**
 * Whether a value is a safe integer, as a type guard: `Number.isSafeInteger` alone already refuses
 * every non-number, so no separate `typeof` test is needed beside it.
 */
export function isSafeInteger(value: unknown): value is number {
  return Number.isSafeInteger(value);
}

// Each check takes the path of its field, names the field by it in the message, and never
// allocates while the value is valid: callers pass frozen paths, so a check is as cheap as the
// comparison it makes.

/** A whole, safe integer of won (or KPW) at least `min`; strings are refused; -0 becomes 0. */
export function checkWholeAmount(
  value: unknown,
  path: readonly PathSegment[],
  min: number,
): number {
  if (!isSafeInteger(value) || value < min) {
    return fail(
      'invalid_amount',
      path,
      `${path.join('.')} must be a whole number of won, at least ${String(min)} and at most ${String(Number.MAX_SAFE_INTEGER)}`,
    );
  }
  return value + 0;
}

/** A positive safe integer rate or price. */
export function checkPositiveInteger(value: unknown, path: readonly PathSegment[]): number {
  if (!isSafeInteger(value) || value < 1) {
    return fail('invalid_rate', path, `${path.join('.')} must be a whole number greater than zero`);
  }
  return value;
}

/** Tells whether a value is a currency code the library knows, without allocating. */
export function isCurrency(value: unknown): value is Currency {
  return value === 'KPW' || value === 'CNY' || value === 'USD' || value === 'EUR';
}

function isRoundingMode(value: unknown): value is RoundingMode {
  return value === 'half-even' || value === 'half-up' || value === 'floor' || value === 'ceil';
}

/** A currency code the library knows. */
export function checkCurrency(value: unknown, path: readonly PathSegment[]): Currency {
  if (!isCurrency(value)) {
    return fail(
      'unknown_currency',
      path,
      `${path.join('.')} must be one of ${CURRENCIES.join(', ')}`,
    );
  }
  return value;
}

/** A rounding name, or the default when absent. */
export function checkRounding(
  value: unknown,
  path: readonly PathSegment[],
  fallback: RoundingMode,
): RoundingMode {
  if (value === undefined) return fallback;
  if (!isRoundingMode(value)) {
    return fail(
      'invalid_rounding',
      path,
      `${path.join('.')} must be one of ${ROUNDING_MODES.join(', ')}`,
    );
  }
  return value;
}

/**
 * A path argument of a public function: absent, or an array of strings and numbers. Anything
 * else is `invalid_input`, so a bad path never turns into a plain error while another is built.
 */
export function checkPath(value: unknown): readonly PathSegment[] {
  if (value === undefined) return NO_PATH;
  if (Array.isArray(value) && value.every(isPathSegment)) return value;
  return fail('invalid_input', ['path'], 'path must be an array of strings and numbers');
}

function isPathSegment(value: unknown): value is PathSegment {
  return typeof value === 'string' || typeof value === 'number';
}

const NO_PATH: readonly PathSegment[] = Object.freeze([]);

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MONEY_KEYS = ['currency', 'minor'];

/** A Money value with a known currency and a safe integer of minor units, 0 or more. */
export function checkMoney(value: unknown, path: readonly PathSegment[]): Money {
  const { currency, minor } = readFields(value, MONEY_KEYS, path, {
    code: 'invalid_money',
    message: `${path.join('.')} must be { currency, minor }`,
  });
  if (!isCurrency(currency)) {
    const at = [...path, 'currency'];
    return fail('unknown_currency', at, `${at.join('.')} must be one of ${CURRENCIES.join(', ')}`);
  }
  if (!isSafeInteger(minor) || minor < 0) {
    const at = [...path, 'minor'];
    return fail(
      'invalid_amount',
      at,
      `${at.join('.')} must be a whole number of minor units, at least 0`,
    );
  }
  return { currency, minor: minor + 0 };
}
