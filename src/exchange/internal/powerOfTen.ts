const POWERS_OF_TEN = [1, 10, 100, 1_000] as const;

/** 10 to a currency exponent, from a table for the usual ones. */
export function powerOfTen(exponent: number): number {
  return POWERS_OF_TEN[exponent] ?? 10 ** exponent;
}
