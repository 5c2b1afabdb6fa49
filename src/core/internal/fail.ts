import { KpmmError, type KpmmErrorCode, type KpmmIssue, type PathSegment } from '../KpmmError.js';

/** Builds one issue. */
export function issue(
  code: KpmmErrorCode,
  path: readonly PathSegment[],
  message: string,
  extra?: { readonly index?: number },
): KpmmIssue {
  return extra?.index === undefined
    ? { code, path, message }
    : { code, path, message, index: extra.index };
}

/** Throws a KpmmError with a single issue. */
export function fail(
  code: KpmmErrorCode,
  path: readonly PathSegment[],
  message: string,
  extra?: { readonly index?: number },
): never {
  throw new KpmmError([issue(code, path, message, extra)]);
}

/** Throws a KpmmError with every issue, when there is at least one. */
export function failAll(issues: readonly KpmmIssue[]): void {
  const [first, ...rest] = issues;
  if (first !== undefined) throw new KpmmError([first, ...rest]);
}

/** Prefixes every issue of an error with a path, e.g. a history row's index. */
export function prefixed(
  error: KpmmError,
  prefix: readonly PathSegment[],
  index?: number,
): KpmmError {
  const [first, ...rest] = error.issues.map((i) => ({
    ...i,
    path: [...prefix, ...i.path],
    ...(index === undefined ? {} : { index }),
  }));
  return first === undefined ? error : new KpmmError([first, ...rest]);
}
