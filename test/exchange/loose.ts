/**
 * Calls a function with arguments its types do not allow, as a JavaScript caller could, to test
 * the runtime checks.
 */
export function callLoose(fn: (...args: never[]) => unknown, ...args: unknown[]): unknown {
  return Reflect.apply(fn, undefined, args);
}
