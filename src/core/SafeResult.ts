import { isKpmmError, type KpmmError } from './KpmmError.js';

/**
 * The value of a `safe…` function: zod's shape, never thrown.
 *
 * @example
 * ```ts
 * safeMobileWonToCash(300);
 * //=> { success: true, data: 22500 }
 * ```
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: KpmmError };

/**
 * Turns a throwing function into its non-throwing twin. Only a {@link KpmmError} becomes a
 * failure; anything else is a broken invariant and still throws.
 *
 * @param fn - the throwing function
 * @returns the same function returning a {@link SafeResult}
 * @example
 * ```ts
 * const safeHalf = toSafe((n: number) => n / 2);
 * safeHalf(4);
 * //=> { success: true, data: 2 }
 * ```
 */
export function toSafe<A extends readonly unknown[], T>(
  fn: (...args: A) => T,
): (...args: A) => SafeResult<T> {
  return (...args: A): SafeResult<T> => {
    try {
      return Object.freeze({ success: true, data: fn(...args) });
    } catch (error) {
      if (isKpmmError(error)) return Object.freeze({ success: false, error });
      throw error;
    }
  };
}
