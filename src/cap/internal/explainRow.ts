import * as z from 'zod/mini';
import {
  parseInstant,
  type KpmmErrorCode,
  type KpmmIssue,
  type PathSegment,
} from '../../core/index.js';
import { issue, pushIssue } from '../../core/internal/fail.js';
import { dataSnapshot, readOwn, shapeIssues, type Fields } from '../../core/internal/fields.js';
import { AuditTransferSchema, HistoryEntrySchema } from '../schemas.js';
import { LOG_ROW_KEYS, ROW_KEYS, attempt, nsnOf, quickInstant, quickRow, tagged } from './rows.js';

// A row is checked by a fast path that only says yes or no (quickRow, and the audit's own per-row
// reading). A refused row is explained here by its schema, the one definition of a row.

/** A sender or recipient as an opaque id: the audit's `ids: 'opaque'`. */
const OpaqueIdSchema = z.string().check(z.minLength(1));
const OpaqueAuditTransferSchema = z.extend(AuditTransferSchema, {
  sender: OpaqueIdSchema,
  recipient: z.optional(z.nullable(OpaqueIdSchema)),
});

/** The fields of a row in the order their issues are listed. */
const FIELD_ORDER = ['at', 'amount', 'sender', 'recipient'] as const;
const AMOUNT = `must be a whole number of won, at least 1 and at most ${String(Number.MAX_SAFE_INTEGER)}`;

/**
 * A row as its schema is shown it: each field as data (no getter called, nothing inherited), an
 * instant that parses as its epoch milliseconds (so a Date is read once, by its brand), and each
 * unknown field present, so that a strict schema names it.
 */
function schemaView(fields: Fields, unknown: readonly string[]): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  Object.setPrototypeOf(view, null);
  for (const [key, given] of Object.entries(fields)) {
    if (given === undefined) continue;
    view[key] = key === 'at' ? (quickInstant(given) ?? dataSnapshot(given)) : dataSnapshot(given);
  }
  for (const key of unknown) view[key] = null;
  return view;
}

/**
 * Explains why a row that the fast path refused is invalid, adding every problem to `issues`:
 * `notObject` when it is not an object, `invalid_input` for an object that cannot be read as
 * data or (in history) has a field it does not know, then one issue for each field the row's
 * schema (HistoryEntrySchema or AuditTransferSchema, the one definition of a row) refuses, in
 * the order at, amount, sender, recipient: an instant or a phone number worded by its parser
 * (`invalid_instant`, `invalid_phone_number`), an amount as `invalid_amount`.
 */
export function detailedRow(
  value: unknown,
  path: readonly PathSegment[],
  notObject: KpmmErrorCode,
  index: number | undefined,
  issues: KpmmIssue[],
  withSender: boolean,
  idOf: (value: unknown, path: readonly PathSegment[]) => string = nsnOf,
): void {
  const read = readOwn(value, withSender ? LOG_ROW_KEYS : ROW_KEYS);
  if (read.kind === 'not-object') {
    const message = `${path.join('.')} must be an object with at and amount`;
    pushIssue(issues, tagged(issue(notObject, path, message), index));
    return;
  }
  if (read.kind !== 'read') {
    for (const found of shapeIssues(read, ROW_KEYS, path, 'invalid_input')) {
      pushIssue(issues, tagged(found, index));
    }
    return;
  }
  const schema = !withSender
    ? HistoryEntrySchema
    : idOf === nsnOf
      ? AuditTransferSchema
      : OpaqueAuditTransferSchema;
  let unknownKeys = false;
  const refused = new Set<PropertyKey>();
  for (const found of schema.safeParse(schemaView(read.fields, read.unknown)).error?.issues ?? []) {
    if (found.code === 'unrecognized_keys') {
      unknownKeys = true;
      const unknown = { kind: 'read', fields: read.fields, unknown: found.keys } as const;
      for (const shape of shapeIssues(unknown, ROW_KEYS, path, 'invalid_input')) {
        pushIssue(issues, tagged(shape, index));
      }
    } else {
      refused.add(found.path[0] ?? '');
    }
  }
  for (const field of FIELD_ORDER) {
    if (!refused.has(field)) continue;
    const at = [...path, field];
    const given = read.fields[field];
    // Each refused field is worded by the parser of its kind; the schema asks the same parsers.
    const accepted =
      field === 'at'
        ? attempt(issues, index, () => parseInstant(given, at)) !== undefined
        : field === 'amount' || attempt(issues, index, () => idOf(given, at)) !== undefined;
    if (accepted) {
      const code =
        field === 'at'
          ? 'invalid_instant'
          : field === 'amount'
            ? 'invalid_amount'
            : 'invalid_phone_number';
      const message = field === 'amount' ? AMOUNT : 'is not valid';
      pushIssue(issues, tagged(issue(code, at, `${at.join('.')} ${message}`), index));
    }
  }
  // A history is explained row by row, valid rows too; an audit explains only refused rows.
  // Each refused field and each unknown key has added an issue above (past MAX_ISSUES, a count).
  const explained = unknownKeys || refused.size > 0;
  if (!explained && (withSender || quickRow(value) === undefined)) {
    // The schema takes on data what the fast path refused: the row changed while it was read.
    const message = `${path.join('.')} could not be read as data`;
    pushIssue(issues, tagged(issue('invalid_input', path, message), index));
  }
}
