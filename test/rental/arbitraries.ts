import fc from 'fast-check';
import { ROUNDING_MODES } from '../../src/core/index.js';
import {
  CRACKDOWN_IDS,
  DESTINATION_IDS,
  REGION_IDS,
  type Crackdown,
  type Destination,
  type RegionId,
  type RentalModel,
  type RentalModelOverride,
  type RentalUsdRate,
} from '../../src/rental/index.js';

/** Any known region id. */
export const arbRegionId: fc.Arbitrary<RegionId> = fc.constantFrom(...REGION_IDS);

/** Any known destination. */
export const arbDestination: fc.Arbitrary<Destination> = fc.constantFrom(...DESTINATION_IDS);

/** Any known crackdown state. */
export const arbCrackdown: fc.Arbitrary<Crackdown> = fc.constantFrom(...CRACKDOWN_IDS);

/** A region, destination and crackdown: the fields of a plain quote. */
export const arbRentalCase: fc.Arbitrary<{
  region: RegionId;
  destination: Destination;
  crackdown: Crackdown;
}> = fc.record({ region: arbRegionId, destination: arbDestination, crackdown: arbCrackdown });

const MAX = Number.MAX_SAFE_INTEGER;

/** A whole number of fen, mostly near the reported range, sometimes anywhere up to 2^53 − 1. */
const arbFen = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 40_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: MAX }) },
);

/** A valid price mapping: fromFen ≤ toFen, any step and rounding. */
export const arbPriceMapping: fc.Arbitrary<RentalModel['price']> = fc
  .tuple(
    arbFen,
    arbFen,
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 5_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: MAX }) },
    ),
    fc.constantFrom(...ROUNDING_MODES),
  )
  .map(([a, b, stepFen, rounding]) => ({
    fromFen: Math.min(a, b),
    toFen: Math.max(a, b),
    stepFen,
    rounding,
  }));

/**
 * A valid whole rental model: the largest region level and the largest weights share at most
 * 100 risk points, South Korea ≥ China, intensified ≥ normal, fromFen ≤ toFen.
 */
export const arbRentalModel: fc.Arbitrary<RentalModel> = fc
  .integer({ min: 0, max: 100 })
  .chain((regionMax) =>
    fc.integer({ min: 0, max: 100 - regionMax }).chain((destinationMax) =>
      fc.record({
        regionMax: fc.constant(regionMax),
        destinationMax: fc.constant(destinationMax),
        crackdownMax: fc.integer({ min: 0, max: 100 - regionMax - destinationMax }),
      }),
    ),
  )
  .chain(({ regionMax, destinationMax, crackdownMax }) => {
    const level = fc.integer({ min: 0, max: regionMax });
    return fc.record({
      regionLevels: fc.record({
        'north-pyongan': level,
        ryanggang: level,
        'north-hamgyong': level,
        chagang: level,
      }),
      destinationWeights: fc
        .tuple(
          fc.integer({ min: 0, max: destinationMax }),
          fc.integer({ min: 0, max: destinationMax }),
        )
        .map(([a, b]) => ({ china: Math.min(a, b), 'south-korea': Math.max(a, b) })),
      crackdownWeights: fc
        .tuple(fc.integer({ min: 0, max: crackdownMax }), fc.integer({ min: 0, max: crackdownMax }))
        .map(([a, b]) => ({ normal: Math.min(a, b), intensified: Math.max(a, b) })),
      price: arbPriceMapping,
    });
  });

const arbPoints = fc.integer({ min: 0, max: 100 });

/**
 * A partial override whose fields are each in range, but which may break the cross-field rules
 * once the default model fills its gaps.
 */
export const arbRentalModelOverride: fc.Arbitrary<RentalModelOverride> = fc.record(
  {
    regionLevels: fc.record(
      {
        'north-pyongan': arbPoints,
        ryanggang: arbPoints,
        'north-hamgyong': arbPoints,
        chagang: arbPoints,
      },
      { requiredKeys: [] },
    ),
    destinationWeights: fc.record(
      { china: arbPoints, 'south-korea': arbPoints },
      { requiredKeys: [] },
    ),
    crackdownWeights: fc.record(
      { normal: arbPoints, intensified: arbPoints },
      { requiredKeys: [] },
    ),
    price: fc.record(
      {
        fromFen: arbFen,
        toFen: arbFen,
        stepFen: fc.integer({ min: 1, max: 5_000 }),
        rounding: fc.constantFrom(...ROUNDING_MODES),
      },
      { requiredKeys: [] },
    ),
    grade: fc.constantFrom('reported', 'derived', 'assumed'),
    sources: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
    note: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: [] },
);

/** A real day from 0000-01-01 to 9999-12-31, written YYYY-MM-DD, often a leap day or month end. */
export const arbAsOf: fc.Arbitrary<string> = fc.oneof(
  fc
    .date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2020-06-17', '2020-02-29', '2000-02-29', '0000-02-29', '2021-04-30'),
);

/**
 * Strings of the shape `YYYY-MM-DD` (digits 0000–9999, months 00–13, days 00–32), about half of
 * which name no real day, and near misses of the shape: a time or a newline after the date, one
 * digit for the month, a five-digit year, full-width digits, a month only.
 */
export const arbAsOfLike: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  arbAsOf.chain((day) =>
    fc.constantFrom(
      `${day}T00:00:00Z`,
      `${day}\n`,
      ` ${day}`,
      day.slice(0, 7),
      day.replaceAll('-', ''),
      `1${day}`,
    ),
  ),
  fc.constantFrom('2020-6-17', '２０２０-06-17', '2021-02-29', '1900-02-29', '2020-06-31'),
);

/**
 * A valid yuan-to-dollar ratio, from 1 : 1,000,000 to 1,000,000 : 1, dated or undated, with or
 * without a label.
 */
export const arbUsdRate: fc.Arbitrary<RentalUsdRate> = fc.record(
  {
    cny: fc.integer({ min: 1, max: 1_000_000 }),
    usd: fc.integer({ min: 1, max: 1_000_000 }),
    asOf: arbAsOf,
    label: fc.string({ minLength: 1, maxLength: 20 }),
  },
  { requiredKeys: ['cny', 'usd'] },
);

/**
 * Values on the edges of quoteRental's input checks: each bound and just past it, unsafe and
 * fractional numbers, the ids in the wrong fields, labels of 200 and 201 characters (also
 * counted in code points), objects with a `length`, days that do and do not exist and strings
 * nearly of their shape, a `Date`, and anything at all.
 */
export const arbRentalEdgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    0,
    -0,
    1,
    -1,
    0.5,
    100,
    101,
    2 ** 53,
    -(2 ** 53),
    2 ** 60,
    -(2 ** 60),
    Number.NaN,
    Number.NEGATIVE_INFINITY,
    '',
    'x',
    'chagang',
    'china',
    'south-korea',
    'intensified',
    'half-up',
    'x'.repeat(200),
    'x'.repeat(201),
    '\u{1F600}'.repeat(150),
    '\u{1F600}'.repeat(201),
    '\ud800'.repeat(201),
    [],
    ['x'],
    { length: 0 },
    { length: 201 },
    { length: '5' },
    {},
    { china: 1 },
    { chagang: 40 },
    { fromFen: 1, toFen: 0 },
    { cny: 1, usd: 1 },
    '2020-06-17',
    '2020-02-29',
    '2021-02-29',
    '1900-02-29',
    '2000-02-29',
    '0000-02-29',
    new Date(Date.UTC(2020, 5, 17)),
    true,
    7n,
  ),
  arbAsOfLike,
  fc.integer({ min: -2, max: 120 }),
  fc.double(),
  fc.string({ maxLength: 4 }),
  // Labels just over the limit in code points, some of them under it in UTF-16 units.
  fc.string({ minLength: 199, maxLength: 203, unit: 'binary' }),
  fc.anything({ maxDepth: 2 }),
);

/** A valid label: 1 to 200 code points, often close to 200, some of them astral. */
const arbLabel: fc.Arbitrary<string> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.string({ minLength: 190, maxLength: 200, unit: 'binary' }),
);

/**
 * A quoteRental input whose fields are each valid: any region, destination and crackdown, and
 * sometimes a model override (which may break the rules across the parts of a model), a USD rate
 * with or without a day and a label, and a rounding.
 */
export const arbQuoteInput: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    region: arbRegionId,
    destination: arbDestination,
    crackdown: arbCrackdown,
    model: arbRentalModelOverride,
    usdRate: fc.record(
      {
        cny: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        usd: fc.integer({ min: 1, max: 1_000 }),
        asOf: arbAsOf,
        label: arbLabel,
      },
      { requiredKeys: ['cny', 'usd'] },
    ),
    usdRounding: fc.constantFrom(...ROUNDING_MODES),
  },
  { requiredKeys: ['region', 'destination'] },
);

/** The paths of a quoteRental input, down to each level, weight, price setting and rate field. */
const INPUT_PATHS: readonly (readonly string[])[] = [
  ['region'],
  ['destination'],
  ['crackdown'],
  ['model'],
  ['usdRate'],
  ['usdRounding'],
  ['other'],
  ['model', 'regionLevels'],
  ['model', 'destinationWeights'],
  ['model', 'crackdownWeights'],
  ['model', 'price'],
  ['model', 'grade'],
  ['model', 'sources'],
  ['model', 'sources', '0'],
  ['model', 'note'],
  ['model', 'other'],
  ...REGION_IDS.map((id) => ['model', 'regionLevels', id]),
  ['model', 'regionLevels', 'other'],
  ['model', 'destinationWeights', 'china'],
  ['model', 'destinationWeights', 'south-korea'],
  ['model', 'destinationWeights', '__proto__'],
  ['model', 'crackdownWeights', 'normal'],
  ['model', 'crackdownWeights', 'intensified'],
  ['model', 'price', 'fromFen'],
  ['model', 'price', 'toFen'],
  ['model', 'price', 'stepFen'],
  ['model', 'price', 'rounding'],
  ['model', 'price', 'other'],
  ['usdRate', 'cny'],
  ['usdRate', 'usd'],
  ['usdRate', 'asOf'],
  ['usdRate', 'label'],
  ['usdRate', 'other'],
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` with `path` set to `next` (an own property even for `__proto__`), or removed. */
function edit(value: unknown, path: readonly string[], next: unknown, remove: boolean): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return next;
  const copy: Record<string, unknown> = isObject(value) ? { ...value } : {};
  if (remove && rest.length === 0) {
    return Object.fromEntries(Object.entries(copy).filter(([name]) => name !== key));
  }
  Object.defineProperty(copy, key, {
    value: edit(copy[key], rest, next, remove),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** A valid input after one to three edits: a field set to an edge value, or removed. */
export const arbNearQuoteInput: fc.Arbitrary<unknown> = fc
  .tuple(
    arbQuoteInput,
    fc.array(
      fc.tuple(
        fc.constantFrom(...INPUT_PATHS),
        arbRentalEdgeValue,
        fc.nat({ max: 3 }).map((n) => n === 0),
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  )
  .map(([input, edits]) =>
    edits.reduce<unknown>((value, [path, next, remove]) => edit(value, path, next, remove), input),
  );
