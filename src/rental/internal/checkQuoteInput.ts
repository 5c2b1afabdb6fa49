import type { KpmmErrorCode, KpmmIssue, PathSegment } from '../../core/index.js';
import { isRecord } from '../../core/internal/checks.js';
import { issue } from '../../core/internal/fail.js';
import { DEFAULT_RENTAL_MODEL } from '../model.js';
import { FULL_POINTS, modelProblems } from './checkModel.js';
import { isCrackdown, isDestination, isRegionId } from './ids.js';
import { mergeModel, type LooseOverride } from './mergeModel.js';
import type { RentalQuoteInput } from '../types.js';
import {
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
 * A whole number from `min` to `max`, reported as the schema does: once when it is not a whole
 * number, else once for leaving the safe integers and once for each bound it breaks.
 */
function wholeNumber(min: number, max: number, predicate: string): Check {
  return (value, at, report) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
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
 * A label: a string of 1 to 200 code points. As in the schema, a value of another type that has
 * a `length` is also measured by it.
 */
const label: Check = (value, at, report) => {
  let length: unknown;
  if (typeof value === 'string') {
    // Counted in code points, as the schema does, once the UTF-16 units pass the limit.
    length = value.length > 200 ? Array.from(value).length : value.length;
  } else {
    report(at, LABEL);
    if (typeof value === 'function') length = value.length;
    else if (typeof value === 'object' && value !== null && 'length' in value) {
      length = value.length;
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
  if (!isRecord(value)) {
    report(at, tableNotAnObject(what));
    return;
  }
  for (const [key, check] of Object.entries(fields)) {
    const field = value[key];
    if (required || field !== undefined) check(field, [...at, key], report);
  }
  for (const key in value) {
    if (!Object.hasOwn(fields, key)) {
      report(at, tableUnknownKey(what));
      return;
    }
  }
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

const MODEL_KEYS: ReadonlySet<string> = new Set([
  ...PARTS.map(([key]) => key),
  'grade',
  'sources',
  'note',
]);

/** Checks a model override part by part; true when it has no problem of its own. */
function checkOverride(model: unknown, report: Report): model is LooseOverride {
  if (!isRecord(model)) {
    report(['model'], MODEL_NOT_AN_OBJECT);
    return false;
  }
  let found = false;
  const note: Report = (path, predicate) => {
    found = true;
    report(path, predicate);
  };
  for (const [key, what, fields] of PARTS) {
    const part = model[key];
    if (part !== undefined) table(part, ['model', key], what, fields, false, note);
  }
  const { grade, sources, note: text } = model;
  if (grade !== undefined && grade !== 'reported' && grade !== 'derived' && grade !== 'assumed') {
    note(['model', 'grade'], GRADE);
  }
  if (sources !== undefined) {
    if (!Array.isArray(sources)) note(['model', 'sources'], SOURCE_LIST);
    else {
      for (let i = 0; i < sources.length; i += 1) {
        if (typeof sources[i] !== 'string') note(['model', 'sources', i], TEXT);
      }
    }
  }
  if (text !== undefined && typeof text !== 'string') note(['model', 'note'], TEXT);
  for (const key in model) {
    if (!MODEL_KEYS.has(key)) {
      note(['model'], MODEL_UNKNOWN_KEY);
      break;
    }
  }
  return !found;
}

const USD_RATE = {
  cny: positive,
  usd: positive,
  label: (value: unknown, at: readonly PathSegment[], report: Report) => {
    if (value !== undefined) label(value, at, report);
  },
};

const INPUT_KEYS = new Set([
  'region',
  'destination',
  'crackdown',
  'model',
  'usdRate',
  'usdRounding',
]);

/**
 * Checks a quoteRental input as RentalQuoteInputSchema does, adding every problem to `issues`:
 * the code comes from the field, and each message names the field and never repeats the input.
 * True when there is none.
 */
export function checkQuoteInput(input: unknown, issues: KpmmIssue[]): input is RentalQuoteInput {
  const before = issues.length;
  const report: Report = (path, predicate) => {
    const subject = path.length === 0 ? 'input' : path.join('.');
    issues.push(issue(codeFor(path[0]), path, `${subject} ${predicate}`));
  };
  if (!isRecord(input)) {
    report([], INPUT_NOT_AN_OBJECT);
    return false;
  }
  if (!isRegionId(input['region'])) report(['region'], REGION);
  if (!isDestination(input['destination'])) report(['destination'], DESTINATION);
  const crackdown = input['crackdown'];
  if (crackdown !== undefined && !isCrackdown(crackdown)) report(['crackdown'], CRACKDOWN);
  const model = input['model'];
  const override = model !== undefined && checkOverride(model, report) ? model : undefined;
  const usdRate = input['usdRate'];
  if (usdRate !== undefined) table(usdRate, ['usdRate'], 'a rate setting', USD_RATE, true, report);
  const usdRounding = input['usdRounding'];
  if (usdRounding !== undefined) rounding(usdRounding, ['usdRounding'], report);
  for (const key in input) {
    if (!INPUT_KEYS.has(key)) {
      report([], INPUT_UNKNOWN_KEY);
      break;
    }
  }
  // The rules across the parts of a model only apply once every field is valid on its own.
  if (issues.length === before && override !== undefined) {
    for (const problem of modelProblems(mergeModel(DEFAULT_RENTAL_MODEL, override))) {
      report(['model', ...problem.path], problem.message);
    }
  }
  return issues.length === before;
}
