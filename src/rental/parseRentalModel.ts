import { KpmmError, toSafe, type KpmmIssue, type SafeResult } from '../core/index.js';
import { dataSnapshot, ownCopy } from '../core/internal/fields.js';
import { quoteInputIssues } from './internal/checkQuoteInput.js';
import type { RentalModelOverride } from './model.js';

/** A frozen copy of a checked override: each part is a flat table. */
function frozenModel(model: RentalModelOverride): RentalModelOverride {
  const { regionLevels, destinationWeights, crackdownWeights, price, grade, sources, note } = model;
  return Object.freeze({
    ...(regionLevels === undefined ? {} : { regionLevels: Object.freeze({ ...regionLevels }) }),
    ...(destinationWeights === undefined
      ? {}
      : { destinationWeights: Object.freeze({ ...destinationWeights }) }),
    ...(crackdownWeights === undefined
      ? {}
      : { crackdownWeights: Object.freeze({ ...crackdownWeights }) }),
    ...(price === undefined ? {} : { price: Object.freeze({ ...price }) }),
    ...(grade === undefined ? {} : { grade }),
    ...(sources === undefined ? {} : { sources: Object.freeze([...sources]) }),
    ...(note === undefined ? {} : { note }),
  });
}

/** An issue of `model` in a quote's input, as an issue of the model itself. */
function unwrap(found: KpmmIssue): KpmmIssue {
  const path = found.path.slice(1);
  const name = path.length === 0 ? 'model' : path.join('.');
  return { ...found, path, message: `${name}${found.message.slice(found.path.join('.').length)}` };
}

/**
 * Checks a rental model override and returns it frozen: each part on its own, and the rules of a
 * whole model once `DEFAULT_RENTAL_MODEL` fills its gaps (the largest points add up to at most
 * 100, south-korea ≥ china, intensified ≥ normal, toFen ≥ fromFen), exactly as `quoteRental`
 * checks its `model`. Later changes to the caller's object change nothing.
 *
 * @param value - an override, such as one read from JSON
 * @returns the checked override, a frozen copy
 * @throws KpmmError `invalid_model`, one issue per problem, at its path in the override
 * @example
 * ```ts
 * const model = parseRentalModel({ regionLevels: { chagang: 40 } });
 * [model, Object.isFrozen(model.regionLevels)];
 * //=> [{ regionLevels: { chagang: 40 } }, true]
 * ```
 */
export function parseRentalModel(value: unknown): RentalModelOverride {
  if (value === undefined) {
    throw new KpmmError([
      { code: 'invalid_model', path: [], message: 'model must be an object of overrides' },
    ]);
  }
  // Read once, as data: the checks and the copy read the snapshot, never the caller's object.
  const model = dataSnapshot(value);
  // The quote's rules are the model's rules: ask them about a quote that only this model makes bad.
  const issues = quoteInputIssues({ region: 'north-pyongan', destination: 'china', model });
  const [first, ...rest] = issues.map(unwrap);
  if (first !== undefined) throw new KpmmError([first, ...rest]);
  return frozenModel(ownCopy({ model }).model ?? {});
}

const safe = toSafe(parseRentalModel);

/**
 * The non-throwing twin of {@link parseRentalModel}.
 *
 * @param value - an override, such as one read from JSON
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const result = safeParseRentalModel({ price: { fromFen: 9_000, toFen: 8_000 } });
 * result.success ? result.data : result.error.issues.map((issue) => [issue.code, issue.path]);
 * //=> [['invalid_model', ['price', 'toFen']]]
 * ```
 */
export function safeParseRentalModel(value: unknown): SafeResult<RentalModelOverride> {
  return safe(value);
}
