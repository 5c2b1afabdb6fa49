import { KpmmError, type KpmmErrorCode, type KpmmIssue, type PathSegment } from '../KpmmError.js';
import { pushIssue } from './fail.js';

// Every object the library is given is read here, and only here: its own enumerable data
// properties, never an inherited one, a getter or a Proxy trap's second answer. So a polluted
// `Object.prototype`, an accessor that throws or a class instance changes no answer and throws
// nothing but a KpmmError.

/** The known fields of an object as read once: every known name is an own key, maybe undefined. */
export type Fields = Readonly<Record<string, unknown>>;

/** An object read field by field, or why it could not be. */
export type OwnRead =
  | { readonly kind: 'read'; readonly fields: Fields; readonly unknown: readonly string[] }
  | { readonly kind: 'not-object' }
  | { readonly kind: 'not-plain' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'accessor'; readonly key: string };

const NOT_OBJECT: OwnRead = { kind: 'not-object' };
const NOT_PLAIN: OwnRead = { kind: 'not-plain' };
const UNREADABLE: OwnRead = { kind: 'unreadable' };
const NONE: readonly string[] = Object.freeze([]);

/**
 * Whether an object is plain: made by `{}`, `Object.create(null)` or `JSON.parse`, in this realm
 * or another. A Map, a Date, an array or a class instance has a prototype of its own.
 */
function isPlain(value: object): boolean {
  const proto: unknown = Reflect.getPrototypeOf(value);
  return proto === null || (typeof proto === 'object' && Reflect.getPrototypeOf(proto) === null);
}

/**
 * Reads the `known` fields of a plain object from its own enumerable data properties, and lists
 * its other own enumerable string keys. Never throws: a Proxy whose traps throw is `unreadable`.
 */
export function readOwn(value: unknown, known: readonly string[]): OwnRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return NOT_OBJECT;
  try {
    if (!isPlain(value)) return NOT_PLAIN;
    return knownOnly(value, known) ?? readAll(value, known);
  } catch {
    return UNREADABLE;
  }
}

/**
 * The fast path of {@link readOwn}, for the usual input: every own enumerable key is known and
 * holds data. It looks up the known names only and counts the object's keys, which costs a third
 * of listing every key's descriptor; undefined when the object is anything else. The known
 * names are distinct, so the count of all own keys (which asks for no descriptor, so each field
 * is still looked at once) shows whether any other key is there.
 */
function knownOnly(value: object, known: readonly string[]): OwnRead | undefined {
  const fields: Record<string, unknown> = {};
  let found = 0;
  for (const key of known) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor?.enumerable !== true) {
      fields[key] = undefined;
      continue;
    }
    if (!('value' in descriptor)) return undefined;
    fields[key] = descriptor.value;
    found += 1;
  }
  return Reflect.ownKeys(value).length === found
    ? { kind: 'read', fields, unknown: NONE }
    : undefined;
}

/** Every own key of a plain object, in order: the first accessor met, or the fields and others. */
function readAll(value: object, known: readonly string[]): OwnRead {
  const fields: Record<string, unknown> = {};
  // Every known name is set, so that an absent one reads as undefined, not as an inherited value.
  for (const key of known) fields[key] = undefined;
  let unknown: string[] | undefined;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') continue;
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor?.enumerable !== true) continue;
    if (!('value' in descriptor)) return { kind: 'accessor', key };
    if (known.includes(key)) fields[key] = descriptor.value;
    else (unknown ??= []).push(key);
  }
  return { kind: 'read', fields, unknown: unknown ?? NONE };
}

/**
 * Reads the known fields of a plain object into `out`, in the order of `known`, its other fields
 * not looked at; false for anything else (an accessor among the known fields too); never throws.
 * The fast path of a row of a log: no object is made, and extra fields cost nothing.
 */
export function readKnownInto(value: unknown, known: readonly string[], out: unknown[]): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  try {
    if (!isPlain(value)) return false;
    for (let i = 0; i < known.length; i += 1) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, known[i] ?? '');
      if (descriptor?.enumerable !== true) {
        out[i] = undefined;
        continue;
      }
      if (!('value' in descriptor)) return false;
      out[i] = descriptor.value;
    }
    return true;
  } catch {
    return false;
  }
}

/** The known fields of a plain object, or undefined for anything else; never throws. */
export function quickFields(value: unknown, known: readonly string[]): Fields | undefined {
  const read = readOwn(value, known);
  return read.kind === 'read' && read.unknown.length === 0 ? read.fields : undefined;
}

/**
 * The known fields of a plain object, ignoring its other fields, or undefined for anything else;
 * never throws.
 */
export function looseFields(value: unknown, known: readonly string[]): Fields | undefined {
  const read = readOwn(value, known);
  return read.kind === 'read' ? read.fields : undefined;
}

/** What to say when the value is not an object at all. */
export interface NotObject {
  readonly code: KpmmErrorCode;
  readonly message: string;
}

/** Options of {@link readFields}. */
export interface ReadFieldsOptions {
  /** The code of every other problem of the object's shape; `invalid_input` by default. */
  readonly code?: KpmmErrorCode;
  /** Whether other own fields are allowed (a log row may carry columns of its own). */
  readonly allowUnknown?: boolean;
}

/** A message names its field first; a field named '' at the top is named in words. */
function fieldName(path: readonly PathSegment[]): string {
  return path.join('.') || 'a field named ""';
}

function nameOf(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'input' : path.join('.');
}

/**
 * The issues of an object that cannot be read, or of its unknown fields: each unknown field is
 * named, with the known name nearest to it when there is one.
 */
export function shapeIssues(
  read: Exclude<OwnRead, { kind: 'not-object' }>,
  known: readonly string[],
  path: readonly PathSegment[],
  code: KpmmErrorCode,
): KpmmIssue[] {
  const name = nameOf(path);
  switch (read.kind) {
    case 'not-plain':
      return [
        {
          code,
          path,
          message: `${name} must be a plain object, not a Map, Date or class instance`,
        },
      ];
    case 'unreadable':
      return [{ code, path, message: `${name} could not be read as a plain object` }];
    case 'accessor': {
      const at = [...path, read.key];
      return [
        { code, path: at, message: `${fieldName(at)} must be a value, not a getter or setter` },
      ];
    }
    case 'read': {
      const issues: KpmmIssue[] = [];
      for (const key of read.unknown) {
        const at = [...path, key];
        const suggestion = nearestName(key, known);
        const hint =
          suggestion === undefined
            ? `the fields are ${known.join(', ')}`
            : `did you mean ${suggestion}?`;
        pushIssue(issues, {
          code,
          path: at,
          message: `${fieldName(at)} is not a field of ${name}; ${hint}`,
          ...(suggestion === undefined ? {} : { suggestion }),
        });
      }
      return issues;
    }
  }
}

/**
 * The known fields of a plain object, read from its own data properties, or a thrown KpmmError:
 * `notObject` when it is not an object, else `invalid_input` (or `options.code`) for an object
 * that is not plain, a getter, an unreadable Proxy or an unknown field.
 */
export function readFields(
  value: unknown,
  known: readonly string[],
  path: readonly PathSegment[],
  notObject: NotObject,
  options?: ReadFieldsOptions,
): Fields {
  const read = readOwn(value, known);
  if (read.kind === 'read' && (read.unknown.length === 0 || options?.allowUnknown === true)) {
    return read.fields;
  }
  if (read.kind === 'not-object') {
    throw new KpmmError([{ code: notObject.code, path, message: notObject.message }]);
  }
  const code = options?.code ?? 'invalid_input';
  const [first, ...rest] = shapeIssues(read, known, path, code);
  // A read object with no unknown field was returned above, so there is always a first issue.
  if (first === undefined) throw new TypeError('an object was refused without an issue');
  throw new KpmmError([first, ...rest]);
}

/** The edit distance of two names, counting a swap of neighbours as one edit. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * The known name a misspelt field most likely meant: one that differs only in case, or by at
 * most two edits (one for names of up to four letters), the nearest first.
 */
export function nearestName(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const other = name.toLowerCase();
    if (Math.abs(other.length - lower.length) > 2) continue;
    const d = other === lower ? 0 : distance(lower, other);
    const limit = Math.min(2, Math.floor(name.length / 3));
    if (d <= limit && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * A field of a typed object that {@link readFields} has accepted (so it has no getter), read only
 * when the object has it as its own: an absent field is undefined, whatever the prototype holds.
 */
export function ownValue<T extends object, K extends keyof T>(value: T, key: K): T[K] | undefined {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * A copy of a checked plain object whose objects have no prototype, so that reading a field it
 * lacks gives undefined whatever `Object.prototype` holds; arrays are copied too, while Dates and
 * other objects that are not plain are kept as they are. A Proxy
 * that fails while it is copied is `invalid_input`.
 */
export function ownCopy<T extends object>(value: T, path: readonly PathSegment[] = []): T {
  try {
    return copyOwn(value);
  } catch {
    throw new KpmmError([
      {
        code: 'invalid_input',
        path,
        message: `${nameOf(path)} could not be read as a plain object`,
      },
    ]);
  }
}

function copyOwn<T extends object>(value: T): T {
  const out = { ...value };
  Object.setPrototypeOf(out, null);
  for (const key of Object.keys(out)) Reflect.set(out, key, copyField(Reflect.get(out, key)));
  return out;
}

/** A field as copied: plain objects and arrays are copied, anything else (a Date) kept. */
function copyField(field: unknown): unknown {
  if (Array.isArray(field)) return copyList(field).map(copyField);
  if (typeof field === 'object' && field !== null && isPlain(field)) return copyOwn(field);
  return field;
}

/** The items of an array, read once by index (a hole reads as undefined). */
function copyList(list: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  const { length } = list;
  for (let i = 0; i < length; i += 1) out.push(list[i]);
  return out;
}

/**
 * The items of an array, read once by index into a new array, or undefined for anything else
 * and for an array (a Proxy) that fails while it is read; never throws.
 */
export function readList(value: unknown): unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  try {
    return copyList(value);
  } catch {
    return undefined;
  }
}

/** The value of an own data property of any object, or undefined; never throws or calls a getter. */
export function ownDataValue(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * {@link readFields} for a caller that hands the fields on to typed functions, which check their
 * values: the same checks of the object, and an object holding every known field as its own (an
 * absent one undefined, never read from a prototype), typed as the caller's input, as
 * {@link ownCopy} is.
 */
export function readFieldsOf<T extends object>(
  value: T,
  known: readonly (keyof T & string)[],
  path: readonly PathSegment[],
  notObject: NotObject,
  options?: ReadFieldsOptions,
): Readonly<T> {
  const fields = readFields(value, known, path, notObject, options);
  const out: Partial<T> = {};
  for (const key of known) Reflect.set(out, key, fields[key]);
  if (!hasEveryKey(out, known)) throw new TypeError('a known field was not copied');
  return out;
}

/** Whether every known name is an own key of the object, which is what the copy above makes. */
function hasEveryKey<T extends object>(
  value: Partial<T>,
  known: readonly (keyof T & string)[],
): value is T {
  return known.every((key) => Object.hasOwn(value, key));
}

/**
 * What stands in a snapshot for a value that could not be read as data, for a symbol and for an
 * object under `length`: a bigint, which no schema here accepts and which zod's length checks
 * (run even on a value whose type was refused, such as `{ length: … }`) compare without throwing.
 */
const UNREAD = -1n;
const MAX_DEPTH = 16;

/**
 * A copy of a value as data, for a schema to explain why it was refused: plain objects (without
 * prototypes) and arrays of own enumerable data properties, down to 16 levels. A getter, an
 * object that is not plain, a Proxy that throws, a symbol or anything deeper becomes a value no
 * schema accepts, so the schema calls no getter and reads nothing inherited. Never throws.
 */
export function dataSnapshot(value: unknown, depth = 0): unknown {
  if (typeof value === 'symbol') return UNREAD;
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return UNREAD;
  if (Array.isArray(value)) {
    const list = readList(value);
    return list === undefined ? UNREAD : list.map((item) => dataSnapshot(item, depth + 1));
  }
  const read = readOwn(value, []);
  if (read.kind !== 'read') return UNREAD;
  const out: Record<string, unknown> = {};
  Object.setPrototypeOf(out, null);
  for (const key of read.unknown) {
    // readOwn has found each of these an own enumerable data property; read it the same way.
    const copy = dataSnapshot(ownDataValue(value, key), depth + 1);
    // zod compares the length of anything that has one, and a copied object has no primitive.
    out[key] = key === 'length' && typeof copy === 'object' && copy !== null ? UNREAD : copy;
  }
  return out;
}
