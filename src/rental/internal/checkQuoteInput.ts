import type { KpmmErrorCode, KpmmIssue, PathSegment } from '../../core/index.js';
import { ownCopy, readList, readOwn } from '../../core/internal/fields.js';
import { isIsoDate } from '../../core/internal/civil.js';
import { failAll, issue, pushIssue } from '../../core/internal/fail.js';
import { DEFAULT_RENTAL_MODEL } from '../model.js';
import { FULL_POINTS, modelProblems } from './checkModel.js';
import { isCrackdown, isDestination, isRegionId } from './ids.js';
import { mergeModel } from './mergeModel.js';
import type { RentalQuoteInput } from '../types.js';
import {
  AS_OF,
  CRACKDOWN,
  DESTINATION,
  FEN,
  GRADE,
  INPUT_NOT_AN_OBJECT,
  INPUT_UNKNOWN_KEY,
  LABEL,
  MODEL_NOT_AN_OBJECT,
  MODEL_UNKNOWN_KEY,
  POINTS,
  POSITIVE,
  REGION,
  ROUNDING,
  SOURCE_LIST,
  STEP,
  TEXT,
  tableNotAnObject,
  tableUnknownKey,
} from './messages.js';

// RentalQuoteInputSchema's checks written out by hand, so that a quote needs no schema library
// at run time. They find the same problems, at the same paths, in the same order and with the
// same words as RentalQuoteInputSchema.safeParse; a differential property test holds the two
// together.

/** Records a problem: the path and the predicate that follows the field's name. */
type Report = (path: readonly PathSegment[], predicate: string) => void;

/** Checks one value found at a path. */
type Check = (value: unknown, at: readonly PathSegment[], report: Report) => void;

function codeFor(first: PathSegment | undefined): KpmmErrorCode {
  switch (first) {
    case 'region':
      return 'unknown_region';
    case 'destination':
      return 'unknown_destination';
    case 'crackdown':
      return 'unknown_crackdown';
    case 'model':
      return 'invalid_model';
    case 'usdRate':
      return 'invalid_rate';
    case 'usdRounding':
      return 'invalid_rounding';
    default:
      return 'invalid_input';
  }
}

/**
 * Whether a value is a whole number, as a type guard: `Number.isInteger` alone already refuses
 * every non-number, numeric strings included.
 */
function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

/**
 * A whole number from `min` to `max`, reported as the schema does: once when it is not a whole
 * number, else once for leaving the safe integers and once for each bound it breaks.
 */
function wholeNumber(min: number, max: number, predicate: string): Check {
  return (value, at, report) => {
    if (!isInteger(value)) {
      report(at, predicate);
      return;
    }
    if (!Number.isSafeInteger(value)) report(at, predicate);
    if (value < min) report(at, predicate);
    if (value > max) report(at, predicate);
  };
}

const points = wholeNumber(0, FULL_POINTS, POINTS);
const positive = wholeNumber(1, Infinity, POSITIVE);

function isRounding(value: unknown): boolean {
  return value === 'floor' || value === 'ceil' || value === 'half-up' || value === 'half-even';
}

const rounding: Check = (value, at, report) => {
  if (!isRounding(value)) report(at, ROUNDING);
};

/**
 * A label: a string of 1 to 200 code points, counted as the schema counts them. As in the
 * schema, a value of another type that has a `length` (an array, a function, any object with the
 * property) is also measured by it.
 */
const label: Check = (value, at, report) => {
  let length: unknown;
  if (typeof value === 'string') {
    length = Array.from(value).length;
  } else {
    report(at, LABEL);
    if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
      length = Reflect.get(value, 'length');
    }
  }
  if (length === undefined) return;
  if (!(Number(length) >= 1)) report(at, LABEL);
  if (!(Number(length) <= 200)) report(at, LABEL);
};

/**
 * An object of known keys, each checked when present and not undefined, and then refused once
 * for any other key. `required` keys are checked even when absent.
 */
function table(
  value: unknown,
  at: readonly PathSegment[],
  what: string,
  fields: Readonly<Record<string, Check>>,
  required: boolean,
  report: Report,
): void {
  const read = readOwn(value, Object.keys(fields));
  if (read.kind !== 'read') {
    report(at, tableNotAnObject(what));
    return;
  }
  for (const [key, check] of Object.entries(fields)) {
    const field = read.fields[key];
    if (required || field !== undefined) check(field, [...at, key], report);
  }
  if (read.unknown.length > 0) report(at, tableUnknownKey(what));
}

const REGION_LEVELS = {
  'north-pyongan': points,
  ryanggang: points,
  'north-hamgyong': points,
  chagang: points,
};
const DESTINATION_WEIGHTS = { china: points, 'south-korea': points };
const CRACKDOWN_WEIGHTS = { normal: points, intensified: points };
const PRICE = {
  fromFen: wholeNumber(0, Infinity, FEN),
  toFen: wholeNumber(0, Infinity, FEN),
  stepFen: wholeNumber(1, Infinity, STEP),
  rounding,
};
const PARTS = [
  ['regionLevels', 'a region', REGION_LEVELS],
  ['destinationWeights', 'a destination', DESTINATION_WEIGHTS],
  ['crackdownWeights', 'a crackdown', CRACKDOWN_WEIGHTS],
  ['price', 'a price setting', PRICE],
] as const;

const MODEL_KEYS: readonly string[] = [...PARTS.map(([key]) => key), 'grade', 'sources', 'note'];

/** Checks a model override part by part, each part on its own. */
function checkOverride(model: unknown, report: Report): void {
  const read = readOwn(model, MODEL_KEYS);
  if (read.kind !== 'read') {
    report(['model'], MODEL_NOT_AN_OBJECT);
    return;
  }
  for (const [key, what, fields] of PARTS) {
    const part = read.fields[key];
    if (part !== undefined) table(part, ['model', key], what, fields, false, report);
  }
  const { grade, sources, note } = read.fields;
  if (grade !== undefined && grade !== 'reported' && grade !== 'derived' && grade !== 'assumed') {
    report(['model', 'grade'], GRADE);
  }
  if (sources !== undefined) {
    const list = readList(sources);
    if (list === undefined) report(['model', 'sources'], SOURCE_LIST);
    else {
      for (let i = 0; i < list.length; i += 1) {
        if (typeof list[i] !== 'string') report(['model', 'sources', i], TEXT);
      }
    }
  }
  if (note !== undefined && typeof note !== 'string') report(['model', 'note'], TEXT);
  if (read.unknown.length > 0) report(['model'], MODEL_UNKNOWN_KEY);
}

/**
 * A day that exists, written `YYYY-MM-DD`: one problem at most, for a string of another form as
 * for a value of another type, as `z.iso.date()` reports it.
 */
const asOf: Check = (value, at, report) => {
  if (typeof value !== 'string' || !isIsoDate(value)) report(at, AS_OF);
};

// In the order of UsdRate's shape, which is the order of its issues.
const USD_RATE = {
  cny: positive,
  usd: positive,
  asOf: (value: unknown, at: readonly PathSegment[], report: Report) => {
    if (value !== undefined) asOf(value, at, report);
  },
  label: (value: unknown, at: readonly PathSegment[], report: Report) => {
    if (value !== undefined) label(value, at, report);
  },
};

const INPUT_KEYS = ['region', 'destination', 'crackdown', 'model', 'usdRate', 'usdRounding'];

/** Checks every field of a quoteRental input on its own; true when none has a problem. */
function hasValidFields(raw: unknown, report: Report): raw is RentalQuoteInput {
  let valid = true;
  const note: Report = (path, predicate) => {
    valid = false;
    report(path, predicate);
  };
  const read = readOwn(raw, INPUT_KEYS);
  if (read.kind !== 'read') {
    note([], INPUT_NOT_AN_OBJECT);
    return false;
  }
  const input = read.fields;
  if (!isRegionId(input['region'])) note(['region'], REGION);
  if (!isDestination(input['destination'])) note(['destination'], DESTINATION);
  const crackdown = input['crackdown'];
  if (crackdown !== undefined && !isCrackdown(crackdown)) note(['crackdown'], CRACKDOWN);
  const model = input['model'];
  if (model !== undefined) checkOverride(model, note);
  const usdRate = input['usdRate'];
  if (usdRate !== undefined) table(usdRate, ['usdRate'], 'a rate setting', USD_RATE, true, note);
  const usdRounding = input['usdRounding'];
  if (usdRounding !== undefined) rounding(usdRounding, ['usdRounding'], note);
  if (read.unknown.length > 0) note([], INPUT_UNKNOWN_KEY);
  return valid;
}

/**
 * The problems RentalQuoteInputSchema finds in a quoteRental input, in its order: the code comes
 * from the field, and each message names the field and never repeats the input. Empty when the
 * input is valid.
 */
export function quoteInputIssues(input: unknown): KpmmIssue[] {
  const issues: KpmmIssue[] = [];
  const report: Report = (path, predicate) => {
    const subject = path.length === 0 ? 'input' : path.join('.');
    pushIssue(issues, issue(codeFor(path[0]), path, `${subject} ${predicate}`));
  };
  // The rules across the parts of a model only apply once every field is valid on its own. Without
  // an override the merged model is the default one, which keeps them.
  if (hasValidFields(input, report)) {
    for (const problem of modelProblems(mergeModel(DEFAULT_RENTAL_MODEL, ownCopy(input).model))) {
      report(['model', ...problem.path], problem.message);
    }
  }
  return issues;
}

/** Throws a KpmmError listing every problem of a quoteRental input, if there is one. */
export function assertQuoteInput(input: unknown): asserts input is RentalQuoteInput {
  failAll(quoteInputIssues(input));
}
