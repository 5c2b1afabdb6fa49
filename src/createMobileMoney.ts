import { looseFields, ownCopy, ownValue, readFields } from './core/internal/fields.js';
import { daysFromCivil } from './core/internal/civil.js';
import { startOfPyongyangDayNumber } from './core/internal/pyongyang.js';
import { fail, rebased } from './core/internal/fail.js';
import {
  SOURCES,
  parseInstant,
  toSafe,
  type SourceId,
  type InstantInput,
  type Money,
  type SafeResult,
} from './core/index.js';
import {
  checkTransfer,
  policyAt,
  safeCheckTransfer,
  type CapDecision,
  type HistoryEntry,
  type TransferPolicy,
} from './cap/index.js';
import {
  DEFAULT_RATE_TABLE,
  MOBILE_WON_PRICE,
  isRateTable,
  mobileWonCost,
  mobileWonToCash,
  safeMobileWonToCash,
  type RateTable,
} from './exchange/index.js';
import {
  quoteRental as quoteRentalWith,
  safeQuoteRental,
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
import { facts as allFacts, type Fact } from './sources.js';

/**
 * What `createMobileMoney` binds once: the cap policy (by default the one in force at each
 * transfer), the cash price of one won, the rate table, the rental model and the recipient
 * format of built strings.
 *
 * @example
 * ```ts
 * const config: MobileMoneyConfig = { cashKpwPerWon: 80, recipientFormat: 'nsn' };
 * //=> { cashKpwPerWon: 80, recipientFormat: 'nsn' }
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
 * const input: PlanTransferInput = {
 *   carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '482915',
 *   at: '2020-06-08T10:00:00+09:00',
 * };
 * //=> { carrier: 'koryolink', amount: 300, … }
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
 * What an amount of mobile money costs: cash KPW at the bound price, and yuan and dollars at
 * the bound rate table.
 *
 * @example
 * ```ts
 * const cost: TransferCost = { cashKpw: 22_500, cny: { currency: 'CNY', minor: 1800 }, usd: { currency: 'USD', minor: 268 } };
 * //=> { cashKpw: 22500, … }
 * ```
 */
export interface TransferCost {
  readonly cashKpw: number;
  readonly cny: Money;
  readonly usd: Money;
}

/**
 * Something a plan's reader should know that is not a rule: a cross-carrier transfer, a
 * recipient with no known mobile money code, a date before the policy was reported.
 *
 * @example
 * ```ts
 * const w: PlanWarning = { code: 'cross_carrier', message: 'the recipient is on Kang Song NET, the sender dials Koryolink' };
 * //=> { code: 'cross_carrier', … }
 * ```
 */
export interface PlanWarning {
  readonly code: 'cross_carrier' | 'recipient_without_mobile_money' | 'before_policy_report';
  readonly message: string;
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
  readonly sources: readonly string[];
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
    readonly rates: RateTable;
    readonly rentalModel: RentalModelOverride | null;
    readonly recipientFormat: RecipientFormat;
  };
  /** Builds the string to dial, prices it and checks it against the cap; throws a `KpmmError`. */
  planTransfer(input: PlanTransferInput): TransferPlan;
  /** The non-throwing twin of `planTransfer`. */
  safePlanTransfer(input: PlanTransferInput): SafeResult<TransferPlan>;
  /** What `won` of mobile money costs in cash KPW, yuan and dollars at the bound price and rates. */
  costOf(won: number): TransferCost;
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

const PROBE_AT = Date.UTC(2020, 5, 8);

const PLAN_KEYS: readonly string[] = ['carrier', 'amount', 'recipient', 'pin', 'at', 'history'];

const CONFIG_KEYS: readonly string[] = [
  'policy',
  'cashKpwPerWon',
  'rates',
  'rentalModel',
  'recipientFormat',
];

function isRecipientFormat(value: unknown): value is RecipientFormat {
  return RECIPIENT_FORMATS.some((format) => format === value);
}

/** A frozen copy of a checked policy, so that later changes to the caller's object change nothing. */
function frozenPolicy(policy: TransferPolicy): TransferPolicy {
  const { window, grade, assumptions, note } = policy;
  return Object.freeze({
    id: policy.id,
    label: policy.label,
    rules: Object.freeze(
      policy.rules.map((rule) =>
        Object.freeze(
          rule.kind === 'sender-daily'
            ? { kind: rule.kind, maxTransfers: rule.maxTransfers, maxAmountWon: rule.maxAmountWon }
            : { kind: rule.kind, maxTransfers: rule.maxTransfers },
        ),
      ),
    ),
    window:
      window === 'calendar-day' ? window : Object.freeze({ rollingHours: window.rollingHours }),
    timeZone: policy.timeZone,
    effectiveFrom: policy.effectiveFrom,
    sources: Object.freeze([...policy.sources]),
    ...(grade === undefined ? {} : { grade }),
    ...(assumptions === undefined ? {} : { assumptions: Object.freeze([...assumptions]) }),
    ...(note === undefined ? {} : { note }),
  });
}

/** A frozen copy of a checked rate table. */
function frozenRates(rates: RateTable): RateTable {
  const { USD, CNY, EUR } = rates.kpwPerUnit;
  return Object.freeze({
    id: rates.id,
    asOf: rates.asOf,
    kpwPerUnit: Object.freeze(EUR === undefined ? { USD, CNY } : { USD, CNY, EUR }),
    place: rates.place,
    source: rates.source,
    grade: rates.grade,
    note: rates.note,
  });
}

/** A frozen copy of a checked rental model override: each part is a flat table. */
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

/**
 * Validates a configuration once, by asking each module to judge its own part, and keeps frozen
 * copies of what it was given: the facade's answers never change after it is made.
 */
function bindConfig(config: MobileMoneyConfig = {}): MobileMoney['config'] {
  readFields(
    config,
    CONFIG_KEYS,
    ['config'],
    { code: 'invalid_config', message: 'config must be an object' },
    { code: 'invalid_config' },
  );
  const { policy, cashKpwPerWon, rates, rentalModel, recipientFormat } = ownCopy(config);
  // Stryker disable next-line ConditionalExpression: without a policy the probe would judge the
  // built-in one, which passes; the guard only saves the call.
  if (policy !== undefined) {
    const probe = safeCheckTransfer({
      history: [],
      proposed: { at: PROBE_AT, amount: 1, recipient: '01912345678' },
      policy,
    });
    if (!probe.success) throw rebased(probe.error, ['policy'], ['config', 'policy']);
  }
  const price = cashKpwPerWon ?? MOBILE_WON_PRICE.cashKpwPerWon;
  if (!safeMobileWonToCash(1, { cashKpwPerWon: price }).success) {
    fail(
      'invalid_rate',
      ['config', 'cashKpwPerWon'],
      'config.cashKpwPerWon must be a whole number of KPW greater than zero',
    );
  }
  if (rates !== undefined && !isRateTable(rates)) {
    fail(
      'invalid_rate',
      ['config', 'rates'],
      'config.rates must be a rate table of the shape of RATE_TABLES, with whole, positive rates',
    );
  }
  // Stryker disable next-line ConditionalExpression: without an override the probe would quote
  // the default model, which passes; the guard only saves the call.
  if (rentalModel !== undefined) {
    const probe = safeQuoteRental({
      region: 'north-pyongan',
      destination: 'china',
      model: rentalModel,
    });
    if (!probe.success) throw rebased(probe.error, ['model'], ['config', 'rentalModel']);
  }
  if (recipientFormat !== undefined && !isRecipientFormat(recipientFormat)) {
    fail(
      'invalid_recipient_format',
      ['config', 'recipientFormat'],
      `config.recipientFormat must be one of ${RECIPIENT_FORMATS.join(', ')}`,
    );
  }
  return Object.freeze({
    policy: policy === undefined ? null : frozenPolicy(policy),
    cashKpwPerWon: price,
    rates: rates === undefined ? DEFAULT_RATE_TABLE : frozenRates(rates),
    rentalModel: rentalModel === undefined ? null : frozenModel(rentalModel),
    recipientFormat: recipientFormat ?? 'national',
  });
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
      grade: ownValue(bound.policy, 'grade') ?? 'assumed',
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
  if (bound.rates !== DEFAULT_RATE_TABLE) {
    own.push({
      id: 'config.rates',
      value: bound.rates,
      unit: 'KPW per unit of foreign currency',
      grade: bound.rates.grade,
      sources: knownSources([bound.rates.source]),
      note: `Bound by createMobileMoney instead of DEFAULT_RATE_TABLE (${DEFAULT_RATE_TABLE.id}): ${bound.rates.id}, as of ${bound.rates.asOf}.`,
    });
  }
  if (bound.rentalModel !== null) {
    own.push({
      id: 'config.rentalModel',
      value: bound.rentalModel,
      unit: 'override of DEFAULT_RENTAL_MODEL',
      grade: ownValue(bound.rentalModel, 'grade') ?? 'assumed',
      sources: knownSources(ownValue(bound.rentalModel, 'sources') ?? []),
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

function unique(ids: readonly (readonly string[])[]): readonly string[] {
  return Object.freeze([...new Set(ids.flat())]);
}

function warningsOf(ussd: TransferUssd, at: number, policy: TransferPolicy): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const owner = ussd.recipient.owner;
  if (owner === 'kptc') {
    warnings.push({
      code: 'recipient_without_mobile_money',
      message: 'the recipient is a KPTC number, whose owner has no reported mobile money code',
    });
  }
  if (ussd.crossCarrier) {
    warnings.push({
      code: 'cross_carrier',
      message: `the sender dials ${CARRIERS[ussd.carrier].name} (*${ussd.serviceCode}*) but the recipient's number is ${owner === 'kangsong' ? 'Kang Song NET' : owner === 'kptc' ? 'KPTC' : 'Koryolink'}; whether such transfers go through is not reported`,
    });
  }
  const { effectiveFrom } = policy;
  // Pyongyang midnight of that date, at whatever offset the zone had then (UTC+8:30 in 2015-2018).
  const [year = 0, month = 1, day = 1] = effectiveFrom.split('-').map(Number);
  if (startOfPyongyangDayNumber(daysFromCivil(year, month, day)) > at) {
    warnings.push({
      code: 'before_policy_report',
      message: `the transfer is dated before ${effectiveFrom}, when ${policy.id} was first reported; it is judged by that policy anyway`,
    });
  }
  return warnings;
}

/**
 * Binds a policy, the cash price, a rate table, a rental model and a recipient format once, and
 * returns the modules' functions composed under them. The result is frozen and holds no state.
 *
 * @param config - optional `{ policy?, cashKpwPerWon?, rates?, rentalModel?, recipientFormat? }`;
 *   by default the policy in force at each transfer, KPW 75 per won, the June 2020 rate table,
 *   the default rental model and national recipients
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

  const costOf = (won: number): TransferCost => {
    const cashKpw = mobileWonToCash(won, { cashKpwPerWon: bound.cashKpwPerWon });
    const options = { rates: bound.rates, cashKpwPerWon: bound.cashKpwPerWon } as const;
    return Object.freeze({
      cashKpw,
      cny: mobileWonCost(won, { ...options, currency: 'CNY' }),
      usd: mobileWonCost(won, { ...options, currency: 'USD' }),
    });
  };

  const planTransfer = (input: PlanTransferInput): TransferPlan => {
    readFields(input, PLAN_KEYS, [], {
      code: 'invalid_input',
      message: 'planTransfer needs { carrier, amount, recipient, pin, at, history? }',
    });
    const own = ownCopy(input);
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
    return Object.freeze({
      ussd,
      cost: costOf(ussd.amount),
      cap,
      allowed: cap.allowed,
      warnings: Object.freeze(warningsOf(ussd, at, policy)),
      sources: unique([
        CARRIERS[ussd.carrier].sources,
        policy.sources,
        MOBILE_WON_PRICE.sources,
        [bound.rates.source],
      ]),
    });
  };

  return Object.freeze({
    config: bound,
    planTransfer,
    safePlanTransfer: toSafe(planTransfer),
    costOf,
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
