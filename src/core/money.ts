import { fail } from './internal/fail.js';
import type { PathSegment } from './KpmmError.js';

/**
 * The currencies the library converts between.
 *
 * @example
 * ```ts
 * CURRENCIES;
 * //=> ['KPW', 'CNY', 'USD', 'EUR']
 * ```
 */
export const CURRENCIES = ['KPW', 'CNY', 'USD', 'EUR'] as const;

/**
 * An ISO 4217 code of a currency the library knows.
 *
 * @example
 * ```ts
 * CURRENCIES;
 * //=> ['KPW', 'CNY', 'USD', 'EUR']
 * ```
 */
export type Currency = (typeof CURRENCIES)[number];

/**
 * Decimal places of each currency's minor unit: KPW is counted in whole won, the others in
 * cents or fen.
 *
 * @example
 * ```ts
 * CURRENCY_EXPONENTS.CNY;
 * //=> 2
 * ```
 */
export const CURRENCY_EXPONENTS = Object.freeze({ KPW: 0, CNY: 2, USD: 2, EUR: 2 } as const);

/**
 * An amount of money in integer minor units (fen, cents; KPW in whole won).
 *
 * @example
 * ```ts
 * mobileWonCost(500, { currency: 'CNY' });
 * //=> { currency: 'CNY', minor: 3000 }
 * ```
 */
export interface Money {
  readonly currency: Currency;
  readonly minor: number;
}

/**
 * How a division that does not come out even is rounded. `half-up` sends ties toward positive
 * infinity; `half-even` sends them to the even neighbour (banker's rounding).
 *
 * @example
 * ```ts
 * ROUNDING_MODES;
 * //=> ['floor', 'ceil', 'half-up', 'half-even']
 * ```
 */
export const ROUNDING_MODES = ['floor', 'ceil', 'half-up', 'half-even'] as const;

/**
 * A named rounding, passed per call, never set globally.
 *
 * @example
 * ```ts
 * [convertMoney({ currency: 'CNY', minor: 3_000 }, 'USD', { rounding: 'floor' }), convertMoney({ currency: 'CNY', minor: 3_000 }, 'USD', { rounding: 'ceil' })];
 * //=> [{ currency: 'USD', minor: 446 }, { currency: 'USD', minor: 447 }]
 * ```
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * Divides two integers exactly and rounds once, by name. Works on bigint, so no product or
 * quotient is ever approximated.
 *
 * @param numerator - any integer
 * @param denominator - a non-zero integer
 * @param rounding - how to round a quotient that is not whole
 * @returns the rounded quotient
 * @throws KpmmError `invalid_input` for a non-bigint or a zero denominator, `invalid_rounding`
 * @example
 * ```ts
 * divideRounded(5n, 2n, 'half-even');
 * //=> 2n
 * ```
 */
export function divideRounded(
  numerator: bigint,
  denominator: bigint,
  rounding: RoundingMode,
): bigint {
  if (typeof numerator !== 'bigint') {
    return fail('invalid_input', ['numerator'], 'numerator must be a bigint');
  }
  if (typeof denominator !== 'bigint' || denominator === 0n) {
    return fail('invalid_input', ['denominator'], 'denominator must be a non-zero bigint');
  }
  const mode: unknown = rounding;
  if (mode !== 'half-even' && mode !== 'half-up' && mode !== 'floor' && mode !== 'ceil') {
    return fail(
      'invalid_rounding',
      ['rounding'],
      `rounding must be one of ${ROUNDING_MODES.join(', ')}`,
    );
  }
  let n = numerator;
  let d = denominator;
  // Stryker disable next-line EqualityOperator: the denominator is not 0 here, so d < 0n and
  // d <= 0n agree.
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  // Floor division: JavaScript's bigint `/` truncates toward zero.
  let q = n / d;
  let r = n % d;
  if (r < 0n) {
    q -= 1n;
    r += d;
  }
  if (r === 0n) return q;
  switch (rounding) {
    case 'floor':
      return q;
    case 'ceil':
      return q + 1n;
    case 'half-up':
      return 2n * r >= d ? q + 1n : q;
    case 'half-even': {
      const twice = 2n * r;
      if (twice > d) return q + 1n;
      if (twice < d) return q;
      return q % 2n === 0n ? q : q + 1n;
    }
    default:
      return assertNever(rounding);
  }
}

/**
 * Turns an exact bigint result back into a number, or fails with `out_of_range` when it is
 * beyond `Number.MAX_SAFE_INTEGER`.
 *
 * @param value - the exact result
 * @param path - where the result goes, for the error
 * @returns the same value as a safe integer
 * @example
 * ```ts
 * toSafeInteger(37_500n, ['cashKpw']);
 * //=> 37500
 * ```
 */
export function toSafeInteger(value: bigint, path: readonly PathSegment[]): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    fail('out_of_range', path, `${path.join('.')} is beyond exact representation`);
  }
  return Number(value);
}

/**
 * Marks a switch as exhaustive: the compiler proves this line unreachable.
 *
 * @param value - the value no case matched
 * @returns never
 * @throws TypeError always: reaching it is a broken invariant, not bad input
 * @example
 * ```ts
 * const label = (mode: RoundingMode): string => {
 *   switch (mode) {
 *     case 'floor': case 'ceil': case 'half-up': case 'half-even': return mode;
 *     default: return assertNever(mode);
 *   }
 * };
 * label('ceil');
 * //=> 'ceil'
 * ```
 */
export function assertNever(value: never): never {
  throw new TypeError(`unexpected value: ${String(value)}`);
}
