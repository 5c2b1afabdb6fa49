import type * as z from 'zod/mini';
import {
  KpmmError,
  SOURCES,
  dataSnapshot,
  isKpmmError,
  looseFields,
  parseInstant,
  readFields,
  readFieldsOf,
  rebased,
  toSafe,
  type SourceId,
  type InstantInput,
  type KpmmErrorCode,
  type KpmmIssue,
  type KpPhoneNumber,
  type Money,
  type PathSegment,
  type SafeResult,
} from './core/index.js';
import {
  POLICIES,
  checkTransfer,
  policyAt,
  safeParsePolicy,
  safeScheduleTransfers,
  scheduleTransfers,
  type CapDecision,
  type HistoryEntry,
  type ScheduledTransfer,
  type TransferPolicy,
} from './cap/index.js';
import {
  DEFAULT_RATE_TABLE,
  MOBILE_WON_PRICE,
  cashToMobileWon,
  mobileWonCost,
  mobileWonToCash,
  rateTableAt,
  safeParseRateTable,
  type RateTable,
  type RateTableGap,
} from './exchange/index.js';
import {
  quoteRental as quoteRentalWith,
  safeParseRentalModel,
  type RentalModelOverride,
  type RentalQuote,
  type RentalQuoteInput,
} from './rental/index.js';
import {
  CARRIERS,
  RECIPIENT_FORMATS,
  buildTransferUssd,
  type CarrierId,
  type RecipientFormat,
  type TransferUssd,
} from './ussd/index.js';
import {
  MobileMoneyConfigSchema,
  PlanGiftInputSchema,
  PlanTransferInputSchema,
} from './facadeSchemas.js';
import { facts as allFacts, type Fact } from './sources.js';

/**
 * What `createMobileMoney` binds once: the cap policy (by default the one in force at each
 * transfer), the cash price of one won, the rate table, the rental model and the recipient
 * format of built strings.
 *
 * @example
 * ```ts
 * createMobileMoney({ cashKpwPerWon: 80 }).costOf(500).cashKpw;
 * //=> 40000
 * ```
 */
export interface MobileMoneyConfig {
  readonly policy?: TransferPolicy | undefined;
  readonly cashKpwPerWon?: number | undefined;
  readonly rates?: RateTable | undefined;
  readonly rentalModel?: RentalModelOverride | undefined;
  readonly recipientFormat?: RecipientFormat | undefined;
}

/**
 * The input of `planTransfer`: the transfer to dial, when, and the sender's earlier transfers.
 *
 * @example
 * ```ts
 * const mm = createMobileMoney();
 * mm.planTransfer({
 *   carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '482915',
 *   at: '2020-06-08T10:00:00+09:00',
 * }).ussd.redacted;
 * //=> '*999*300*01912345678*xxxxxx#'
 * ```
 */
export interface PlanTransferInput {
  readonly carrier: CarrierId;
  readonly amount: number;
  readonly recipient: string | TransferUssd['recipient'];
  readonly pin: string;
  readonly at: InstantInput;
  readonly history?: readonly HistoryEntry[] | undefined;
}

/**
 * What an amount of mobile money costs: cash KPW at the bound price, and yuan and dollars at a
 * rate table (the bound one, else the one in force at the date priced, else the June 2020
 * default), with the id of that table and a warning when the date lies outside the tables.
 *
 * @example
 * ```ts
 * createMobileMoney().costOf(300);
 * //=> {
 * //   cashKpw: 22500,
 * //   cny: { currency: 'CNY', minor: 1800 },
 * //   usd: { currency: 'USD', minor: 268 },
 * //   rateTableId: 'dailynk-2020-06-pyongyang',
 * //   warnings: []
 * // }
 * ```
 */
export interface TransferCost {
  readonly cashKpw: number;
  readonly cny: Money;
  readonly usd: Money;
  /** The id of the rate table the yuan and dollars are priced at. */
  readonly rateTableId: string;
  /** A date before the first table or after the last (`before_first_rate_table`, …), else none. */
  readonly warnings: readonly PlanWarning[];
}

/**
 * Options of `costOf`: `at`, the date to price at (its rate table, unless one is bound).
 *
 * @example
 * ```ts
 * createMobileMoney().costOf(300, { at: '2024-02-10T00:00:00+09:00' }).rateTableId;
 * //=> 'dailynk-2024-02'
 * ```
 */
export interface CostOptions {
  readonly at?: InstantInput | undefined;
}

/**
 * The input of `planGift`: how much (`won` of mobile money, or `cashKpw` to spend at the bound
 * price, exactly one of them), from when, to whom, and optionally the sender's carrier (for
 * cross-carrier warnings) and earlier transfers.
 *
 * @example
 * ```ts
 * createMobileMoney().planGift({ cashKpw: 1_000_000, from: '2020-06-08T00:00:00+09:00', recipients: ['0191 234 5678'] }).transfers.length;
 * //=> 27
 * ```
 */
export interface PlanGiftInput {
  readonly won?: number | undefined;
  readonly cashKpw?: number | undefined;
  readonly from: InstantInput;
  readonly recipients: readonly (string | KpPhoneNumber)[];
  readonly carrier?: CarrierId | undefined;
  readonly history?: readonly HistoryEntry[] | null | undefined;
}

/**
 * What a gift costs: the cash spent at the bound price and the change left from `cashKpw`, and
 * yuan and dollars with each transfer priced at its own date's table (or the bound one): the won
 * sent under each table priced together, rounded once (half-even), and the tables' shares added.
 *
 * @example
 * ```ts
 * createMobileMoney().planGift({ cashKpw: 1_000_000, from: '2020-06-08T00:00:00+09:00', recipients: ['0191 234 5678'] }).cost;
 * //=> {
 * //   cashKpw: 999975,
 * //   changeKpw: 25,
 * //   cny: { currency: 'CNY', minor: 79998 },
 * //   usd: { currency: 'USD', minor: 11904 },
 * //   rateTableIds: ['dailynk-2020-06-pyongyang']
 * // }
 * ```
 */
export interface GiftCost {
  readonly cashKpw: number;
  readonly changeKpw: number;
  readonly cny: Money;
  readonly usd: Money;
  /** The rate tables used, in the order of the transfers. */
  readonly rateTableIds: readonly string[];
}

/**
 * A planned gift: the won of mobile money, the transfers (see `scheduleTransfers`), the
 * Pyongyang days from the first transfer to the last (both counted), the cost, the policies
 * applied, warnings and sources.
 *
 * @example
 * ```ts
 * createMobileMoney().planGift({ cashKpw: 1_000_000, from: '2020-06-08T00:00:00+09:00', recipients: ['0191 234 5678'] }).days;
 * //=> 27
 * ```
 */
export interface GiftPlan {
  readonly won: number;
  readonly transfers: readonly ScheduledTransfer[];
  readonly days: number;
  readonly cost: GiftCost;
  readonly policyIds: readonly string[];
  readonly warnings: readonly PlanWarning[];
  readonly sources: readonly SourceId[];
}

/**
 * Something a plan's reader should know that is not a rule: a cross-carrier transfer, a
 * recipient with no known mobile money code, a date before the policy was reported.
 *
 * @example
 * ```ts
 * createMobileMoney().planTransfer({
 *   carrier: 'koryolink', amount: 300, recipient: '0195 123 4567', pin: '482915',
 *   at: '2020-06-08T10:00:00+09:00',
 * }).warnings.map((w) => w.code);
 * //=> ['cross_carrier']
 * ```
 */
export interface PlanWarning {
  readonly code:
    | 'cross_carrier'
    | 'recipient_without_mobile_money'
    | 'before_policy_report'
    | 'before_first_rate_table'
    | 'after_last_rate_table';
  readonly message: string;
  /** For a rate table warning: the gap as data (see `rateTableAt`). */
  readonly rateGap?: RateTableGap | undefined;
}

/**
 * A planned transfer: the string to dial (PIN masked in every view), its cost, the cap decision,
 * warnings and the ids of the sources behind it.
 *
 * @example
 * ```ts
 * createMobileMoney().planTransfer({
 *   carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '482915',
 *   at: '2020-06-08T10:00:00+09:00',
 * }).allowed;
 * //=> true
 * ```
 */
export interface TransferPlan {
  readonly ussd: TransferUssd;
  readonly cost: TransferCost;
  readonly cap: CapDecision;
  readonly allowed: boolean;
  readonly warnings: readonly PlanWarning[];
  readonly sources: readonly SourceId[];
}

/**
 * The facade: every module bound to one configuration, with no state of its own.
 *
 * @example
 * ```ts
 * createMobileMoney().costOf(500).cashKpw;
 * //=> 37500
 * ```
 */
export interface MobileMoney {
  /** The configuration in force, defaults filled in. */
  readonly config: {
    readonly policy: TransferPolicy | null;
    readonly cashKpwPerWon: number;
    /** The bound rate table, or null for the table in force at each date. */
    readonly rates: RateTable | null;
    readonly rentalModel: RentalModelOverride | null;
    readonly recipientFormat: RecipientFormat;
  };
  /** Builds the string to dial, prices it and checks it against the cap; throws a `KpmmError`. */
  planTransfer(input: PlanTransferInput): TransferPlan;
  /** The non-throwing twin of `planTransfer`. */
  safePlanTransfer(input: PlanTransferInput): SafeResult<TransferPlan>;
  /**
   * What `won` of mobile money costs in cash KPW, yuan and dollars at the bound price, at the
   * bound rate table, else the one in force `at` (with a warning outside the tables), else
   * `DEFAULT_RATE_TABLE`.
   */
  costOf(won: number, options?: CostOptions): TransferCost;
  /**
   * Plans a gift larger than one transfer: the schedule (`scheduleTransfers` under the bound
   * policy, else the one in force at each date), its days and its cost; throws a `KpmmError`.
   */
  planGift(input: PlanGiftInput): GiftPlan;
  /** The non-throwing twin of `planGift`. */
  safePlanGift(input: PlanGiftInput): SafeResult<GiftPlan>;
  /**
   * `quoteRental` under the bound rental model. A `model` given in the call replaces the bound
   * one as a whole (it is laid over `DEFAULT_RENTAL_MODEL`, not over the bound model).
   */
  quoteRental(input: RentalQuoteInput): RentalQuote;
  /**
   * Every fact of the library (as `facts()` lists them), then each bound value that is not the
   * default under `config.*` (`config.policy`, `config.cashKpwPerWon`, `config.rates`,
   * `config.rentalModel`, `config.recipientFormat`), with its grade and sources.
   */
  facts(): readonly Fact[];
}

const DAY_MS = 86_400_000;

// The facade's schemas are the one definition of its inputs, their field names included. A fast
// path only answers "valid or not"; a refused input is explained by its schema, each field it
// refuses worded by the module that parses it, or here for the facade's own fields.

/** The field names of a schema's shape, in its order. */
function namesOf<S extends object>(shape: S): (keyof S & string)[] {
  return Object.keys(shape).filter((key): key is keyof S & string => key in shape);
}

// `from` is written in backticks: the module walls read a quote after the word as an import.
const FROM = `from`;
const CONFIG_FIELDS: readonly string[] = namesOf(MobileMoneyConfigSchema.shape);
const PLAN_FIELDS = namesOf(PlanTransferInputSchema.shape);
const GIFT_FIELDS = namesOf(PlanGiftInputSchema.shape);

/**
 * The top fields a schema refuses, each with its first issue, the value shown to it as data (no
 * getter called, nothing inherited read).
 */
function refusedBy(schema: z.ZodMiniType, fields: object): Map<PropertyKey, z.core.$ZodIssue> {
  // Without a prototype, so that the schema reads no inherited field in place of a missing one.
  const view: Record<string, unknown> = {};
  Object.setPrototypeOf(view, null);
  for (const key of Object.keys(fields)) {
    const given: unknown = Reflect.get(fields, key);
    if (given !== undefined) view[key] = dataSnapshot(given);
  }
  const refused = new Map<PropertyKey, z.core.$ZodIssue>();
  for (const found of schema.safeParse(view).error?.issues ?? []) {
    const field = found.path[0] ?? '';
    if (!refused.has(field)) refused.set(field, found);
  }
  return refused;
}

function isCarrierId(value: unknown): value is CarrierId {
  return typeof value === 'string' && Object.hasOwn(CARRIERS, value);
}

function isRecipientFormat(value: unknown): value is RecipientFormat {
  return RECIPIENT_FORMATS.some((format) => format === value);
}

/** A whole, non-negative, safe number of won or KPW. */
function isWhole(value: unknown): value is number {
  return Number.isSafeInteger(value) && Number(value) >= 0;
}

/** A price of mobile money: a whole number of KPW, at least 1. */
function isPrice(value: unknown): value is number {
  return isWhole(value) && value > 0;
}

const WHOLE = `must be a whole number of won, at least 0 and at most ${String(Number.MAX_SAFE_INTEGER)}`;

/** A KpmmError with one issue. */
function refusal(code: KpmmErrorCode, path: readonly PathSegment[], message: string): KpmmError {
  return new KpmmError([{ code, path, message }]);
}

/** The value a module parsed, or null when it was not given. */
function dataOf<T>(result: SafeResult<T> | null): T | null {
  return result?.success === true ? result.data : null;
}

/**
 * A module's refusal of one config value, moved to where the config holds the value: a message
 * about the whole value names it as the config does (`config.policy …`).
 */
function moved(result: SafeResult<unknown> | null, field: string): KpmmError | null {
  if (result === null || result.success) return null;
  const name = `config.${field}`;
  const rename = (found: KpmmIssue): KpmmIssue =>
    found.path.length === 2 && !found.message.startsWith(`${name} `)
      ? { ...found, message: `${name}${found.message.slice(found.message.indexOf(' '))}` }
      : found;
  const [first, ...rest] = rebased(result.error, [], ['config', field]).issues;
  return new KpmmError([rename(first), ...rest.map(rename)]);
}

/**
 * Explains a refused config by MobileMoneyConfigSchema: the first field it refuses, in the order
 * of its fields, worded by the module that parses it or, for the price and the recipient format,
 * by the refusal given.
 */
function explainConfig(
  fields: object,
  refusals: readonly (readonly [string, KpmmError | null])[],
): never {
  const refused = refusedBy(MobileMoneyConfigSchema, fields);
  for (const [field, error] of refusals) if (error !== null && refused.has(field)) throw error;
  // The schema takes on data what the fast path refused: the config changed while it was read.
  throw refusal('invalid_config', ['config'], 'config could not be read as data');
}

/**
 * Validates a configuration once, by asking each module to parse its own part, and keeps frozen
 * copies of what it was given: the facade's answers never change after it is made.
 */
function bindConfig(config: MobileMoneyConfig = {}): MobileMoney['config'] {
  const fields = readFields(
    config,
    CONFIG_FIELDS,
    ['config'],
    { code: 'invalid_config', message: 'config must be an object' },
    { code: 'invalid_config' },
  );
  const { policy, cashKpwPerWon, rates, rentalModel, recipientFormat } = fields;
  // Each module parses its part once and hands back a frozen copy, so the facade's answers never
  // change after it is made, and a bound policy is compiled here, once.
  const boundPolicy = policy === undefined ? null : safeParsePolicy(policy);
  const boundRates = rates === undefined ? null : safeParseRateTable(rates);
  const boundModel = rentalModel === undefined ? null : safeParseRentalModel(rentalModel);
  const price = cashKpwPerWon ?? MOBILE_WON_PRICE.cashKpwPerWon;
  const boundFormat = recipientFormat === undefined ? 'national' : recipientFormat;
  // The fast path: valid or not. Only a refusal is explained, by the schema.
  if (
    boundPolicy?.success === false ||
    !isPrice(price) ||
    boundRates?.success === false ||
    boundModel?.success === false ||
    !isRecipientFormat(boundFormat)
  ) {
    return explainConfig(fields, [
      ['policy', moved(boundPolicy, 'policy')],
      [
        'cashKpwPerWon',
        isPrice(price)
          ? null
          : refusal(
              'invalid_rate',
              ['config', 'cashKpwPerWon'],
              'config.cashKpwPerWon must be a whole number of KPW greater than zero',
            ),
      ],
      ['rates', moved(boundRates, 'rates')],
      ['rentalModel', moved(boundModel, 'rentalModel')],
      [
        'recipientFormat',
        isRecipientFormat(boundFormat)
          ? null
          : refusal(
              'invalid_recipient_format',
              ['config', 'recipientFormat'],
              `config.recipientFormat must be one of ${RECIPIENT_FORMATS.join(', ')}`,
            ),
      ],
    ]);
  }
  return Object.freeze({
    policy: dataOf(boundPolicy),
    cashKpwPerWon: price,
    rates: dataOf(boundRates),
    rentalModel: dataOf(boundModel),
    recipientFormat: boundFormat,
  });
}

/**
 * Explains a refused planGift input by PlanGiftInputSchema: every field it refuses, in the order
 * of its fields. The amounts, the carrier and a missing field are worded here; from, recipients
 * and history by scheduleTransfers, whose schemas they are. (A Date, which the schema is shown as
 * something no schema takes, is refused there and found valid by scheduleTransfers.)
 */
function explainGift(own: Partial<PlanGiftInput>): never {
  const { recipients, history } = own;
  const from = own[FROM];
  const refused = refusedBy(PlanGiftInputSchema, own);
  // A missing from or recipients is worded here, and stands in the schedule's input as a valid one.
  const schedule = safeScheduleTransfers({
    totalWon: 0,
    from: from ?? 0,
    recipients: recipients ?? [],
    history: history ?? undefined,
  });
  const issues: KpmmIssue[] = [];
  const say = (code: KpmmErrorCode, field: string, message: string) =>
    issues.push({ code, path: [field], message: `${field} ${message}` });
  for (const field of GIFT_FIELDS) {
    const found = refused.get(field);
    if (found === undefined) continue;
    if (field === 'won' && found.code === 'custom') {
      // The schema's rule across fields, in its own words: one amount, not both.
      issues.push({ code: 'invalid_input', path: [field], message: found.message });
    } else if (field === 'won' || field === 'cashKpw') {
      say('invalid_amount', field, WHOLE);
    } else if (field === 'carrier') {
      say('unknown_carrier', field, `must be one of ${Object.keys(CARRIERS).join(', ')}`);
    } else if (field === FROM && from === undefined) {
      say('invalid_instant', field, 'is required: the instant the gift may start');
    } else if (field === 'recipients' && recipients === undefined) {
      say('invalid_input', field, 'must be an array of phone numbers');
    } else if (!schedule.success) {
      issues.push(...schedule.error.issues.filter((issue) => issue.path[0] === field));
    }
  }
  const [first, ...rest] = issues;
  // The fast path refuses an amount, a carrier or a missing field, which the schema refuses too.
  if (first === undefined) throw new TypeError('a gift was refused without an issue');
  throw new KpmmError([first, ...rest]);
}

function knownSources(ids: readonly string[]): readonly SourceId[] {
  return ids.filter((id): id is SourceId => Object.hasOwn(SOURCES, id));
}

/**
 * The facts of the library with the caller's own choices added: each bound value that is not the
 * default is listed under `config.*`, with the grade and sources it carries (a caller's figure is
 * `assumed` unless its table or policy says otherwise).
 */
function factsOf(bound: MobileMoney['config']): readonly Fact[] {
  const own: Fact[] = [];
  if (bound.policy !== null) {
    own.push({
      id: 'config.policy',
      value: bound.policy,
      unit: 'transfer policy judging every plan',
      grade: (Object.hasOwn(bound.policy, 'grade') ? bound.policy.grade : undefined) ?? 'assumed',
      sources: knownSources(bound.policy.sources),
      note: `Bound by createMobileMoney: ${bound.policy.id} judges every transfer, instead of the built-in policy in force at its date (policyAt).`,
    });
  }
  if (bound.cashKpwPerWon !== MOBILE_WON_PRICE.cashKpwPerWon) {
    own.push({
      id: 'config.cashKpwPerWon',
      value: bound.cashKpwPerWon,
      unit: 'KPW cash per won of mobile money',
      grade: 'assumed',
      sources: [],
      note: `Bound by createMobileMoney instead of MOBILE_WON_PRICE (KPW ${String(MOBILE_WON_PRICE.cashKpwPerWon)}, reported).`,
    });
  }
  if (bound.rates !== null) {
    own.push({
      id: 'config.rates',
      value: bound.rates,
      unit: 'KPW per unit of foreign currency',
      grade: bound.rates.grade,
      sources: knownSources([bound.rates.source]),
      note: `Bound by createMobileMoney instead of the table of RATE_TABLES in force at each date (rateTableAt): ${bound.rates.id}, as of ${bound.rates.asOf}, for every date.`,
    });
  }
  if (bound.rentalModel !== null) {
    own.push({
      id: 'config.rentalModel',
      value: bound.rentalModel,
      unit: 'override of DEFAULT_RENTAL_MODEL',
      grade:
        (Object.hasOwn(bound.rentalModel, 'grade') ? bound.rentalModel.grade : undefined) ??
        'assumed',
      sources: knownSources(
        (Object.hasOwn(bound.rentalModel, 'sources') ? bound.rentalModel.sources : undefined) ?? [],
      ),
      note: 'Bound by createMobileMoney: laid over DEFAULT_RENTAL_MODEL for every quote that names no model of its own.',
    });
  }
  if (bound.recipientFormat !== 'national') {
    own.push({
      id: 'config.recipientFormat',
      value: bound.recipientFormat,
      unit: 'how built strings write the recipient',
      grade: 'assumed',
      sources: [],
      note: 'Bound by createMobileMoney instead of DEFAULT_RECIPIENT_FORMAT (national).',
    });
  }
  const all = Object.freeze([...allFacts(), ...own.map((fact) => Object.freeze(fact))]);
  return all;
}

/**
 * The ids of {@link SOURCES} behind a plan, each once. A caller's policy or rate table may cite
 * sources of its own, which it keeps; the plan lists the library's.
 */
function unique(ids: readonly (readonly string[])[]): readonly SourceId[] {
  return Object.freeze(knownSources([...new Set(ids.flat())]));
}

/** Warnings about one recipient: a KPTC number, or a number on another network than `carrier`. */
function recipientWarnings(
  recipient: KpPhoneNumber,
  carrier: CarrierId | undefined,
  who: string,
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const { owner } = recipient;
  if (owner === 'kptc') {
    warnings.push({
      code: 'recipient_without_mobile_money',
      message: `${who} is a KPTC number, whose owner has no reported mobile money code`,
    });
  }
  if (carrier !== undefined && owner !== carrier) {
    const { name, serviceCode } = CARRIERS[carrier];
    warnings.push({
      code: 'cross_carrier',
      message: `the sender dials ${name} (*${serviceCode}*) but ${who}'s number is ${owner === 'kangsong' ? 'Kang Song NET' : owner === 'kptc' ? 'KPTC' : 'Koryolink'}; whether such transfers go through is not reported`,
    });
  }
  return warnings;
}

/** A rate table gap as a plan warning, carrying the gap itself. */
function gapWarning(gap: RateTableGap): PlanWarning {
  return Object.freeze({ code: gap.code, message: gap.message, rateGap: gap });
}

/** A warning when a gift's first transfer is dated before its policy was reported. */
function warningsOfDay(day: string, policy: TransferPolicy): PlanWarning[] {
  // Both are YYYY-MM-DD Pyongyang dates, which sort as text.
  if (day >= policy.effectiveFrom) return [];
  return [
    {
      code: 'before_policy_report',
      message: `the transfer is dated before ${policy.effectiveFrom}, when ${policy.id} was first reported; it is judged by that policy anyway`,
    },
  ];
}

/**
 * Binds a policy, the cash price, a rate table, a rental model and a recipient format once, and
 * returns the modules' functions composed under them. The result is frozen and holds no state.
 *
 * @param config - optional `{ policy?, cashKpwPerWon?, rates?, rentalModel?, recipientFormat? }`;
 *   by default the policy in force at each transfer, KPW 75 per won, the rate table in force at
 *   each date (June 2020 for an undated cost), the default rental model and national recipients
 * @returns the bound facade
 * @throws KpmmError `invalid_config`, `invalid_policy`, `invalid_rate`, `invalid_model`,
 *   `invalid_recipient_format` (paths start with `config`)
 * @example
 * ```ts
 * const mm = createMobileMoney();
 * const plan = mm.planTransfer({
 *   carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '482915',
 *   at: '2020-06-08T10:00:00+09:00',
 * });
 * [String(plan.ussd), plan.cost.cashKpw, plan.allowed];
 * //=> ['*999*300*01912345678*xxxxxx#', 22500, true]
 * ```
 */
export function createMobileMoney(config?: MobileMoneyConfig): MobileMoney {
  const bound = bindConfig(config);
  const boundFacts = factsOf(bound);

  /** The bound table, else the one in force at `at` (with its gap), else the default table. */
  const tableAt = (at: number | null): { table: RateTable; gap: RateTableGap | null } =>
    bound.rates !== null
      ? { table: bound.rates, gap: null }
      : at === null
        ? { table: DEFAULT_RATE_TABLE, gap: null }
        : rateTableAt(at);

  const priceAt = (won: number, at: number | null): TransferCost => {
    const { table, gap } = tableAt(at);
    return priceWith(won, table, gap);
  };

  const priceWith = (won: number, table: RateTable, gap: RateTableGap | null): TransferCost => {
    const cashKpw = mobileWonToCash(won, { cashKpwPerWon: bound.cashKpwPerWon });
    const options = { rates: table, cashKpwPerWon: bound.cashKpwPerWon } as const;
    return Object.freeze({
      cashKpw,
      cny: mobileWonCost(won, { ...options, currency: 'CNY' }),
      usd: mobileWonCost(won, { ...options, currency: 'USD' }),
      rateTableId: table.id,
      warnings: Object.freeze(gap === null ? [] : [gapWarning(gap)]),
    });
  };

  const costOf = (won: number, options?: CostOptions): TransferCost => {
    if (options === undefined) return priceAt(won, null);
    const { at } = readFields(options, ['at'], ['options'], {
      code: 'invalid_input',
      message: 'options must be { at? }',
    });
    return priceAt(won, at === undefined ? null : parseInstant(at, ['options', 'at']));
  };

  // Each field of the input is read once, and each value parsed once: the recipient by
  // buildTransferUssd, the instant here; the modules are then given the parsed values.
  const planTransfer = (input: PlanTransferInput): TransferPlan => {
    const own = readFieldsOf(input, PLAN_FIELDS, [], {
      code: 'invalid_input',
      message: 'planTransfer needs { carrier, amount, recipient, pin, at, history? }',
    });
    const ussd = buildTransferUssd({
      carrier: own.carrier,
      amount: own.amount,
      recipient: own.recipient,
      pin: own.pin,
      recipientFormat: bound.recipientFormat,
    });
    const at = parseInstant(own.at, ['at']);
    const policy = bound.policy ?? policyAt(at);
    // Every part of the proposed transfer is checked above, so only history can fail here.
    const cap = checkTransfer({
      history: own.history ?? [],
      proposed: { at, amount: ussd.amount, recipient: ussd.recipient },
      policy,
    });
    const { table, gap } = tableAt(at);
    const cost = priceWith(ussd.amount, table, gap);
    return Object.freeze({
      ussd,
      cost,
      cap,
      allowed: cap.allowed,
      warnings: Object.freeze([
        ...recipientWarnings(ussd.recipient, ussd.carrier, 'the recipient'),
        ...cap.warnings,
        ...cost.warnings,
      ]),
      sources: unique([
        CARRIERS[ussd.carrier].sources,
        policy.sources,
        MOBILE_WON_PRICE.sources,
        [table.source],
      ]),
    });
  };

  const planGift = (input: PlanGiftInput): GiftPlan => {
    const own: Partial<PlanGiftInput> = readFieldsOf(input, GIFT_FIELDS, [], {
      code: 'invalid_input',
      message: 'planGift needs { won or cashKpw, from, recipients, carrier?, history? }',
    });
    const { won: wonInput, cashKpw: cashInput, recipients, carrier, history } = own;
    const from = own[FROM];
    // The fast path, for the fields the facade reads itself: exactly one amount, whole, and a
    // known carrier; scheduleTransfers judges from, recipients and history, which it requires.
    const amount = cashInput === undefined ? wonInput : wonInput === undefined ? cashInput : -1;
    if (
      !isWhole(amount) ||
      !(carrier === undefined || isCarrierId(carrier)) ||
      from === undefined ||
      recipients === undefined
    ) {
      return explainGift(own);
    }
    // Cash buys whole won with change; won goes to the schedule as it is.
    const { mobileWon: won, changeKpw } =
      cashInput === undefined
        ? { mobileWon: amount, changeKpw: 0 }
        : cashToMobileWon(amount, { cashKpwPerWon: bound.cashKpwPerWon });
    let transfers: readonly ScheduledTransfer[];
    try {
      transfers = scheduleTransfers({
        totalWon: won,
        from,
        recipients,
        history: history ?? undefined,
        ...(bound.policy === null ? {} : { policy: bound.policy }),
      });
    } catch (error) {
      // The schedule calls the total totalWon; here it is the field the caller gave.
      if (isKpmmError(error) && error.path[0] === 'totalWon') {
        throw rebased(error, ['totalWon'], [cashInput === undefined ? 'won' : 'cashKpw']);
      }
      throw error;
    }
    return giftOf(won, changeKpw, transfers, carrier);
  };

  const giftOf = (
    won: number,
    changeKpw: number,
    transfers: readonly ScheduledTransfer[],
    carrier: CarrierId | undefined,
  ): GiftPlan => {
    // The won priced at each table, so that each table's share is rounded once, not each transfer.
    const byTable = new Map<RateTable, number>();
    const gaps = new Map<string, RateTableGap>();
    for (const transfer of transfers) {
      const { table, gap } = tableAt(Date.parse(transfer.at));
      byTable.set(table, (byTable.get(table) ?? 0) + transfer.amount);
      // One warning per kind of gap: the widest, which the first or last transfer has.
      if (gap !== null && (gaps.get(gap.code)?.days ?? -1) < gap.days) gaps.set(gap.code, gap);
    }
    let cny = 0;
    let usd = 0;
    for (const [table, tableWon] of byTable) {
      const options = { rates: table, cashKpwPerWon: bound.cashKpwPerWon } as const;
      cny += mobileWonCost(tableWon, { ...options, currency: 'CNY' }).minor;
      usd += mobileWonCost(tableWon, { ...options, currency: 'USD' }).minor;
    }
    const tables = [...byTable.keys()];
    const policies = [...new Set(transfers.map((t) => t.policyId))].map(
      (id) => bound.policy ?? Object.values(POLICIES).find((p) => p.id === id) ?? policyAt(0),
    );
    const recipients = [...new Map(transfers.map((t) => [t.recipient.nsn, t.recipient])).values()];
    const warnings: PlanWarning[] = recipients.flatMap((recipient) =>
      recipientWarnings(recipient, carrier, `recipient ${recipient.national}`),
    );
    const first = transfers[0];
    const last = transfers[transfers.length - 1];
    if (first !== undefined) {
      const firstPolicy = policies[0];
      if (firstPolicy !== undefined) warnings.push(...warningsOfDay(first.day, firstPolicy));
    }
    for (const gap of gaps.values()) warnings.push(gapWarning(gap));
    const days =
      first === undefined || last === undefined
        ? 0
        : (Date.parse(`${last.day}T00:00:00Z`) - Date.parse(`${first.day}T00:00:00Z`)) / DAY_MS + 1;
    return Object.freeze({
      won,
      transfers,
      days,
      cost: Object.freeze({
        cashKpw: mobileWonToCash(won, { cashKpwPerWon: bound.cashKpwPerWon }),
        changeKpw,
        cny: Object.freeze({ currency: 'CNY', minor: cny }),
        usd: Object.freeze({ currency: 'USD', minor: usd }),
        rateTableIds: Object.freeze(tables.map((t) => t.id)),
      }),
      policyIds: Object.freeze(policies.map((p) => p.id)),
      warnings: Object.freeze(warnings.map((w) => Object.freeze(w))),
      sources: unique([
        ...(carrier === undefined ? [] : [CARRIERS[carrier].sources]),
        ...policies.map((p) => p.sources),
        MOBILE_WON_PRICE.sources,
        tables.map((t) => t.source),
      ]),
    });
  };

  return Object.freeze({
    config: bound,
    planTransfer,
    safePlanTransfer: toSafe(planTransfer),
    costOf,
    planGift,
    safePlanGift: toSafe(planGift),
    quoteRental: (input: RentalQuoteInput): RentalQuote => {
      // The bound model fills in only when the input is an object that brings no model of its own.
      const own = looseFields(input, ['model']);
      return quoteRentalWith(
        bound.rentalModel === null || own === undefined || own['model'] !== undefined
          ? input
          : { ...input, model: bound.rentalModel },
      );
    },
    facts: () => boundFacts,
  });
}
