import { ROUNDING_MODES } from '../../core/index.js';
import { CRACKDOWN_IDS } from '../crackdowns.js';
import { DESTINATION_IDS } from '../destinations.js';
import { REGION_IDS } from '../regions.js';
import { FULL_POINTS } from './checkModel.js';

// The predicates of quoteRental's input problems, as RentalQuoteInputSchema words them. Each
// follows the field's name.

export const POINTS = `must be a whole number of risk points from 0 to ${String(FULL_POINTS)}`;
export const FEN = 'must be a whole number of fen, at least 0';
export const STEP = 'must be a whole number of fen, at least 1';
export const ROUNDING = `must be one of ${ROUNDING_MODES.join(', ')}`;
export const POSITIVE = 'must be a whole number greater than zero';
export const LABEL = 'must be a string of 1 to 200 characters';
export const AS_OF = 'must be a real date written YYYY-MM-DD, or left out';
export const REGION = `must be one of ${REGION_IDS.join(', ')}`;
export const DESTINATION = `must be one of ${DESTINATION_IDS.join(', ')}`;
export const CRACKDOWN = `must be one of ${CRACKDOWN_IDS.join(', ')}, or left out`;
export const NOT_AN_OBJECT = 'must be an object';

export const GRADE = 'must be reported, derived or assumed';
export const SOURCE_LIST = 'must be an array of source ids';
export const TEXT = 'must be a string';

const MODEL_PARTS =
  'regionLevels, destinationWeights, crackdownWeights and price (and grade, sources and note)';
export const MODEL_NOT_AN_OBJECT = `must be an object with any of ${MODEL_PARTS}`;
export const MODEL_UNKNOWN_KEY = `has a field it does not know; the parts of a model are ${MODEL_PARTS}`;

const INPUT_KEYS = 'region, destination, crackdown, model, usdRate and usdRounding';
export const INPUT_NOT_AN_OBJECT = `must be an object with ${INPUT_KEYS}`;
export const INPUT_UNKNOWN_KEY = `has a field it does not know; the fields are ${INPUT_KEYS}`;

/** The predicate for a table that is not an object, e.g. `must be an object whose every key is a region`. */
export function tableNotAnObject(what: string): string {
  return `must be an object whose every key is ${what}`;
}

/** The predicate for a table with a key it does not know, e.g. `has a key that is not a region`. */
export function tableUnknownKey(what: string): string {
  return `has a key that is not ${what}`;
}
