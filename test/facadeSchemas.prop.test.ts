// MobileMoneyConfigSchema and PlanTransferInputSchema are the one definition of the facade's config
// and of planTransfer's input: the fast path (each module parsing its part, and the facade's own
// fields checked yes or no) only says valid or not, and a refusal is explained by the schema. The
// fast-path law: the same values pass, and a refused value is refused first at the field the
// schema refuses first, every issue at a field the schema refuses.
import fc from 'fast-check';
import { isPlainOrNotObject } from './helpers.js';
import { describe, expect, it } from 'vitest';
import {
  MobileMoneyConfigSchema,
  PlanTransferInputSchema,
  createMobileMoney,
  isKpmmError,
  type KpmmError,
  type MobileMoney,
} from '../src/index.js';
import {
  arbAnyField,
  arbAnyRateTable,
  arbAnyValue,
  arbCashKpwPerWon,
  arbEdgeNumber,
  arbHistory,
  arbInstant,
  arbLooseTransferInput,
  arbMobileMoneyConfig,
  arbNastyString,
  arbNearPolicy,
  arbNearly,
  arbPlanTransferInput,
  arbPolicy,
  arbPolicyLike,
  arbRecipientFormat,
  arbRentalModel,
  arbRentalModelOverride,
} from './arbitraries.js';

/** The KpmmError a call throws, or null when it returns; any other throw fails the law. */
function refusal(call: () => unknown): KpmmError | null {
  try {
    call();
    return null;
  } catch (error) {
    if (isKpmmError(error)) return error;
    throw error;
  }
}

/** The first of `order` that a schema issue's top field names; `''` is the value itself. */
function firstRefused(
  issues: readonly {
    readonly code?: string;
    readonly path: readonly PropertyKey[];
    readonly keys?: readonly string[];
  }[],
  order: readonly string[],
): string | undefined {
  // A field the schema does not know is refused first, at that field.
  const unknown = issues.find(
    (issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0,
  );
  if (unknown?.keys?.[0] !== undefined) return unknown.keys[0];
  const fields = new Set(issues.map((issue) => (issue.path.length === 0 ? '' : issue.path[0])));
  return order.find((field) => fields.has(field));
}

/** The top fields a schema's issues name, each unknown key by its own name; '' is the value itself. */
function schemaFields(
  issues: readonly { readonly path: readonly PropertyKey[]; readonly keys?: readonly string[] }[],
): Set<string> {
  return new Set(issues.flatMap((issue) => [String(issue.path[0] ?? ''), ...(issue.keys ?? [])]));
}

// The order in which createMobileMoney judges its config: the value itself (an object, with no
// unknown field), then each field.
const CONFIG_ORDER = ['', 'policy', 'cashKpwPerWon', 'rates', 'rentalModel', 'recipientFormat'];

// The order in which planTransfer judges its input: the value itself, the transfer, its instant,
// then the history.
const PLAN_ORDER = ['', 'carrier', 'amount', 'recipient', 'pin', 'at', 'history'];

/** A copy of `value` with `key` set as an own, enumerable field (`__proto__` included). */
function withField(value: object, key: string, field: unknown): Record<string, unknown> {
  return Object.defineProperty({ ...value }, key, {
    value: field,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const arbNullish = fc.constantFrom(null, undefined);

/**
 * A valid config with one field set to a value the facade may or may not take: a near policy, an
 * edge price or null, a spoiled rate table, a model override that may break a whole model's
 * rules, a wrong recipient format, or a field it does not know.
 */
const arbConfigEdit: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    arbMobileMoneyConfig,
    fc.oneof(
      fc.tuple(fc.constant('policy'), fc.oneof(arbNearPolicy, arbPolicyLike, arbNullish)),
      fc.tuple(
        fc.constant('cashKpwPerWon'),
        fc.oneof(
          fc.integer({ min: -1, max: 1 }),
          arbEdgeNumber,
          arbNullish,
          fc.constantFrom('75', 75n),
        ),
      ),
      fc.tuple(fc.constant('rates'), fc.oneof(arbNearly(arbAnyRateTable), arbNullish)),
      fc.tuple(
        fc.constant('rentalModel'),
        fc.oneof(arbRentalModelOverride, arbNearly(arbRentalModelOverride), arbNullish),
      ),
      fc.tuple(
        fc.constant('recipientFormat'),
        fc.oneof(arbRecipientFormat, arbNullish, fc.constantFrom('e164', 'NSN', '')),
      ),
      fc.tuple(fc.constantFrom('cashKpwperWon', 'model', '__proto__', 'toString'), arbAnyValue),
    ),
  )
  .map(([config, [key, field]]) => withField(config, key, field));

/** An object with a config's fields, each valid, nearly valid or anything. */
const arbConfigLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    policy: fc.oneof(arbPolicy, arbNearPolicy, arbPolicyLike, arbAnyValue),
    cashKpwPerWon: fc.oneof(arbCashKpwPerWon, arbEdgeNumber, fc.constant(null), arbAnyValue),
    rates: fc.oneof(arbAnyRateTable, arbNearly(arbAnyRateTable), arbAnyValue),
    rentalModel: fc.oneof(
      arbRentalModel,
      arbRentalModelOverride,
      arbNearly(arbRentalModelOverride),
      arbAnyValue,
    ),
    recipientFormat: fc.oneof(arbRecipientFormat, arbNastyString, arbAnyValue),
  },
  { requiredKeys: [] },
);

// Without an argument createMobileMoney binds `{}`; the schema is of a config that is given.
const arbConfigInput: fc.Arbitrary<unknown> = fc
  .oneof(
    { weight: 3, arbitrary: arbConfigEdit },
    { weight: 1, arbitrary: arbNearly(arbMobileMoneyConfig) },
    { weight: 1, arbitrary: arbConfigLike },
    { weight: 1, arbitrary: arbAnyValue },
  )
  .filter((config) => config !== undefined);

/**
 * A valid plan input, its amount mostly small, with one field set to a value planTransfer may or
 * may not take: a history that is null, empty, not an array or nearly valid, a spoiled instant,
 * a transfer field of any kind, or a field it ignores.
 */
const arbPlanEdit: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    arbPlanTransferInput,
    fc.boolean(),
    fc.oneof(
      fc.tuple(
        fc.constant('history'),
        fc.oneof(arbNullish, fc.constantFrom([], {}, 'none'), arbNearly(arbHistory)),
      ),
      fc.tuple(
        fc.constant('at'),
        fc.oneof(arbNearly(arbInstant), arbEdgeNumber, arbNastyString, arbNullish),
      ),
      fc.tuple(fc.constantFrom('carrier', 'amount', 'recipient', 'pin'), arbAnyField),
      fc.tuple(fc.constantFrom('recipientFormat', 'note', '__proto__'), arbAnyValue),
    ),
  )
  .map(([input, small, [key, field]]) =>
    withField(small ? { ...input, amount: (input.amount % 1000) + 1 } : input, key, field),
  );

/** An object with a plan input's fields, each valid, nearly valid or anything. */
const arbPlanLike: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    arbLooseTransferInput,
    fc.oneof(arbInstant, arbNearly(arbInstant), arbNastyString, arbAnyValue),
    fc.oneof(arbHistory, arbNearly(arbHistory), arbNullish, arbAnyValue),
  )
  .map(([transfer, at, history]) => ({ ...transfer, at, history }));

const arbPlanInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: arbPlanTransferInput },
  { weight: 3, arbitrary: arbPlanEdit },
  { weight: 1, arbitrary: arbNearly(arbPlanTransferInput) },
  { weight: 1, arbitrary: arbPlanLike },
  { weight: 1, arbitrary: arbAnyValue },
);

/** The plan input's amount when the schema took it: the facade then fails only on its cost. */
function amountOf(input: unknown): number {
  const parsed = PlanTransferInputSchema.safeParse(input);
  if (!parsed.success) throw new Error('amountOf needs an input the schema accepts');
  return parsed.data.amount;
}

// 75 KPW a won: the cash cost of a larger amount passes Number.MAX_SAFE_INTEGER.
const DEFAULT_LARGEST_AMOUNT = Math.floor(Number.MAX_SAFE_INTEGER / 75);

describe('createMobileMoney accepts what MobileMoneyConfigSchema accepts (the fast-path law)', () => {
  it('every valid config passes both', () => {
    fc.assert(
      fc.property(arbMobileMoneyConfig, (config) => {
        expect(MobileMoneyConfigSchema.safeParse(config).success).toBe(true);
        expect(refusal(() => createMobileMoney(config))).toBeNull();
      }),
    );
  });

  it('any value passes the schema exactly when createMobileMoney binds it, and fails first at the same field', () => {
    fc.assert(
      fc.property(arbConfigInput, (config) => {
        fc.pre(isPlainOrNotObject(config));
        const parsed = MobileMoneyConfigSchema.safeParse(config);
        const error = refusal(() => createMobileMoney(config as never));
        expect(parsed.success).toBe(error === null);
        if (parsed.success || error === null) return;
        // The facade names its fields under `config`, and stops at the first bad one.
        expect(error.path[0]).toBe('config');
        expect(String(error.path[1] ?? '')).toBe(firstRefused(parsed.error.issues, CONFIG_ORDER));
        const refused = schemaFields(parsed.error.issues);
        for (const found of error.issues) expect(refused).toContain(String(found.path[1] ?? ''));
      }),
    );
  });
});

describe('planTransfer accepts what PlanTransferInputSchema accepts, but for a cost past 2^53 (the fast-path law)', () => {
  it('under the default config: the same inputs pass, up to the largest amount whose cash cost is safe', () => {
    const mm = createMobileMoney();
    fc.assert(
      fc.property(arbPlanInput, (input) => {
        fc.pre(isPlainOrNotObject(input));
        const parsed = PlanTransferInputSchema.safeParse(input);
        const error = refusal(() => mm.planTransfer(input as never));
        expect(error === null).toBe(parsed.success && parsed.data.amount <= DEFAULT_LARGEST_AMOUNT);
        if (parsed.success && error !== null) {
          expect(error.code).toBe('out_of_range');
        }
        if (!parsed.success && error !== null) {
          expect(String(error.path[0] ?? '')).toBe(firstRefused(parsed.error.issues, PLAN_ORDER));
          const refused = schemaFields(parsed.error.issues);
          for (const found of error.issues) expect(refused).toContain(String(found.path[0] ?? ''));
        }
      }),
    );
  });

  it('under any config: an input passes exactly when the schema takes it and its cost is representable', () => {
    fc.assert(
      fc.property(arbMobileMoneyConfig, arbPlanInput, (config, input) => {
        fc.pre(isPlainOrNotObject(input));
        const mm: MobileMoney = createMobileMoney(config);
        const parsed = PlanTransferInputSchema.safeParse(input);
        const error = refusal(() => mm.planTransfer(input as never));
        if (!parsed.success) {
          expect(error).not.toBeNull();
          expect(String(error?.path[0] ?? '')).toBe(firstRefused(parsed.error.issues, PLAN_ORDER));
          return;
        }
        const costError = refusal(() => mm.costOf(amountOf(input)));
        expect(error?.code ?? null).toBe(costError?.code ?? null);
        if (error !== null) expect(error.code).toBe('out_of_range');
      }),
    );
  });

  it('a recipientFormat or any other field the input does not know is refused by both, at that field', () => {
    fc.assert(
      fc.property(
        arbPlanTransferInput,
        fc.constantFrom('recipientFormat', 'note', 'policy'),
        arbAnyValue,
        (input, key, value) => {
          const small = { ...input, amount: (input.amount % 1000) + 1 };
          const extended = { ...small, [key]: value };
          expect(PlanTransferInputSchema.safeParse(extended).success).toBe(false);
          const error = refusal(() => createMobileMoney().planTransfer(extended));
          expect(error?.code).toBe('invalid_input');
          expect(error?.path).toEqual([key]);
        },
      ),
    );
  });
});
