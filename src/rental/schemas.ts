import * as z from 'zod/mini';
import { ROUNDING_MODES } from '../core/index.js';
import { CRACKDOWN_IDS } from './crackdowns.js';
import { DESTINATION_IDS } from './destinations.js';
import { modelProblems, FULL_POINTS } from './internal/checkModel.js';
import { mergeModel } from './internal/mergeModel.js';
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
  NOT_AN_OBJECT,
  POINTS,
  POSITIVE,
  REGION,
  ROUNDING,
  SOURCE_LIST,
  STEP,
  TEXT,
  tableNotAnObject,
  tableUnknownKey,
} from './internal/messages.js';
import { DEFAULT_RENTAL_MODEL } from './model.js';
import { REGION_IDS } from './regions.js';

const Points = z
  .int({ error: POINTS })
  .check(z.minimum(0, { error: POINTS }), z.maximum(FULL_POINTS, { error: POINTS }));

const Fen = z.int({ error: FEN }).check(z.minimum(0, { error: FEN }));
const Step = z.int({ error: STEP }).check(z.minimum(1, { error: STEP }));
const Rounding = z.enum(ROUNDING_MODES, { error: ROUNDING });

/** The error of a strict object: an unknown key, or not an object at all. */
const table = (what: string) => ({
  error: (issue: { readonly code?: string }) =>
    issue.code === 'unrecognized_keys' ? tableUnknownKey(what) : tableNotAnObject(what),
});

const RegionLevels = z.strictObject(
  {
    'north-pyongan': Points,
    ryanggang: Points,
    'north-hamgyong': Points,
    chagang: Points,
  },
  table('a region'),
);
const DestinationWeights = z.strictObject(
  { china: Points, 'south-korea': Points },
  table('a destination'),
);
const CrackdownWeights = z.strictObject(
  { normal: Points, intensified: Points },
  table('a crackdown'),
);
const Price = z.strictObject(
  { fromFen: Fen, toFen: Fen, stepFen: Step, rounding: Rounding },
  table('a price setting'),
);

/**
 * The zod schema of a whole {@link RentalModel}: every level and weight a whole number of risk
 * points from 0 to 100, the price mapping in whole fen, and the cross-field rules (the largest
 * level and weights add up to at most 100 points, south-korea ≥ china, intensified ≥ normal,
 * toFen ≥ fromFen). Other top-level keys, such as the default model's `grade`, are dropped.
 *
 * @example
 * ```ts
 * RentalModelSchema.safeParse(DEFAULT_RENTAL_MODEL).success;
 * //=> true
 * ```
 */
export const RentalModelSchema = z
  .object(
    {
      regionLevels: RegionLevels,
      destinationWeights: DestinationWeights,
      crackdownWeights: CrackdownWeights,
      price: Price,
    },
    { error: NOT_AN_OBJECT },
  )
  .check(
    z.superRefine(
      (model, ctx) => {
        for (const problem of modelProblems(model)) {
          ctx.issues.push({
            code: 'custom',
            path: [...problem.path],
            message: problem.message,
            input: model,
          });
        }
      },
      { when: (payload) => payload.issues.length === 0 },
    ),
  );

const RentalModelOverrideSchema = z.strictObject(
  {
    regionLevels: z.optional(z.partial(RegionLevels)),
    destinationWeights: z.optional(z.partial(DestinationWeights)),
    crackdownWeights: z.optional(z.partial(CrackdownWeights)),
    price: z.optional(z.partial(Price)),
    grade: z.optional(z.enum(['reported', 'derived', 'assumed'], { error: GRADE })),
    sources: z.optional(z.array(z.string({ error: TEXT }), { error: SOURCE_LIST })),
    note: z.optional(z.string({ error: TEXT })),
  },
  {
    error: (issue: { readonly code?: string }) =>
      issue.code === 'unrecognized_keys' ? MODEL_UNKNOWN_KEY : MODEL_NOT_AN_OBJECT,
  },
);

const Positive = z.int({ error: POSITIVE }).check(z.minimum(1, { error: POSITIVE }));

const UsdRate = z.strictObject(
  {
    cny: Positive,
    usd: Positive,
    asOf: z.optional(z.iso.date({ error: AS_OF })),
    label: z.optional(
      z
        .string({ error: LABEL })
        .check(z.minLength(1, { error: LABEL }), z.maxLength(200, { error: LABEL })),
    ),
  },
  table('a rate setting'),
);

/**
 * The zod schema of {@link RentalQuoteInput}, including the rules a model override must keep
 * once the default model fills its gaps. It is the one definition of the input: `quoteRental` and
 * `parseRentalModel` refuse exactly what it refuses, with its issues at their paths and in its
 * words, behind a fast path that only says yes or no.
 *
 * @example
 * ```ts
 * RentalQuoteInputSchema.safeParse({ region: 'chagang', destination: 'china' }).success;
 * //=> true
 * ```
 */
export const RentalQuoteInputSchema = z
  .strictObject(
    {
      region: z.enum(REGION_IDS, { error: REGION }),
      destination: z.enum(DESTINATION_IDS, { error: DESTINATION }),
      crackdown: z.optional(z.enum(CRACKDOWN_IDS, { error: CRACKDOWN })),
      model: z.optional(RentalModelOverrideSchema),
      usdRate: z.optional(UsdRate),
      usdRounding: z.optional(Rounding),
    },
    {
      error: (issue: { readonly code?: string }) =>
        issue.code === 'unrecognized_keys' ? INPUT_UNKNOWN_KEY : INPUT_NOT_AN_OBJECT,
    },
  )
  .check(
    z.superRefine(
      (input, ctx) => {
        // Without an override the merged model is the default one, which keeps every rule.
        for (const problem of modelProblems(mergeModel(DEFAULT_RENTAL_MODEL, input.model))) {
          ctx.issues.push({
            code: 'custom',
            path: ['model', ...problem.path],
            message: problem.message,
            input: input.model,
          });
        }
      },
      { when: (payload) => payload.issues.length === 0 },
    ),
  );
