import {
  CURRENCIES,
  ROUNDING_MODES,
  type Currency,
  type Money,
  type RoundingMode,
} from '../money.js';
import { fail } from './fail.js';
import type { PathSegment } from '../KpmmError.js';

function label(path: readonly PathSegment[], fallback: string): string {
  return path.length === 0 ? fallback : path.join('.');
}

/** A whole, safe integer of won (or KPW) at least `min`; strings are refused. */
export function checkWholeAmount(
  value: unknown,
  path: readonly PathSegment[],
  min: number,
  fallback = 'amount',
): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    fail(
      'invalid_amount',
      path,
      `${label(path, fallback)} must be a whole number of won, at least ${String(min)} and at most ${String(Number.MAX_SAFE_INTEGER)}`,
    );
  }
  return value + 0;
}

/** A positive safe integer rate or price. */
export function checkPositiveInteger(
  value: unknown,
  path: readonly PathSegment[],
  fallback = 'rate',
): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    fail('invalid_rate', path, `${label(path, fallback)} must be a whole number greater than zero`);
  }
  return value;
}

function isKnownCurrency(value: unknown): value is Currency {
  return CURRENCIES.some((currency) => currency === value);
}

function isRoundingMode(value: unknown): value is RoundingMode {
  return ROUNDING_MODES.some((mode) => mode === value);
}

/** A currency code the library knows. */
export function checkCurrency(value: unknown, path: readonly PathSegment[]): Currency {
  if (!isKnownCurrency(value)) {
    return fail(
      'unknown_currency',
      path,
      `${label(path, 'currency')} must be one of ${CURRENCIES.join(', ')}`,
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
      `${label(path, 'rounding')} must be one of ${ROUNDING_MODES.join(', ')}`,
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

/** A Money value with a known currency and a safe integer of minor units, at least `min`. */
export function checkMoney(value: unknown, path: readonly PathSegment[], min = 0): Money {
  if (!isRecord(value))
    fail('invalid_money', path, `${label(path, 'money')} must be { currency, minor }`);
  const currency = checkCurrency(value['currency'], [...path, 'currency']);
  const minor = value['minor'];
  if (typeof minor !== 'number' || !Number.isSafeInteger(minor) || minor < min) {
    fail(
      'invalid_amount',
      [...path, 'minor'],
      `${label([...path, 'minor'], 'minor')} must be a whole number of minor units, at least ${String(min)}`,
    );
  }
  return { currency, minor: minor + 0 };
}
