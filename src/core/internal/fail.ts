import {
  KpmmError,
  MAX_ISSUES,
  omittedIssue,
  type KpmmErrorCode,
  type KpmmIssue,
  type PathSegment,
} from '../KpmmError.js';

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

/**
 * Adds an issue to a list that is being collected, keeping at most MAX_ISSUES of them:
 * past the limit the list ends in one issue that counts the rest, so collecting the issues of a
 * huge input takes memory for a hundred.
 */
export function pushIssue(issues: KpmmIssue[], found: KpmmIssue): void {
  if (issues.length < MAX_ISSUES) {
    issues.push(found);
    return;
  }
  const tally = issues[MAX_ISSUES];
  issues[MAX_ISSUES] =
    tally === undefined
      ? omittedIssue(found, found.omitted ?? 1)
      : omittedIssue(tally, (tally.omitted ?? 1) + (found.omitted ?? 1));
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

/**
 * Moves every issue of an error from one place in an input to another: a path that begins with
 * `from` begins with `to` instead (any other path gets `to` in front), and a message that begins
 * with the old name of its field begins with the new one, so that a module's error reads right
 * where a larger input holds the module's part (`model.price` → `config.rentalModel.price`).
 */
export function rebased(
  error: KpmmError,
  from: readonly PathSegment[],
  to: readonly PathSegment[],
): KpmmError {
  const move = (found: KpmmIssue): KpmmIssue => {
    const starts = from.every((segment, i) => found.path[i] === segment);
    const rest = starts ? found.path.slice(from.length) : found.path;
    const path = [...to, ...rest];
    const oldName = (starts ? found.path : rest).join('.');
    // A message that names its field starts with it; one about the whole input starts otherwise.
    const message = found.message.startsWith(`${oldName} `)
      ? `${path.join('.')}${found.message.slice(oldName.length)}`
      : found.message;
    return { ...found, path, message };
  };
  const [first, ...rest] = error.issues;
  return new KpmmError([move(first), ...rest.map(move)]);
}
