import {
  assertNever,
  divideRounded,
  toSafeInteger,
  type PathSegment,
  type RoundingMode,
} from '../../core/index.js';

/** Rounds n / d by name, for safe integers n >= 0 and d > 0 (both exact in a double). */
function roundQuotient(n: number, d: number, rounding: RoundingMode): number {
  // `%` on doubles is exact, and n - r is a multiple of d, so q is exact too.
  const r = n % d;
  const q = (n - r) / d;
  if (r === 0) return q;
  switch (rounding) {
    case 'floor':
      return q;
    case 'ceil':
      return q + 1;
    case 'half-up':
      return 2 * r >= d ? q + 1 : q;
    case 'half-even': {
      const twice = 2 * r;
      if (twice > d) return q + 1;
      if (twice < d) return q;
      return q % 2 === 0 ? q : q + 1;
    }
    default:
      return assertNever(rounding);
  }
}

/**
 * `a × b × c / (d × e)`, exact, rounded once by name. All arguments are non-negative safe
 * integers and `d`, `e` are positive. Products that stay below 2^53 are computed on doubles
 * (a product past 2^53 can only round to 2^53 or more, so `isSafeInteger` tells them apart);
 * the rest on bigint. A result past `Number.MAX_SAFE_INTEGER` is `out_of_range` at `path`.
 */
export function mulDivRounded(
  a: number,
  b: number,
  c: number,
  d: number,
  e: number,
  rounding: RoundingMode,
  path: readonly PathSegment[],
): number {
  const n = a * b * c;
  const m = d * e;
  // Stryker disable next-line ConditionalExpression: the bigint path below gives the same quotient; this one only saves making bigints
  if (Number.isSafeInteger(n) && Number.isSafeInteger(m)) return roundQuotient(n, m, rounding);
  const q = divideRounded(BigInt(a) * BigInt(b) * BigInt(c), BigInt(d) * BigInt(e), rounding);
  return toSafeInteger(q, path);
}
