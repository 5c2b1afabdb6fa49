import { describe, expect, it } from 'vitest';
import {
  LIMITS_2022,
  createMobileMoney,
  type MobileMoneyConfig,
  type RateTable,
  type RentalModelOverride,
  type TransferPolicy,
} from '../src/index.js';
import { expectKpmmError } from './helpers.js';

// What the facade keeps of its configuration: a frozen copy equal to what it was given, field for
// field (no field added, none dropped, none left undefined), and the facts it adds for it.

const ROLLING_POLICY = {
  id: 'TWICE_IN_24_HOURS',
  label: 'Two transfers of at most 300 won in any 24 hours',
  rules: [{ kind: 'sender-daily', maxTransfers: 2, maxAmountWon: 300 }],
  window: { rollingHours: 24 },
  timeZone: 'Asia/Pyongyang',
  effectiveFrom: '2021-01-01',
  sources: ['my-own-survey', 'dailynk-2020-06-gifting'],
} as const satisfies TransferPolicy;

const TABLE_WITH_EUR = {
  id: 'my-2024-table',
  asOf: '2024-02',
  kpwPerUnit: { USD: 9_000, CNY: 1_300, EUR: 9_700 },
  place: 'Sinuiju',
  source: 'dailynk-market-rates',
  grade: 'assumed',
  note: 'A what-if table with a euro rate.',
} as const satisfies RateTable;

const TABLE_WITHOUT_EUR = {
  id: 'my-2021-table',
  asOf: '2021-02',
  kpwPerUnit: { USD: 7_000, CNY: 1_050 },
  place: 'Pyongyang',
  source: 'my-own-survey',
  grade: 'derived',
  note: 'A table without a euro rate.',
} as const satisfies RateTable;

const FULL_MODEL = {
  regionLevels: { 'north-pyongan': 0, chagang: 10, ryanggang: 20, 'north-hamgyong': 40 },
  destinationWeights: { china: 0, 'south-korea': 30 },
  crackdownWeights: { normal: 0, intensified: 30 },
  price: { fromFen: 5_000, toFen: 20_000, stepFen: 100, rounding: 'floor' },
  grade: 'derived',
  sources: ['dailynk-2020-06-rentals', 'my-own-interviews'],
  note: 'Levels from interviews.',
} as const satisfies RentalModelOverride;

const PRICE_ONLY_MODEL = {
  price: { fromFen: 6_000, toFen: 18_000, stepFen: 500, rounding: 'ceil' },
} as const satisfies RentalModelOverride;

/** Every object and array inside a value, itself included. */
function containers(value: unknown): object[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value, ...Object.values(value).flatMap(containers)];
}

const copies = [
  {
    label: 'a copy of a reported policy with both rules, grade, assumptions and note',
    field: 'policy',
    given: JSON.parse(JSON.stringify(LIMITS_2022)) as typeof LIMITS_2022,
  },
  {
    label: 'a caller policy with a rolling window and nothing optional',
    field: 'policy',
    given: ROLLING_POLICY,
  },
  { label: 'a rate table with a euro rate', field: 'rates', given: TABLE_WITH_EUR },
  { label: 'a rate table without a euro rate', field: 'rates', given: TABLE_WITHOUT_EUR },
  {
    label: 'a model override of every part, grade, sources and note',
    field: 'rentalModel',
    given: FULL_MODEL,
  },
  { label: 'a model override of the price alone', field: 'rentalModel', given: PRICE_ONLY_MODEL },
  { label: 'an empty model override', field: 'rentalModel', given: {} },
] as const;

describe('createMobileMoney keeps a copy of what it was given', () => {
  it.each(copies)(
    '$label: equal field for field, frozen throughout, shared nowhere',
    ({ field, given }) => {
      const config: MobileMoneyConfig = { [field]: given };
      const kept: unknown = createMobileMoney(config).config[field];
      expect(kept).toStrictEqual(given);
      const mine = new Set(containers(given));
      for (const part of containers(kept)) {
        expect(Object.isFrozen(part)).toBe(true);
        expect(mine.has(part)).toBe(false);
      }
    },
  );
});

describe('createMobileMoney binds a built-in value as itself', () => {
  it('a built-in policy is frozen already, so it is bound, not copied', () => {
    expect(createMobileMoney({ policy: LIMITS_2022 }).config.policy).toBe(LIMITS_2022);
  });
});

describe('createMobileMoney().facts() for what it was given', () => {
  const cases = [
    {
      label: 'a caller policy: assumed, with only the sources the library knows',
      config: { policy: ROLLING_POLICY },
      fact: {
        id: 'config.policy',
        value: ROLLING_POLICY,
        unit: 'transfer policy judging every plan',
        grade: 'assumed',
        sources: ['dailynk-2020-06-gifting'],
        note: 'Bound by createMobileMoney: TWICE_IN_24_HOURS judges every transfer, instead of the built-in policy in force at its date (policyAt).',
      },
    },
    {
      label: 'a price',
      config: { cashKpwPerWon: 80 },
      fact: {
        id: 'config.cashKpwPerWon',
        value: 80,
        unit: 'KPW cash per won of mobile money',
        grade: 'assumed',
        sources: [],
        note: 'Bound by createMobileMoney instead of MOBILE_WON_PRICE (KPW 75, reported).',
      },
    },
    {
      label: 'a rate table whose source the library does not know',
      config: { rates: TABLE_WITHOUT_EUR },
      fact: {
        id: 'config.rates',
        value: TABLE_WITHOUT_EUR,
        unit: 'KPW per unit of foreign currency',
        grade: 'derived',
        sources: [],
        note: 'Bound by createMobileMoney instead of the table of RATE_TABLES in force at each date (rateTableAt): my-2021-table, as of 2021-02, for every date.',
      },
    },
    {
      label: 'a model override: its own grade and the sources the library knows',
      config: { rentalModel: FULL_MODEL },
      fact: {
        id: 'config.rentalModel',
        value: FULL_MODEL,
        unit: 'override of DEFAULT_RENTAL_MODEL',
        grade: 'derived',
        sources: ['dailynk-2020-06-rentals'],
        note: 'Bound by createMobileMoney: laid over DEFAULT_RENTAL_MODEL for every quote that names no model of its own.',
      },
    },
    {
      label: 'a model override without a grade: assumed',
      config: { rentalModel: PRICE_ONLY_MODEL },
      fact: {
        id: 'config.rentalModel',
        value: PRICE_ONLY_MODEL,
        unit: 'override of DEFAULT_RENTAL_MODEL',
        grade: 'assumed',
        sources: [],
        note: 'Bound by createMobileMoney: laid over DEFAULT_RENTAL_MODEL for every quote that names no model of its own.',
      },
    },
    {
      label: 'a recipient format',
      config: { recipientFormat: 'nsn' },
      fact: {
        id: 'config.recipientFormat',
        value: 'nsn',
        unit: 'how built strings write the recipient',
        grade: 'assumed',
        sources: [],
        note: 'Bound by createMobileMoney instead of DEFAULT_RECIPIENT_FORMAT (national).',
      },
    },
  ] as const satisfies readonly { label: string; config: MobileMoneyConfig; fact: object }[];

  it.each(cases)('$label', ({ config, fact }) => {
    const own = createMobileMoney(config)
      .facts()
      .filter((f) => f.id.startsWith('config.'));
    expect(own).toStrictEqual([fact]);
  });
});

describe('createMobileMoney refuses a configuration in words that list the choices', () => {
  it('a field it does not know', () => {
    const error = expectKpmmError(
      () => createMobileMoney({ colour: 'red' } as unknown as MobileMoneyConfig),
      'invalid_config',
      ['config', 'colour'],
    );
    expect(error.message).toBe(
      'config.colour is not a field of config; the fields are policy, cashKpwPerWon, rates, rentalModel, recipientFormat',
    );
  });

  it('a recipient format other than the two', () => {
    const error = expectKpmmError(
      () => createMobileMoney({ recipientFormat: 'e164' } as unknown as MobileMoneyConfig),
      'invalid_recipient_format',
      ['config', 'recipientFormat'],
    );
    expect(error.message).toBe('config.recipientFormat must be one of national, nsn');
  });
});

describe('createMobileMoney refuses a configuration at the first field its schema refuses', () => {
  it.each([
    {
      label: 'a policy with no rules before a zero price and an unknown format',
      config: { policy: { ...LIMITS_2022, rules: [] }, cashKpwPerWon: 0, recipientFormat: 'x' },
      code: 'invalid_policy',
      path: ['config', 'policy', 'rules'],
    },
    {
      label: 'a zero price before a bad rate table and an unknown format',
      config: { cashKpwPerWon: 0, rates: { id: 'x' }, recipientFormat: 'x' },
      code: 'invalid_rate',
      path: ['config', 'cashKpwPerWon'],
    },
    {
      label: 'a model weight out of range before an unknown format',
      config: { rentalModel: { destinationWeights: { china: 101 } }, recipientFormat: 'x' },
      code: 'invalid_model',
      path: ['config', 'rentalModel', 'destinationWeights', 'china'],
    },
  ] as const)('$label', ({ config, code, path }) => {
    expectKpmmError(() => createMobileMoney(config as never), code, path);
  });

  // parsePolicy reads a field twice (as it lists the fields, then as it copies them as data); the
  // schema's own look comes after, and finds a valid policy: the facade cannot say what is wrong.
  /** A policy whose id is empty (invalid) for its first two reads or only after them. */
  function changingId(emptyFirst: boolean): TransferPolicy {
    let reads = 0;
    return new Proxy(
      { ...LIMITS_2022, id: 'MINE' },
      {
        getOwnPropertyDescriptor(target, key) {
          const found = Reflect.getOwnPropertyDescriptor(target, key);
          if (key !== 'id' || found === undefined) return found;
          reads += 1;
          return reads <= 2 === emptyFirst ? { ...found, value: '' } : found;
        },
      },
    );
  }

  it('a policy that reads as invalid to parsePolicy and as valid after is refused as unreadable', () => {
    const policy = changingId(true);
    const error = expectKpmmError(() => createMobileMoney({ policy }), 'invalid_config', [
      'config',
    ]);
    expect(error.issues).toHaveLength(1);
  });

  it('a policy that reads as valid to parsePolicy and as invalid after is not named: the price is', () => {
    const policy = changingId(false);
    const error = expectKpmmError(
      () => createMobileMoney({ policy, cashKpwPerWon: 0 }),
      'invalid_rate',
      ['config', 'cashKpwPerWon'],
    );
    expect(error.issues).toHaveLength(1);
  });
});
