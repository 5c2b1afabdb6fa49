import type { KpmmIssue } from '../../core/index.js';
import { fail } from '../../core/internal/fail.js';
import { readList } from '../../core/internal/fields.js';
import { detailedRow } from './explainRow.js';
import { quickRow, throwIssues, type Row } from './rows.js';

/** Reads the sender's earlier transfers: every row checked, or every problem found. */
export function readHistory(value: unknown): Row[] {
  // Read once by index into an array of our own, so a Proxy cannot fail or change it later.
  const history = readList(value);
  if (history === undefined) {
    return fail('invalid_history', ['history'], 'history must be an array of earlier transfers');
  }
  const rows: Row[] = [];
  for (const entry of history) {
    const row = quickRow(entry);
    if (row === undefined) break;
    rows.push(row);
  }
  if (rows.length === history.length) return rows;
  const issues: KpmmIssue[] = [];
  // An index loop, not forEach: a hole in a sparse array is a missing row, and forEach skips it.
  for (let index = 0; index < history.length; index += 1) {
    const entry: unknown = history[index];
    detailedRow(entry, ['history', index], 'invalid_history', index, issues, false);
  }
  return throwIssues(issues);
}
