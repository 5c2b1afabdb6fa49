import type { KpmmError, KpmmErrorCode } from 'kp-mobile-money';
import { UsageError, type UsageErrorCode } from './io.js';

/**
 * What was wrong with one row of a CSV file: its line (the header is line 1; null when the
 * problem is not about one line, such as a file that cannot be read), a code from
 * `KPMM_ERROR_CODES` or of the command line's own, the CSV column (null when it is the whole row) and a message that names
 * that column rather than a library path.
 */
export interface RowProblem {
  readonly line: number | null;
  readonly code: KpmmErrorCode | UsageErrorCode;
  readonly field: string | null;
  readonly message: string;
}

/** The one-line form of a problem: `line 4: invalid_instant (at): at must be …`. */
export function describeRowProblem({ line, code, field, message }: RowProblem): string {
  const where = line === null ? '' : `line ${String(line)}: `;
  return `${where}${code}${field === null ? '' : ` (${field})`}: ${message}`;
}

/** A bad row of a CSV file, as a UsageError whose message is one line naming the line and field. */
export class RowError extends UsageError {
  /**
   * @param prefix - who is speaking and about which file, e.g. `kpmm audit: stdin`
   * @param problem - the line, code, field and message
   */
  constructor(
    prefix: string,
    readonly problem: RowProblem,
  ) {
    super(`${prefix}: ${describeRowProblem(problem)}`, problem.code);
  }
}

/**
 * Maps a library error about row N of a collection (`['history', N, 'at']`) back to the CSV:
 * the row's line, and the column instead of the 0-based library path, in the field and in the
 * message. Returns undefined when the error is not about one row of that collection.
 *
 * @param error - a KpmmError from the library
 * @param collection - the input the CSV rows were passed as, e.g. `history` or `transfers`
 * @param lineOf - the CSV line of row N, when it is known
 */
export function rowProblemOf(
  error: Pick<KpmmError, 'issues'>,
  collection: string,
  lineOf: (index: number) => number | null,
): (RowProblem & { readonly index: number }) | undefined {
  const [issue] = error.issues;
  const [root, index, ...rest] = issue.path;
  if (root !== collection || typeof index !== 'number') return undefined;
  const field = rest.length === 0 ? null : rest.map(String).join('.');
  const libraryName = issue.path.map(String).join('.');
  const message = issue.message.startsWith(`${libraryName} `)
    ? `${field ?? 'the row'}${issue.message.slice(libraryName.length)}`
    : issue.message;
  return { line: lineOf(index), code: issue.code, field, message, index };
}
