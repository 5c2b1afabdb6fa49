/** Groups the digits of a non-negative whole number in threes: 1000000 → 1,000,000. */
export function groupDigits(value: bigint | number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Writes an exact non-negative amount of yuan given in hundredths of a fen, e.g. 875000 →
 * `RMB 87.50`: at least two decimals, more only when the amount needs them.
 */
export function formatRmb(hundredthsOfFen: bigint): string {
  const yuan = hundredthsOfFen / 10_000n;
  let decimals = String(hundredthsOfFen % 10_000n).padStart(4, '0');
  while (decimals.length > 2 && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  return `RMB ${groupDigits(yuan)}.${decimals}`;
}

/** Writes a whole number of fen as yuan: 500 → `RMB 5.00`. */
export function formatFen(fen: bigint | number): string {
  return formatRmb(BigInt(fen) * 100n);
}
