import type { KpmmErrorCode, KpmmIssue, PathSegment } from '../../core/index.js';
import { isSafeInteger } from '../../core/internal/checks.js';
import { isIsoDate } from '../../core/internal/civil.js';
import { failAll, issue, pushIssue } from '../../core/internal/fail.js';
import { dataSnapshot, ownCopy, quickFields, readList } from '../../core/internal/fields.js';
import { DEFAULT_RENTAL_MODEL } from '../model.js';
import { RentalQuoteInputSchema } from '../schemas.js';
import type { RentalQuoteInput } from '../types.js';
import { FULL_POINTS, modelProblems } from './checkModel.js';
import { isCrackdown, isDestination, isRegionId } from './ids.js';
import { mergeModel } from './mergeModel.js';

// RentalQuoteInputSchema is the one definition of a quote's input. The fast path below only
// answers "valid or not", reading the caller's own data properties; a refused input is explained
// by the schema. A property test (the fast-path law) holds the fast path to the schema.

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

/** A whole number at least `min` and at most `max`. */
function isWhole(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean {
  return isSafeInteger(value) && value >= min && value <= max;
}

function isRounding(value: unknown): boolean {
  return value === 'floor' || value === 'ceil' || value === 'half-up' || value === 'half-even';
}

/** A part of an override: no other key, and each given field valid. */
function isPart(
  value: unknown,
  keys: readonly string[],
  valid: (field: unknown, key: string) => boolean,
) {
  const fields = quickFields(value, keys);
  return (
    fields !== undefined &&
    keys.every((key) => fields[key] === undefined || valid(fields[key], key))
  );
}

const isPoints = (value: unknown): boolean => isWhole(value, 0, FULL_POINTS);
const REGION_KEYS = ['north-pyongan', 'ryanggang', 'north-hamgyong', 'chagang'];
const DESTINATION_KEYS = ['china', 'south-korea'];
const CRACKDOWN_KEYS = ['normal', 'intensified'];
const PRICE_KEYS = ['fromFen', 'toFen', 'stepFen', 'rounding'];
const isPriceField = (value: unknown, key: string): boolean =>
  key === 'rounding' ? isRounding(value) : isWhole(value, key === 'stepFen' ? 1 : 0);
const MODEL_KEYS = [
  'regionLevels',
  'destinationWeights',
  'crackdownWeights',
  'price',
  'grade',
  'sources',
  'note',
];

function isOverride(value: unknown): boolean {
  const model = quickFields(value, MODEL_KEYS);
  if (model === undefined) return false;
  const { regionLevels, destinationWeights, crackdownWeights, price, grade, sources, note } = model;
  return (
    (regionLevels === undefined || isPart(regionLevels, REGION_KEYS, isPoints)) &&
    (destinationWeights === undefined || isPart(destinationWeights, DESTINATION_KEYS, isPoints)) &&
    (crackdownWeights === undefined || isPart(crackdownWeights, CRACKDOWN_KEYS, isPoints)) &&
    (price === undefined || isPart(price, PRICE_KEYS, isPriceField)) &&
    (grade === undefined || grade === 'reported' || grade === 'derived' || grade === 'assumed') &&
    (sources === undefined ||
      (readList(sources)?.every((source) => typeof source === 'string') ?? false)) &&
    (note === undefined || typeof note === 'string')
  );
}

/** A label of 1 to 200 characters, counted as code points past 200 code units, as zod does. */
function isLabel(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    value !== '' &&
    (value.length <= 200 || Array.from(value).length <= 200)
  );
}

const RATE_KEYS = ['cny', 'usd', 'asOf', 'label'];

function isUsdRate(value: unknown): boolean {
  const rate = quickFields(value, RATE_KEYS);
  if (rate === undefined) return false;
  const { asOf, label } = rate;
  return (
    isWhole(rate['cny'], 1) &&
    isWhole(rate['usd'], 1) &&
    (asOf === undefined || (typeof asOf === 'string' && isIsoDate(asOf))) &&
    (label === undefined || isLabel(label))
  );
}

const INPUT_KEYS = ['region', 'destination', 'crackdown', 'model', 'usdRate', 'usdRounding'];

/** Whether every field is valid on its own, read from own data properties. */
function hasValidFields(raw: unknown): raw is RentalQuoteInput {
  const input = quickFields(raw, INPUT_KEYS);
  if (input === undefined) return false;
  const { crackdown, model, usdRate, usdRounding } = input;
  return (
    isRegionId(input['region']) &&
    isDestination(input['destination']) &&
    (crackdown === undefined || isCrackdown(crackdown)) &&
    (model === undefined || isOverride(model)) &&
    (usdRate === undefined || isUsdRate(usdRate)) &&
    (usdRounding === undefined || isRounding(usdRounding))
  );
}

/**
 * The fast path: whether a quoteRental input is valid, the rules across a model's parts included
 * (the merged model keeps them; without an override it is the default one, which does).
 */
function isQuoteInput(raw: unknown): boolean {
  return (
    hasValidFields(raw) &&
    modelProblems(mergeModel(DEFAULT_RENTAL_MODEL, ownCopy(raw).model)).length === 0
  );
}

/**
 * The problems of a quoteRental input, as RentalQuoteInputSchema finds them and in its order:
 * the code comes from the field, and each message names the field and never repeats the input.
 * Empty when the input is valid.
 */
export function quoteInputIssues(input: unknown): KpmmIssue[] {
  const issues: KpmmIssue[] = [];
  if (isQuoteInput(input)) return issues;
  // The schema sees the input as data only: no getter is called, nothing inherited is read.
  const parsed = RentalQuoteInputSchema.safeParse(dataSnapshot(input));
  for (const found of parsed.error?.issues ?? []) {
    const path = found.path.map((key) => (typeof key === 'number' ? key : String(key)));
    const subject = path.length === 0 ? 'input' : path.join('.');
    pushIssue(issues, issue(codeFor(path[0]), path, `${subject} ${found.message}`));
  }
  if (issues.length === 0) {
    // The schema takes what the fast path takes on data: the input changed while it was read.
    issues.push(issue('invalid_input', [], 'input could not be read as data'));
  }
  return issues;
}

/** Throws a KpmmError listing every problem of a quoteRental input, if there is one. */
export function assertQuoteInput(input: unknown): asserts input is RentalQuoteInput {
  failAll(quoteInputIssues(input));
}
