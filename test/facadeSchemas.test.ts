import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  DEFAULT_RATE_TABLE,
  LIMITS_2022,
  MobileMoneyConfigSchema,
  PlanGiftInputSchema,
  PlanTransferInputSchema,
  RATE_TABLES,
  createMobileMoney,
  type KpmmErrorCode,
  type PathSegment,
} from '../src/index.js';
import { expectKpmmError } from './helpers.js';

/** The distinct paths of a schema's issues, in the order it found them; none when it passes. */
function schemaPaths(
  schema: typeof MobileMoneyConfigSchema | typeof PlanTransferInputSchema,
  value: unknown,
): PathSegment[][] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  const seen = new Map<string, PathSegment[]>();
  for (const found of parsed.error.issues) {
    const path = found.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    seen.set(JSON.stringify(path), path);
  }
  return [...seen.values()];
}

interface Refused {
  readonly code: KpmmErrorCode;
  readonly path: readonly PathSegment[];
}

const configCases = [
  { label: 'an empty config', config: {}, paths: [] },
  {
    label: 'every field set',
    config: {
      policy: LIMITS_2022,
      cashKpwPerWon: 80,
      rates: RATE_TABLES['dailynk-2020-06-pyongyang'],
      rentalModel: { price: { stepFen: 500 } },
      recipientFormat: 'nsn',
    },
    paths: [],
  },
  { label: 'fields set to undefined', config: { policy: undefined, rates: undefined }, paths: [] },
  { label: 'a null price, read as the default', config: { cashKpwPerWon: null }, paths: [] },
  {
    label: 'a policy with a field the schema ignores',
    config: { policy: { ...DAILY_CAP_2020, reviewedBy: 'me' } },
    paths: [],
  },
  {
    label: 'null instead of a config',
    config: null,
    paths: [[]],
    refused: { code: 'invalid_config', path: ['config'] },
  },
  {
    label: 'an array instead of a config',
    config: [],
    paths: [[]],
    refused: { code: 'invalid_config', path: ['config'] },
  },
  {
    label: 'a misspelt field',
    config: { cashKpwperWon: 80 },
    paths: [[]],
    refused: { code: 'invalid_config', path: ['config', 'cashKpwperWon'] },
  },
  {
    label: 'a price of zero',
    config: { cashKpwPerWon: 0 },
    paths: [['cashKpwPerWon']],
    refused: { code: 'invalid_rate', path: ['config', 'cashKpwPerWon'] },
  },
  {
    label: 'a fractional price',
    config: { cashKpwPerWon: 75.5 },
    paths: [['cashKpwPerWon']],
    refused: { code: 'invalid_rate', path: ['config', 'cashKpwPerWon'] },
  },
  {
    label: 'a price as text',
    config: { cashKpwPerWon: '75' },
    paths: [['cashKpwPerWon']],
    refused: { code: 'invalid_rate', path: ['config', 'cashKpwPerWon'] },
  },
  {
    label: 'a policy with no rules',
    config: { policy: { ...DAILY_CAP_2020, rules: [] } },
    paths: [['policy', 'rules']],
    refused: { code: 'invalid_policy', path: ['config', 'policy', 'rules'] },
  },
  {
    label: 'a policy in another time zone',
    config: { policy: { ...LIMITS_2022, timeZone: 'UTC' } },
    paths: [['policy', 'timeZone']],
    refused: { code: 'invalid_policy', path: ['config', 'policy', 'timeZone'] },
  },
  {
    label: 'a null policy',
    config: { policy: null },
    paths: [['policy']],
    refused: { code: 'invalid_policy', path: ['config', 'policy'] },
  },
  {
    label: 'a rate table with a zero dollar rate',
    config: { rates: { ...DEFAULT_RATE_TABLE, kpwPerUnit: { USD: 0, CNY: 1250 } } },
    paths: [['rates', 'kpwPerUnit', 'USD']],
    refused: { code: 'invalid_rate', path: ['config', 'rates', 'kpwPerUnit', 'USD'] },
  },
  {
    label: 'a model whose price range is upside down once the default fills it',
    config: { rentalModel: { price: { fromFen: 25_000 } } },
    paths: [['rentalModel', 'price', 'toFen']],
    refused: { code: 'invalid_model', path: ['config', 'rentalModel', 'price', 'toFen'] },
  },
  {
    label: 'a model with a field it does not know',
    config: { rentalModel: { prices: {} } },
    paths: [['rentalModel']],
    refused: { code: 'invalid_model', path: ['config', 'rentalModel'] },
  },
  {
    label: 'a model weight out of range',
    config: { rentalModel: { destinationWeights: { china: 101 } } },
    paths: [['rentalModel', 'destinationWeights', 'china']],
    refused: {
      code: 'invalid_model',
      path: ['config', 'rentalModel', 'destinationWeights', 'china'],
    },
  },
  {
    label: 'an unknown recipient format',
    config: { recipientFormat: 'e164' },
    paths: [['recipientFormat']],
    refused: { code: 'invalid_recipient_format', path: ['config', 'recipientFormat'] },
  },
  {
    label: 'a null recipient format',
    config: { recipientFormat: null },
    paths: [['recipientFormat']],
    refused: { code: 'invalid_recipient_format', path: ['config', 'recipientFormat'] },
  },
] as const satisfies readonly {
  label: string;
  config: unknown;
  paths: readonly (readonly PathSegment[])[];
  refused?: Refused;
}[];

const seed = {
  carrier: 'koryolink',
  amount: 300,
  recipient: '0191 234 5678',
  pin: '482915',
  at: '2020-06-08T10:00:00+09:00',
} as const;

// 75 KPW a won: the cash cost of one won more passes Number.MAX_SAFE_INTEGER.
const DEFAULT_LARGEST_AMOUNT = 120_095_990_063_213;

const planCases = [
  { label: 'the seed transfer', input: seed, paths: [] },
  {
    label: 'a parsed recipient and a history',
    input: {
      ...seed,
      recipient: {
        nsn: '1952345678',
        national: '01952345678',
        e164: '+8501952345678',
        owner: 'kangsong',
      },
      at: 1_591_578_000_000,
      history: [{ at: '2020-06-07T10:00:00Z', amount: 500, recipient: null }],
    },
    paths: [],
  },
  { label: 'a null history, read as none', input: { ...seed, history: null }, paths: [] },
  {
    label: 'a recipient format of its own, which only the config sets',
    input: { ...seed, recipientFormat: 'nsn' },
    paths: [[]],
    refused: { code: 'invalid_input', path: ['recipientFormat'] },
  },
  {
    label: 'a field it does not know',
    input: { ...seed, note: 'rent' },
    paths: [[]],
    refused: { code: 'invalid_input', path: ['note'] },
  },
  {
    label: 'the largest amount the default price can cost',
    input: { ...seed, amount: DEFAULT_LARGEST_AMOUNT },
    paths: [],
  },
  {
    label: 'text instead of an input',
    input: 'seed',
    paths: [[]],
    refused: { code: 'invalid_input', path: [] },
  },
  {
    label: 'an unknown carrier',
    input: { ...seed, carrier: 'kptc' },
    paths: [['carrier']],
    refused: { code: 'unknown_carrier', path: ['carrier'] },
  },
  {
    label: 'an amount as text',
    input: { ...seed, amount: '300' },
    paths: [['amount']],
    refused: { code: 'invalid_amount', path: ['amount'] },
  },
  {
    label: 'a number with no known prefix',
    input: { ...seed, recipient: '0194 234 5678' },
    paths: [['recipient']],
    refused: { code: 'invalid_phone_number', path: ['recipient'] },
  },
  {
    label: 'a five-digit PIN',
    input: { ...seed, pin: '48291' },
    paths: [['pin']],
    refused: { code: 'invalid_pin', path: ['pin'] },
  },
  {
    label: 'a time without an offset',
    input: { ...seed, at: '2020-06-08T10:00:00' },
    paths: [['at']],
    refused: { code: 'invalid_instant', path: ['at'] },
  },
  {
    label: 'no time at all',
    input: { ...seed, at: undefined },
    paths: [['at']],
    refused: { code: 'invalid_instant', path: ['at'] },
  },
  {
    label: 'a history that is not an array',
    input: { ...seed, history: 'none' },
    paths: [['history']],
    refused: { code: 'invalid_history', path: ['history'] },
  },
  {
    label: 'an earlier transfer of zero won',
    input: { ...seed, history: [{ at: seed.at, amount: 0 }] },
    paths: [['history', 0, 'amount']],
    refused: { code: 'invalid_amount', path: ['history', 0, 'amount'] },
  },
  {
    label: 'a bad PIN and a bad time: the transfer is judged first',
    input: { ...seed, pin: '', at: 'now' },
    paths: [['pin'], ['at']],
    refused: { code: 'invalid_pin', path: ['pin'] },
  },
] as const satisfies readonly {
  label: string;
  input: unknown;
  paths: readonly (readonly PathSegment[])[];
  refused?: Refused;
}[];

describe('MobileMoneyConfigSchema', () => {
  it.each(configCases)('$label', (found) => {
    const { config, paths } = found;
    expect(schemaPaths(MobileMoneyConfigSchema, config)).toEqual(paths);
    const bind = () => createMobileMoney(config as never);
    if ('refused' in found) expectKpmmError(bind, found.refused.code, found.refused.path);
    else expect(bind).not.toThrow();
  });

  it('is of a config that is given: createMobileMoney() binds {}', () => {
    expect(createMobileMoney().config).toEqual(createMobileMoney({}).config);
    expect(MobileMoneyConfigSchema.safeParse({}).success).toBe(true);
  });
});

describe('PlanTransferInputSchema', () => {
  const mm = createMobileMoney();

  it.each(planCases)('$label', (found) => {
    const { input, paths } = found;
    expect(schemaPaths(PlanTransferInputSchema, input)).toEqual(paths);
    const plan = () => mm.planTransfer(input as never);
    if ('refused' in found) expectKpmmError(plan, found.refused.code, found.refused.path);
    else expect(plan).not.toThrow();
  });

  it('takes an amount whose cost passes 2^53, which planTransfer refuses as out_of_range', () => {
    const input = { ...seed, amount: DEFAULT_LARGEST_AMOUNT + 1 };
    expect(PlanTransferInputSchema.safeParse(input).success).toBe(true);
    expectKpmmError(() => mm.planTransfer(input), 'out_of_range', ['cashKpw']);
    // At a lower price the same amount costs a safe number of KPW, and is planned.
    expect(() => createMobileMoney({ cashKpwPerWon: 1 }).planTransfer(input)).not.toThrow();
  });
});

describe('the issues of the facade schemas, each once', () => {
  it.each([
    {
      label: 'a model upside down once the default fills it, in the words of the rental schema',
      schema: MobileMoneyConfigSchema,
      value: { rentalModel: { price: { fromFen: 25_000 } } },
      issues: [['custom', ['rentalModel', 'price', 'toFen']]],
    },
    {
      label: 'a model weight out of range, not judged again as a whole model',
      schema: MobileMoneyConfigSchema,
      value: { rentalModel: { destinationWeights: { china: 101 } } },
      issues: [['too_big', ['rentalModel', 'destinationWeights', 'china']]],
    },
    {
      label: 'a gift with no amount and a bad from: both said',
      schema: PlanGiftInputSchema,
      value: { from: 'x', recipients: [] },
      issues: [
        ['invalid_format', ['from']],
        ['custom', ['from']],
        ['custom', ['won']],
      ],
    },
    {
      label: 'a gift with both amounts and a bad carrier: both said',
      schema: PlanGiftInputSchema,
      value: { won: 1, cashKpw: 1, carrier: 'kptc', from: 0, recipients: [] },
      issues: [
        ['invalid_value', ['carrier']],
        ['custom', ['won']],
      ],
    },
    {
      label: 'text instead of a gift: refused whole',
      schema: PlanGiftInputSchema,
      value: 'gift',
      issues: [['invalid_type', []]],
    },
    {
      label: 'null instead of a gift: refused whole',
      schema: PlanGiftInputSchema,
      value: null,
      issues: [['invalid_type', []]],
    },
  ])('$label', ({ schema, value, issues }) => {
    const parsed = schema.safeParse(value);
    expect(parsed.error?.issues.map((found) => [found.code, found.path])).toEqual(issues);
  });
});
