import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  DEFAULT_RATE_TABLE,
  LIMITS_2022,
  RATE_TABLES,
  createMobileMoney,
  type PlanTransferInput,
} from '../src/index.js';
import { expectKpmmError, serialisations } from './helpers.js';

// A PIN that occurs in none of the numbers, amounts or dates below.
const PIN = '482915';
const seed = {
  carrier: 'koryolink',
  amount: 300,
  recipient: '0191 234 5678',
  pin: PIN,
  at: '2020-06-08T10:00:00+09:00',
} as const satisfies PlanTransferInput;

describe('createMobileMoney().planTransfer', () => {
  const mm = createMobileMoney();

  it('plans the seed transfer: 300 won, KPW 22,500, allowed', () => {
    const plan = mm.planTransfer(seed);
    expect(String(plan.ussd)).toBe('*999*300*01912345678*xxxxxx#');
    expect(plan.ussd.reveal()).toBe(`*999*300*01912345678*${PIN}#`);
    expect(plan.cost).toEqual({
      cashKpw: 22_500,
      cny: { currency: 'CNY', minor: 1800 },
      usd: { currency: 'USD', minor: 268 },
      rateTableId: 'dailynk-2020-06-pyongyang',
      warnings: [],
    });
    expect(plan.allowed).toBe(true);
    expect(plan.cap).toEqual({
      allowed: true,
      day: '2020-06-08',
      policyId: 'DAILY_CAP_2020',
      remaining: { transfers: 0, amount: 200 },
      warnings: [],
    });
    expect(plan.warnings).toEqual([]);
    expect(plan.sources).toEqual([
      'dailynk-2020-06-gifting',
      'libphonenumber-kp',
      'newsis-2015-11-prefix',
      'tzdb-asia-pyongyang',
      'dailynk-market-rates',
    ]);
  });

  it('refuses a second transfer the same Pyongyang day, naming the rule', () => {
    const plan = mm.planTransfer({
      ...seed,
      amount: 200,
      at: '2020-06-08T18:00:00+09:00',
      history: [{ at: seed.at, amount: 300, recipient: seed.recipient }],
    });
    expect(plan.allowed).toBe(false);
    expect(plan.cap).toEqual({
      allowed: false,
      day: '2020-06-08',
      policyId: 'DAILY_CAP_2020',
      violations: [{ rule: 'sender-daily', code: 'daily_count_exhausted', limit: 1, attempted: 2 }],
      nextAllowedAt: '2020-06-08T15:00:00.000Z',
      warnings: [],
    });
  });

  const CROSS = (sender: string, code: string, owner: string): string =>
    `the sender dials ${sender} (*${code}*) but the recipient's number is ${owner}; whether such transfers go through is not reported`;
  const KPTC = 'the recipient is a KPTC number, whose owner has no reported mobile money code';

  it.each([
    {
      label: 'Koryolink to Kang Song NET',
      carrier: 'koryolink',
      recipient: '0195 123 4567',
      warnings: [{ code: 'cross_carrier', message: CROSS('Koryolink', '999', 'Kang Song NET') }],
    },
    {
      label: 'Kang Song NET to Koryolink',
      carrier: 'kangsong',
      recipient: '0192 345 6789',
      warnings: [{ code: 'cross_carrier', message: CROSS('Kang Song NET', '929', 'Koryolink') }],
    },
    {
      label: 'to a KPTC number',
      carrier: 'koryolink',
      recipient: '0193 345 6789',
      warnings: [
        { code: 'recipient_without_mobile_money', message: KPTC },
        { code: 'cross_carrier', message: CROSS('Koryolink', '999', 'KPTC') },
      ],
    },
    {
      label: 'Kang Song NET to Kang Song NET',
      carrier: 'kangsong',
      recipient: '0195 123 4567',
      warnings: [],
    },
  ] as const)('warns: $label', ({ carrier, recipient, warnings }) => {
    const plan = mm.planTransfer({ ...seed, carrier, recipient });
    expect(plan.warnings).toEqual(warnings);
    expect(plan.ussd.crossCarrier).toBe(warnings.length > 0);
  });

  it('warns when the transfer is dated before its policy was reported', () => {
    const plan = mm.planTransfer({ ...seed, at: '2019-01-01T10:00:00+09:00' });
    const gap = {
      code: 'before_first_rate_table',
      tableId: 'dailynk-2020-06-pyongyang',
      asOf: '2020-06',
      day: '2019-01-01',
      days: 517,
      message:
        'no rate table is dated before 2020-06; 2019-01-01 is priced with dailynk-2020-06-pyongyang, 517 days earlier than it',
    } as const;
    expect(plan.warnings).toEqual([
      {
        code: 'before_policy_report',
        message:
          'the transfer is dated before 2020-06-08, when DAILY_CAP_2020 was first reported; it is judged by that policy anyway',
      },
      { code: gap.code, message: gap.message, rateGap: gap },
    ]);
    expect(plan.cost.rateTableId).toBe('dailynk-2020-06-pyongyang');
    expect(plan.cap.policyId).toBe('DAILY_CAP_2020');
  });

  it.each([
    {
      label: 'a millisecond before Pyongyang midnight of 2020-06-08',
      at: '2020-06-07T14:59:59.999Z',
      warned: true,
    },
    { label: 'at Pyongyang midnight of 2020-06-08', at: '2020-06-07T15:00:00.000Z', warned: false },
  ])('warns $label: $warned', ({ at, warned }) => {
    const plan = mm.planTransfer({ ...seed, at });
    expect(plan.warnings.some((w) => w.code === 'before_policy_report')).toBe(warned);
  });

  it('counts a caller policy from Pyongyang midnight at the offset of its date (UTC+8:30 in 2016)', () => {
    const policy = { ...DAILY_CAP_2020, id: 'FROM_2016', effectiveFrom: '2016-01-01' };
    const bound = createMobileMoney({ policy });
    const warned = (at: string) =>
      bound.planTransfer({ ...seed, at }).warnings.some((w) => w.code === 'before_policy_report');
    expect(warned('2015-12-31T15:29:59.999Z')).toBe(true);
    expect(warned('2015-12-31T15:30:00.000Z')).toBe(false);
  });

  it('uses the 2022 limits for a transfer after 2022-08-10', () => {
    const plan = mm.planTransfer({
      ...seed,
      at: '2022-09-15T10:00:00+09:00',
      history: [{ at: '2022-09-01T10:00:00+09:00', amount: 100, recipient: '+850 191 234 5678' }],
    });
    expect(plan.allowed).toBe(false);
    expect(plan.cap.policyId).toBe('LIMITS_2022');
    expect(plan.cap.allowed ? [] : plan.cap.violations.map((v) => v.code)).toEqual([
      'recipient_monthly_exhausted',
    ]);
  });

  it('never shows the PIN in any view of the plan', () => {
    const plan = mm.planTransfer(seed);
    for (const text of [
      ...serialisations(plan),
      inspect(plan, { depth: 10 }),
      JSON.stringify(plan),
    ]) {
      expect(text).not.toContain(PIN);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(mm)).toBe(true);
    expect(Object.isFrozen(mm.planTransfer(seed))).toBe(true);
  });

  it.each([
    {
      label: 'a bad amount',
      input: { ...seed, amount: 0 },
      code: 'invalid_amount',
      path: ['amount'],
    },
    { label: 'a bad PIN', input: { ...seed, pin: '48291' }, code: 'invalid_pin', path: ['pin'] },
    {
      label: 'an instant without offset',
      input: { ...seed, at: '2020-06-08T10:00:00' },
      code: 'invalid_instant',
      path: ['at'],
    },
    {
      label: 'a bad history row',
      input: { ...seed, history: [{ at: seed.at, amount: -1 }] },
      code: 'invalid_amount',
      path: ['history', 0, 'amount'],
    },
    { label: 'not an object', input: null, code: 'invalid_input', path: [] },
  ] as const)('throws on $label, and safePlanTransfer returns it', ({ input, code, path }) => {
    expectKpmmError(() => mm.planTransfer(input as never), code, path);
    const result = mm.safePlanTransfer(input as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe(code);
      expect(serialisations(result.error).join('')).not.toContain('48291');
    }
  });

  it('safePlanTransfer wraps a plan', () => {
    const result = mm.safePlanTransfer(seed);
    expect(result.success && result.data.allowed).toBe(true);
  });
});

describe('createMobileMoney config binding', () => {
  it('binds a price, a rate table and a recipient format', () => {
    const table = RATE_TABLES['dailynk-2024-02'];
    const mm = createMobileMoney({ cashKpwPerWon: 80, rates: table, recipientFormat: 'nsn' });
    const cost = {
      cashKpw: 40_000,
      cny: { currency: 'CNY', minor: 2857 },
      usd: { currency: 'USD', minor: 470 },
      rateTableId: 'dailynk-2024-02',
      warnings: [],
    };
    expect(mm.costOf(500)).toEqual(cost);
    // A bound table prices every date, without a warning.
    expect(mm.costOf(500, { at: '2016-01-01T00:00:00Z' })).toEqual(cost);
    expect(String(mm.planTransfer(seed).ussd)).toBe('*999*300*1912345678*xxxxxx#');
    expect(mm.config.cashKpwPerWon).toBe(80);
  });

  it('binds a policy: a rolling window', () => {
    const rolling = { ...DAILY_CAP_2020, id: 'rolling', window: { rollingHours: 24 } } as const;
    const mm = createMobileMoney({ policy: rolling });
    const plan = mm.planTransfer({
      ...seed,
      at: '2020-06-09T09:00:00+09:00',
      history: [{ at: '2020-06-08T10:00:00+09:00', amount: 300 }],
    });
    expect(plan.cap).toMatchObject({
      allowed: false,
      policyId: 'rolling',
      nextAllowedAt: '2020-06-09T01:00:00.000Z',
    });
  });

  it('binds LIMITS_2022 for every date', () => {
    const mm = createMobileMoney({ policy: LIMITS_2022 });
    expect(mm.planTransfer(seed).cap.policyId).toBe('LIMITS_2022');
  });

  it('binds a rental model', () => {
    const mm = createMobileMoney({
      rentalModel: { crackdownWeights: { normal: 20, intensified: 20 } },
    });
    expect(mm.quoteRental({ region: 'north-pyongan', destination: 'china' }).estimate).toEqual(
      createMobileMoney().quoteRental({
        region: 'north-pyongan',
        destination: 'china',
        crackdown: 'intensified',
      }).estimate,
    );
  });

  it('costOf uses the defaults: without a date, the June 2020 table', () => {
    expect(createMobileMoney().costOf(500)).toEqual({
      cashKpw: 37_500,
      cny: { currency: 'CNY', minor: 3000 },
      usd: { currency: 'USD', minor: 446 },
      rateTableId: 'dailynk-2020-06-pyongyang',
      warnings: [],
    });
  });

  it('facts() lists the constants', () => {
    expect(
      createMobileMoney()
        .facts()
        .map((f) => f.id),
    ).toContain('MOBILE_WON_PRICE');
  });

  it.each([
    { label: 'not an object', config: 5, code: 'invalid_config', path: ['config'] },
    {
      label: 'a zero price',
      config: { cashKpwPerWon: 0 },
      code: 'invalid_rate',
      path: ['config', 'cashKpwPerWon'],
    },
    {
      label: 'a string price',
      config: { cashKpwPerWon: '75' },
      code: 'invalid_rate',
      path: ['config', 'cashKpwPerWon'],
    },
    {
      label: 'a bad rate table',
      config: { rates: { id: 'x' } },
      code: 'invalid_rate',
      path: ['config', 'rates', 'asOf'],
    },
    {
      label: 'a bad policy',
      config: { policy: { ...DAILY_CAP_2020, label: 5 } },
      code: 'invalid_policy',
      path: ['config', 'policy', 'label'],
    },
    {
      label: 'a bad rental model',
      config: { rentalModel: { price: { stepFen: -1 } } },
      code: 'invalid_model',
      path: ['config', 'rentalModel', 'price', 'stepFen'],
    },
    {
      label: 'a rental model level out of range',
      config: { rentalModel: { regionLevels: { chagang: 200 } } },
      code: 'invalid_model',
      path: ['config', 'rentalModel', 'regionLevels', 'chagang'],
    },
    {
      label: 'a misspelt field',
      config: { cashKpwperWon: 80 },
      code: 'invalid_config',
      path: ['config', 'cashKpwperWon'],
    },
    {
      label: 'a bad recipient format',
      config: { recipientFormat: 'e164' },
      code: 'invalid_recipient_format',
      path: ['config', 'recipientFormat'],
    },
  ] as const)('refuses $label once, at creation', ({ config, code, ...rest }) => {
    const error = expectKpmmError(
      () => createMobileMoney(config as never),
      code,
      'path' in rest ? rest.path : undefined,
    );
    expect(error.path[0]).toBe('config');
    // Each message names the field where the config holds it.
    for (const found of error.issues) {
      if (found.path.length > 1)
        expect(found.message.startsWith(`${found.path.join('.')} `)).toBe(true);
    }
  });

  it('keeps its own frozen copies: changing what it was given afterwards changes nothing', () => {
    const rates = structuredClone(DEFAULT_RATE_TABLE) as Mutable<typeof DEFAULT_RATE_TABLE>;
    const rentalModel = { price: { stepFen: 100 } };
    const policy = structuredClone(DAILY_CAP_2020) as Mutable<typeof DAILY_CAP_2020>;
    const mm = createMobileMoney({ rates, rentalModel, policy });
    const before = {
      cost: mm.costOf(500),
      quote: mm.quoteRental({ region: 'chagang', destination: 'china', crackdown: 'intensified' }),
      plan: mm.planTransfer(seed).cap,
    };
    Reflect.set(rates.kpwPerUnit, 'USD', 1);
    rentalModel.price.stepFen = -5;
    Reflect.set(policy.rules[0], 'maxAmountWon', 0);
    expect(mm.costOf(500)).toEqual(before.cost);
    expect(
      mm.quoteRental({ region: 'chagang', destination: 'china', crackdown: 'intensified' }),
    ).toEqual(before.quote);
    expect(mm.planTransfer(seed).cap).toEqual(before.plan);
    expect(Object.isFrozen(mm.config.rates?.kpwPerUnit)).toBe(true);
    expect(Object.isFrozen(mm.config.rentalModel?.price)).toBe(true);
    expect(Object.isFrozen(mm.config.policy?.rules[0])).toBe(true);
    expect(mm.config.rates?.kpwPerUnit).toEqual({ USD: 8_400, CNY: 1_250 });
  });

  it('quoteRental: input that is not an object is refused as it is, bound model or not', () => {
    const mm = createMobileMoney({ rentalModel: { price: { stepFen: 100 } } });
    for (const input of [5, 'chagang', null, ['chagang', 'china']]) {
      expectKpmmError(() => mm.quoteRental(input as never), 'invalid_input', []);
    }
  });

  it('quoteRental: a model named in the call replaces the bound one', () => {
    const mm = createMobileMoney({ rentalModel: { price: { stepFen: 100 } } });
    const input = { region: 'chagang', destination: 'china', crackdown: 'intensified' } as const;
    expect(mm.quoteRental(input).estimate.minor).toBe(10_300);
    expect(mm.quoteRental({ ...input, model: {} }).estimate).toEqual(
      createMobileMoney().quoteRental(input).estimate,
    );
    expect(createMobileMoney().quoteRental(input).estimate.minor).toBe(10_500);
  });

  it('quoteRental: the dollar rate is dated, the caller’s day kept under a bound model', () => {
    const mm = createMobileMoney({ rentalModel: { price: { stepFen: 100 } } });
    const input = { region: 'chagang', destination: 'china' } as const;
    expect(mm.quoteRental(input).usd.rate.asOf).toBe('2020-06-17');
    const usdRate = { cny: 672, usd: 100 };
    expect(mm.quoteRental({ ...input, usdRate }).usd.rate.asOf).toBeNull();
    const dated = mm.quoteRental({ ...input, usdRate: { ...usdRate, asOf: '2020-06-30' } });
    expect(dated.usd.rate.asOf).toBe('2020-06-30');
    expect(dated.assumptions.at(-1)).toContain('the rate is as of 2020-06-30;');
    expectKpmmError(
      () => mm.quoteRental({ ...input, usdRate: { ...usdRate, asOf: '2020-06-31' } }),
      'invalid_rate',
      ['usdRate', 'asOf'],
    );
  });

  it('facts() adds every bound value that is not the default, and only those', () => {
    const table = RATE_TABLES['dailynk-2024-02'];
    const mm = createMobileMoney({
      cashKpwPerWon: 80,
      rates: table,
      policy: LIMITS_2022,
      rentalModel: { price: { stepFen: 100 } },
      recipientFormat: 'nsn',
    });
    const own = mm.facts().filter((f) => f.id.startsWith('config.'));
    expect(own.map((f) => [f.id, f.grade, f.sources])).toEqual([
      ['config.policy', 'reported', ['dailynk-2022-08-limits', 'tzdb-asia-pyongyang']],
      ['config.cashKpwPerWon', 'assumed', []],
      ['config.rates', 'reported', ['dailynk-market-rates']],
      ['config.rentalModel', 'assumed', []],
      ['config.recipientFormat', 'assumed', []],
    ]);
    expect(own.find((f) => f.id === 'config.cashKpwPerWon')?.value).toBe(80);
    expect(own.find((f) => f.id === 'config.rates')?.value).toEqual(table);
    expect(mm.facts().length).toBe(createMobileMoney().facts().length + 5);
    expect(
      createMobileMoney()
        .facts()
        .some((f) => f.id.startsWith('config.')),
    ).toBe(false);
    expect(
      createMobileMoney({ cashKpwPerWon: 75 })
        .facts()
        .some((f) => f.id.startsWith('config.')),
    ).toBe(false);
    expect(Object.isFrozen(mm.facts())).toBe(true);
  });
});

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
