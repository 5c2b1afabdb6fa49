// The shared fast-check arbitraries: one for every public input of the package, and the nasty
// values that fuzzing feeds in their place. Each module's own file is re-exported here by name;
// what no module needed alone (instants in every accepted form, whole facade inputs, nasty strings,
// near misses) is defined below. These live in the repository, not in the published package.
import fc from 'fast-check';
import {
  POLICIES,
  RATE_TABLES,
  buildTransferUssd,
  type HistoryEntry,
  type InstantInput,
  type MobileMoneyConfig,
  type PlanTransferInput,
  type RateTable,
  type RecipientInput,
  type CarrierId,
  type PlanGiftInput,
  type RentalQuoteInput,
  type ScheduleTransfersInput,
  type TransferPolicy,
} from '../src/index.js';
import {
  arbBaseMs,
  arbHistoryAndProposed,
  arbPolicy as arbGeneratedPolicy,
  arbRecipient as arbCapRecipient,
} from './cap/arbitraries.js';
import { arbCashKpwPerWon, arbRateTable, arbRoundingMode } from './exchange/arbitraries.js';
import {
  arbCrackdown,
  arbDestination,
  arbRegionId,
  arbRentalModel,
  arbUsdRate,
} from './rental/arbitraries.js';
import {
  arbKpPhoneNumber,
  arbNsn,
  arbRecipientFormat,
  arbTransferInput,
  arbWrittenNumber,
} from './ussd/arbitraries.js';

// ---------------------------------------------------------------------------------------------
// Re-exported from the module files, so that every property imports from one place.

export {
  /** Ten national digits of a North Korean mobile number: 191, 192, 193 or 195 and seven more. */
  arbNsn,
  /** A carrier id of `CARRIERS`: `koryolink` or `kangsong`. */
  arbCarrier,
  /** A valid transfer amount: whole won from 1, mostly small, up to the largest safe integer. */
  arbAmount,
  /** A valid card password: six ASCII digits. */
  arbPin,
  /** A recipient format (`national`, `nsn`) or `undefined` for the default. */
  arbRecipientFormat,
  /** Every accepted spelling of one given number: `arbWrittenNumber('1912345678')`. */
  arbWrittenNumber,
  /** A parsed `KpPhoneNumber`. */
  arbKpPhoneNumber,
  /** A valid `buildTransferUssd` input; the recipient is written text or a parsed number. */
  arbTransferInput,
  /** A value for one field: valid ones, near misses (`*`, `#`, full-width digits) and junk. */
  arbAnyField,
  /** A transfer input whose fields may each be anything. */
  arbLooseTransferInput,
  /** Separators between digit groups that both this library and libphonenumber-js read. */
  SHARED_SEPARATORS,
  /** Separators only this library reads: a tab and Unicode spaces libphonenumber-js refuses. */
  EXTRA_SEPARATORS,
} from './ussd/arbitraries.js';

export {
  /** Epoch milliseconds from 1990-01-01 to 2040-01-01 (UTC), uniformly. */
  arbInstantMs1990to2040,
  /** Epoch milliseconds around the offset changes, the 2022 policy switch, or anywhere. */
  arbBaseMs,
  /** A recipient from a pool of four numbers, in one of its spellings or parsed. */
  arbRecipient,
  /** A recipient or `undefined`. */
  arbMaybeRecipient,
  /** A cap window: `'calendar-day'` or `{ rollingHours }` from 1 to 48. */
  arbWindow,
  /** Whole won, mostly gift sized (up to 600, so that 500-won caps bite), at least 1. */
  arbAmount as arbGiftAmount,
  /** A hand-written policy with small limits, so that rules bite often. */
  arbPolicy as arbGeneratedPolicy,
  /** A sender's history and the proposed transfer after it (`proposed.at` in epoch ms). */
  arbHistoryAndProposed,
  /** A log of a few senders, sorted by `at`, for `auditTransfers`. */
  arbLog,
  /** Values on the edges of the policy checks: bounds and just past them, wrong-typed values. */
  arbEdgeValue as arbPolicyEdgeValue,
  /** Any valid policy, every optional field sometimes present, and keys the schema ignores. */
  arbRichPolicy,
  /** A valid policy after one to three small changes: often broken, sometimes still valid. */
  arbNearPolicy,
  /** An object with a policy's keys, each a right-looking value or an edge value. */
  arbPolicyLike,
} from './cap/arbitraries.js';

export {
  /** Whole won of mobile money, from 0, sometimes up to the largest safe integer. */
  arbMobileWon,
  /** Whole KPW of cash, from 0, sometimes up to the largest safe integer. */
  arbCashKpw,
  /** The cash price of one won: near the reported 75, or any positive safe integer. */
  arbCashKpwPerWon,
  /** A currency of `CURRENCIES`. */
  arbCurrency,
  /** A rounding mode of `ROUNDING_MODES`. */
  arbRoundingMode,
  /** A rate in whole KPW per unit of foreign currency. */
  arbKpwRate,
  /** A minor-unit amount, from 0 to the largest safe integer. */
  arbMinor,
  /** `Money` in any known currency. */
  arbMoney,
  /** A generated rate table of `RATE_TABLES`' shape, with USD, CNY and EUR rates. */
  arbRateTable,
  /** A rate 2^a × 5^b with the scale `k` such that `10^k / rate` is whole. */
  arbTerminatingRate,
} from './exchange/arbitraries.js';

export {
  /** A region id of `REGIONS`. */
  arbRegionId,
  /** A destination: `china` or `south-korea`. */
  arbDestination,
  /** A crackdown state: `normal` or `intensified`. */
  arbCrackdown,
  /** A region, destination and crackdown together. */
  arbRentalCase,
  /** A valid price mapping of a rental model. */
  arbPriceMapping,
  /** A valid whole rental model. */
  arbRentalModel,
  /** A partial model override, each field in range, cross-field rules not guaranteed. */
  arbRentalModelOverride,
  /** A valid yuan-to-dollar ratio. */
  arbUsdRate,
  /** Values on the edges of quoteRental's input checks, and anything at all. */
  arbRentalEdgeValue,
  /** A quoteRental input whose fields are each valid (a model override may still break rules). */
  arbQuoteInput,
  /** A valid quoteRental input after one to three edits: a field set to an edge value, or removed. */
  arbNearQuoteInput,
} from './rental/arbitraries.js';

// ---------------------------------------------------------------------------------------------
// Phone numbers and recipients.

/** A North Korean number written in any accepted form: international, national or bare. */
export const arbKpPhoneNumberText: fc.Arbitrary<string> = arbNsn.chain((nsn) =>
  arbWrittenNumber(nsn),
);

/** A recipient as the cap and facade take it: any written form, or a parsed number. */
export const arbPhoneInput: fc.Arbitrary<RecipientInput> = fc.oneof(
  arbKpPhoneNumberText,
  arbKpPhoneNumber,
);

/** A complete transfer string to dial, PIN included, as `buildTransferUssd(…).reveal()` gives. */
export const arbTransferUssdText: fc.Arbitrary<string> = arbTransferInput.map((input) =>
  buildTransferUssd(input).reveal(),
);

// ---------------------------------------------------------------------------------------------
// Instants.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** 2015-08-14T15:00Z: Pyongyang moved from UTC+9 to UTC+8:30. */
export const PYONGYANG_TO_0830_MS = Date.UTC(2015, 7, 14, 15);

/** 2018-05-04T15:00Z: Pyongyang moved back from UTC+8:30 to UTC+9. */
export const PYONGYANG_TO_0900_MS = Date.UTC(2018, 4, 4, 15);

/**
 * Epoch milliseconds that stress the Pyongyang calendar: exactly at or a millisecond beside a
 * change of offset or a local midnight in either offset (15:00Z and 15:30Z) within three days of
 * one, anywhere within three days of one, or any of the cap module's instants.
 */
export const arbInstantMs: fc.Arbitrary<number> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(PYONGYANG_TO_0830_MS, PYONGYANG_TO_0900_MS),
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom(0, 30 * MINUTE_MS),
      fc.constantFrom(-1, 0, 1, -MINUTE_MS, MINUTE_MS),
    )
    .map(([change, days, half, nudge]) => change + days * DAY_MS + half + nudge),
  fc
    .constantFrom(PYONGYANG_TO_0830_MS, PYONGYANG_TO_0900_MS)
    .chain((change) => fc.integer({ min: change - 3 * DAY_MS, max: change + 3 * DAY_MS })),
  arbBaseMs,
);

/** Offsets an RFC 3339 string may carry, in minutes east of UTC; `null` writes `Z` or `z`. */
const OFFSETS_MINUTES = [null, 0, 540, 510, -300, 345, 840, -720, 60, -(23 * 60 + 59)] as const;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The same instant written in any accepted form: a `Date`, epoch milliseconds, or an RFC 3339
 * string with `Z`, `z` or an offset (UTC+9, +8:30, −5, +5:45, +14, −12, …), a `T`, `t` or space,
 * and no, three, six or nine fractional digits. Every form parses back to exactly `ms`.
 */
export function arbInstantFormOf(ms: number): fc.Arbitrary<InstantInput> {
  const rfc = fc
    .record({
      offset: fc.constantFrom(...OFFSETS_MINUTES),
      lowerZ: fc.boolean(),
      sep: fc.constantFrom('T', 't', ' '),
      digits: fc.constantFrom(0, 3, 6, 9),
      extra: fc.integer({ min: 0, max: 999_999 }),
    })
    .map(({ offset, lowerZ, sep, digits, extra }): InstantInput => {
      const local = new Date(ms + (offset ?? 0) * MINUTE_MS);
      const year = local.getUTCFullYear();
      // Whole seconds cannot write a millisecond; years outside 0000–9999 have no RFC 3339 form.
      if ((digits === 0 && ms % 1000 !== 0) || year < 0 || year > 9999) return ms;
      const wall =
        `${pad(year, 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}` +
        `${sep}${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}`;
      const fraction =
        digits === 0
          ? ''
          : `.${`${pad(local.getUTCMilliseconds(), 3)}${pad(extra, 6)}`.slice(0, digits)}`;
      const zone =
        offset === null
          ? lowerZ
            ? 'z'
            : 'Z'
          : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60), 2)}:${pad(Math.abs(offset) % 60, 2)}`;
      return `${wall}${fraction}${zone}`;
    });
  return fc.oneof(
    fc.constant(ms),
    fc.constant(ms).map((t) => new Date(t)),
    rfc,
  );
}

/** An instant with the epoch milliseconds it stands for, in any accepted form of input. */
export const arbInstantCase: fc.Arbitrary<{ input: InstantInput; ms: number }> = arbInstantMs.chain(
  (ms) => arbInstantFormOf(ms).map((input) => ({ input, ms })),
);

/** A valid instant input (`Date`, epoch ms or RFC 3339 with an offset) near the offset changes. */
export const arbInstant: fc.Arbitrary<InstantInput> = arbInstantCase.map(({ input }) => input);

// ---------------------------------------------------------------------------------------------
// Cap: histories and policies.

function withInstantForms(entry: HistoryEntry): fc.Arbitrary<HistoryEntry> {
  const { at } = entry;
  return typeof at === 'number'
    ? arbInstantFormOf(at).map((form) => ({ ...entry, at: form }))
    : fc.constant(entry);
}

/**
 * A sender's history: up to eight earlier transfers within days of a notable instant, with
 * instants in every accepted form and recipients in many spellings, some left out.
 */
export const arbHistory: fc.Arbitrary<HistoryEntry[]> = arbHistoryAndProposed.chain(({ history }) =>
  fc.tuple(...history.map(withInstantForms)),
);

/** A valid policy: one of the built-in `POLICIES` or a generated one with small limits. */
export const arbPolicy: fc.Arbitrary<TransferPolicy> = fc.oneof(
  fc.constantFrom<TransferPolicy>(...Object.values(POLICIES)),
  arbGeneratedPolicy,
);

/** A valid `checkTransfer` input: history, proposed transfer and, sometimes, a policy. */
export const arbCheckTransferInput: fc.Arbitrary<{
  history: HistoryEntry[];
  proposed: HistoryEntry;
  policy?: TransferPolicy;
}> = fc
  .tuple(arbHistoryAndProposed, fc.option(arbPolicy, { nil: undefined }))
  .map(([{ history, proposed }, policy]) =>
    policy === undefined ? { history, proposed } : { history, proposed, policy },
  );

// ---------------------------------------------------------------------------------------------
// Exchange.

/** A valid rate table: a built-in one of `RATE_TABLES` or a generated one. */
export const arbAnyRateTable: fc.Arbitrary<RateTable> = fc.oneof(
  fc.constantFrom<RateTable>(...Object.values(RATE_TABLES)),
  arbRateTable,
);

// ---------------------------------------------------------------------------------------------
// Rental.

/** A valid `quoteRental` input: region and destination, and sometimes every option. */
export const arbRentalInput: fc.Arbitrary<RentalQuoteInput> = fc.record(
  {
    region: arbRegionId,
    destination: arbDestination,
    crackdown: arbCrackdown,
    model: arbRentalModel,
    usdRate: arbUsdRate,
    usdRounding: arbRoundingMode,
  },
  { requiredKeys: ['region', 'destination'] },
);

// ---------------------------------------------------------------------------------------------
// Facade.

/** A valid `createMobileMoney` configuration; every field optional. */
export const arbMobileMoneyConfig: fc.Arbitrary<MobileMoneyConfig> = fc.record(
  {
    policy: arbPolicy,
    cashKpwPerWon: arbCashKpwPerWon,
    rates: arbAnyRateTable,
    rentalModel: arbRentalModel,
    recipientFormat: arbRecipientFormat,
  },
  { requiredKeys: [] },
);

/** A valid `planTransfer` input: a transfer, when it happens and sometimes a history. */
export const arbPlanTransferInput: fc.Arbitrary<PlanTransferInput> = fc
  .tuple(arbTransferInput, arbInstant, fc.option(arbHistory, { nil: undefined }))
  .map(([{ carrier, amount, recipient, pin }, at, history]) =>
    history === undefined
      ? { carrier, amount, recipient, pin, at }
      : { carrier, amount, recipient, pin, at, history },
  );

// ---------------------------------------------------------------------------------------------
// Nasty values.

/** Zero to nine in many scripts, each a string of ten digits (astral ones are surrogate pairs). */
const DIGIT_BLOCKS = [
  0xff10, // full-width
  0x0660, // Arabic-Indic
  0x06f0, // extended Arabic-Indic (Persian, Urdu)
  0x07c0, // N'Ko
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0be6, // Tamil
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0x17e0, // Khmer
  0x1810, // Mongolian
  0xa9d0, // Javanese
  0x1d7ce, // mathematical bold
  0x1d7f6, // mathematical monospace
  0x1e950, // Adlam
] as const;

/** A decimal digit that is not ASCII: full-width, Arabic-Indic, Devanagari, Thai, astral… */
export const arbUnicodeDigit: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...DIGIT_BLOCKS), fc.integer({ min: 0, max: 9 }))
  .map(([zero, n]) => String.fromCodePoint(zero + n));

// Each is one UTF-16 code unit, so Array.from splits them exactly.
const WHITESPACE = Array.from(
  '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008' +
    '\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff' +
    // Invisible but not white space: zero-width space, joiners, direction marks and overrides.
    '\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\u180e',
);

/** One character of white space of any kind, or an invisible format character. */
export const arbWhitespace: fc.Arbitrary<string> = fc.constantFrom(...WHITESPACE);

/** One character with a meaning somewhere in the library: USSD and phone punctuation and signs. */
const PUNCTUATION = [
  ...Array.from('*#+-.()/\\,:;_~%@xX0123456789'),
  '\uff0b',
  '\uff0a',
  '\uff03',
  '\u2212',
];

const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'] as const;

/** One nasty code unit or character: a Unicode digit, white space, punctuation, a lone surrogate… */
const arbNastyUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: arbUnicodeDigit },
  { weight: 3, arbitrary: arbWhitespace },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.constantFrom(...LONE_SURROGATES) },
  { weight: 1, arbitrary: fc.constantFrom('\u0301', '\u0000', '\u001b', '\ufffd', 'é', '한') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/**
 * A nasty string: empty; short runs of Unicode digits of many scripts (full-width, Arabic-Indic,
 * astral…), white space of every kind, `*`, `#`, `+`, lone surrogates and control characters;
 * valid phone numbers and transfer strings spoiled by them; or a very long string (up to 10,000
 * code units).
 */
export const arbNastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 6, arbitrary: fc.string({ unit: arbNastyUnit, maxLength: 24 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.oneof(arbKpPhoneNumberText, arbTransferUssdText), arbNastyUnit, fc.nat())
      .map(([text, unit, at]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + unit + text.slice(i);
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ unit: arbNastyUnit, minLength: 1, maxLength: 8 }), fc.nat(10_000))
      .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  },
);

/** Numbers at the edges: NaN, ±Infinity, −0, fractions, negatives, and just past safe or Date range. */
export const arbEdgeNumber: fc.Arbitrary<number> = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0.5,
  -1,
  1e-7,
  Number.MIN_VALUE,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 1,
  -Number.MAX_SAFE_INTEGER - 1,
  8.64e15,
  8.64e15 + 1,
  2 ** 31,
  1e21,
);

const ANYTHING_CONSTRAINTS = {
  withBoxedValues: true,
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBigInt: true,
  withDate: true,
  withObjectString: true,
  maxDepth: 3,
  maxKeys: 6,
  depthSize: 'small',
} as const satisfies fc.ObjectConstraints;

/**
 * Any JavaScript value, small enough to stay fast: `fc.anything()` with boxed values,
 * null-prototype objects, maps, sets, typed and sparse arrays, bigints and dates, sometimes built
 * from nasty strings and edge numbers.
 */
export const arbAnyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(ANYTHING_CONSTRAINTS),
  fc.anything({
    ...ANYTHING_CONSTRAINTS,
    values: [
      arbNastyString,
      arbEdgeNumber,
      fc.constantFrom(null, undefined, true, false, 0, 1n, Symbol('fuzz')),
    ],
  }),
);

type Segment = string | number;

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every path into plain objects and arrays, up to `depth` steps, the root included. */
function pathsOf(value: unknown, depth: number): Segment[][] {
  const out: Segment[][] = [[]];
  if (depth === 0 || !isPlainContainer(value)) return out;
  const entries: [Segment, unknown][] = Array.isArray(value)
    ? Array.from(value, (item, i): [Segment, unknown] => [i, item])
    : Object.entries(value);
  for (const [key, child] of entries) {
    for (const rest of pathsOf(child, depth - 1)) out.push([key, ...rest]);
  }
  return out;
}

const REMOVE = Symbol('remove');

/** A copy of `value` with the value at `path` replaced (or, for REMOVE, deleted). */
function replaceAt(value: unknown, path: readonly Segment[], next: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return next;
  if (Array.isArray(value)) {
    const copy: unknown[] = value.slice();
    const index = Number(head);
    if (rest.length === 0 && next === REMOVE) copy.splice(index, 1);
    else copy[index] = replaceAt(copy[index], rest, next);
    return copy;
  }
  if (!isPlainContainer(value)) return value;
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(value));
  const key = String(head);
  if (rest.length === 0 && next === REMOVE) Reflect.deleteProperty(copy, key);
  else copy[key] = replaceAt(copy[key], rest, next);
  return copy;
}

/**
 * A near miss of a valid value: one field (at any depth up to three) replaced by any value, a
 * nasty string or an edge number, or left out; or, for a string, one nasty character inserted.
 * Shaped almost like valid input, it reaches the checks behind the first one.
 */
export function arbNearly(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const replacement = fc.oneof(
    arbAnyValue,
    arbNastyString,
    arbEdgeNumber,
    fc.constant<unknown>(REMOVE),
  );
  return valid.chain((value) => {
    if (typeof value === 'string') {
      return fc.tuple(arbNastyUnit, fc.nat(), fc.boolean()).map(([unit, at, overwrite]) => {
        const i = at % (value.length + 1);
        return value.slice(0, i) + unit + value.slice(overwrite ? i + 1 : i);
      });
    }
    const paths = pathsOf(value, 3);
    return fc
      .tuple(fc.constantFrom(...paths), replacement)
      .map(([path, next]) =>
        path.length === 0 && next === REMOVE ? undefined : replaceAt(value, path, next),
      );
  });
}

/**
 * A valid `scheduleTransfers` input: a total (mostly a gift of a few days, sometimes more than a
 * schedule may hold), an instant, one to four recipients, sometimes a history and a policy.
 */
export const arbScheduleTransfersInput: fc.Arbitrary<ScheduleTransfersInput> = fc
  .record({
    totalWon: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 5_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
      { weight: 1, arbitrary: fc.maxSafeNat() },
    ),
    from: arbInstant,
    recipients: fc.array(arbCapRecipient, { minLength: 1, maxLength: 4 }),
    history: fc.option(arbHistory, { nil: undefined }),
    policy: fc.option(arbPolicy, { nil: undefined }),
  })
  .map(({ history, policy, ...rest }): ScheduleTransfersInput => ({
    ...rest,
    ...(history === undefined ? {} : { history }),
    ...(policy === undefined ? {} : { policy }),
  }));

/** A valid `planGift` input: the schedule's total as won or as cash, sometimes a carrier. */
export const arbPlanGiftInput: fc.Arbitrary<PlanGiftInput> = fc
  .tuple(
    arbScheduleTransfersInput,
    fc.boolean(),
    fc.option(fc.constantFrom('koryolink', 'kangsong') satisfies fc.Arbitrary<CarrierId>, {
      nil: undefined,
    }),
  )
  .map(([{ totalWon, from, recipients, history }, asCash, carrier]): PlanGiftInput => ({
    ...(asCash ? { cashKpw: totalWon } : { won: totalWon }),
    from,
    recipients: recipients.map((r) => (typeof r === 'string' ? r : r.e164)),
    ...(history === undefined ? {} : { history }),
    ...(carrier === undefined ? {} : { carrier }),
  }));
