// Inputs are read from their own data properties only: a polluted Object.prototype changes no
// answer, an object that is not plain is refused, and a misspelt field is refused everywhere with
// invalid_input, naming the field and the known name nearest to it.
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_RATE_TABLE,
  buildTransferUssd,
  checkTransfer,
  convertMoney,
  createMobileMoney,
  mobileWonCost,
  mobileWonToCash,
  cashToMobileWon,
  quoteRental,
  toTelUri,
  safeBuildTransferUssd,
  safeCheckTransfer,
  safeConvertMoney,
  safeMobileWonToCash,
  type KpmmError,
} from '../src/index.js';
import { expectKpmmError } from './helpers.js';

const transfer = {
  carrier: 'koryolink',
  amount: 300,
  recipient: '0191 234 5678',
  pin: '482915',
} as const;
const at = '2020-06-08T10:00:00+09:00';
const proposed = { at, amount: 300 } as const;

/** Sets a field on Object.prototype for one test; afterEach takes it away again. */
const polluted: string[] = [];
function pollute(key: string, value: unknown): void {
  Object.defineProperty(Object.prototype, key, {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });
  polluted.push(key);
}
afterEach(() => {
  for (const key of polluted.splice(0)) Reflect.deleteProperty(Object.prototype, key);
});

/** Calls a function with arguments its types do not allow, as a JavaScript caller could. */
function loose(fn: (...args: never[]) => unknown, ...args: unknown[]): () => unknown {
  return (): unknown => Reflect.apply(fn, undefined, args);
}

/** The issues a call is refused with, or 'no error'. */
function issuesOf(run: () => unknown): unknown {
  try {
    run();
    return 'no error';
  } catch (error) {
    return (error as KpmmError).issues;
  }
}

const mm = createMobileMoney();
const planTransfer = (input: unknown): unknown => mm.planTransfer(input as never);

describe('a polluted Object.prototype changes no answer', () => {
  const cases = [
    {
      label: 'cashKpwPerWon, for mobileWonToCash',
      key: 'cashKpwPerWon',
      value: 1,
      run: () => mobileWonToCash(500, {}),
    },
    {
      label: 'cashKpwPerWon, for cashToMobileWon',
      key: 'cashKpwPerWon',
      value: 1,
      run: () => cashToMobileWon(37_500, {}),
    },
    {
      label: 'rounding, for convertMoney',
      key: 'rounding',
      value: 'ceil',
      run: () => convertMoney({ currency: 'CNY', minor: 3_001 }, 'USD', {}),
    },
    {
      label: 'rates, for convertMoney',
      key: 'rates',
      value: { ...DEFAULT_RATE_TABLE, kpwPerUnit: { USD: 1, CNY: 1 } },
      run: () => convertMoney({ currency: 'CNY', minor: 3_000 }, 'USD', {}),
    },
    {
      label: 'EUR, for a table without a euro rate',
      key: 'EUR',
      value: 9_000,
      run: () =>
        mobileWonCost(500, { currency: 'KPW', rates: DEFAULT_RATE_TABLE, rounding: 'floor' }),
    },
    {
      label: 'policy, for checkTransfer',
      key: 'policy',
      value: { kind: 'not a policy' },
      run: () => checkTransfer({ history: [], proposed }),
    },
    {
      label: 'recipient, for a history row',
      key: 'recipient',
      value: 'not a number',
      run: () => checkTransfer({ history: [{ at, amount: 1 }], proposed }),
    },
    {
      label: 'recipientFormat, for buildTransferUssd',
      key: 'recipientFormat',
      value: 'nsn',
      run: () => buildTransferUssd(transfer).redacted,
    },
    {
      label: 'crackdown, for quoteRental',
      key: 'crackdown',
      value: 'intensified',
      run: () => quoteRental({ region: 'chagang', destination: 'china' }).estimate,
    },
    {
      label: 'history, for planTransfer',
      key: 'history',
      value: [{ at, amount: 500 }],
      run: () => createMobileMoney().planTransfer({ ...transfer, at }).allowed,
    },
    {
      label: 'recipientFormat, for createMobileMoney',
      key: 'recipientFormat',
      value: 'nsn',
      run: () => String(createMobileMoney().planTransfer({ ...transfer, at }).ussd),
    },
    {
      label: 'carrier, for the issues of a refused planGift',
      key: 'carrier',
      value: 0,
      run: () => issuesOf(() => createMobileMoney().planGift({} as never)),
    },
    {
      label: 'policy, for the issues of a refused createMobileMoney config',
      key: 'policy',
      value: { kind: 'not a policy' },
      run: () => issuesOf(() => createMobileMoney({ cashKpwPerWon: -1 })),
    },
    {
      label: 'cashKpwPerWon, for createMobileMoney',
      key: 'cashKpwPerWon',
      value: 1,
      run: () => createMobileMoney().costOf(500).cashKpw,
    },
  ] as const satisfies readonly {
    label: string;
    key: string;
    value: unknown;
    run: () => unknown;
  }[];

  it.each(cases)('$label', ({ key, value, run }) => {
    const clean = run();
    pollute(key, value);
    expect(run()).toEqual(clean);
  });

  it('mobileWonToCash(500) stays 37500 with Object.prototype.cashKpwPerWon = 1', () => {
    pollute('cashKpwPerWon', 1);
    expect(mobileWonToCash(500)).toBe(37_500);
    expect(mobileWonToCash(500, {})).toBe(37_500);
  });

  it('a polluted pin is not read as the missing PIN', () => {
    pollute('pin', '482915');
    const withoutPin = { carrier: transfer.carrier, amount: 300, recipient: transfer.recipient };
    const result = safeBuildTransferUssd(withoutPin as never);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('invalid_pin');
    const plan = createMobileMoney().safePlanTransfer({ ...withoutPin, at } as never);
    expect(plan.success).toBe(false);
    if (!plan.success) expect(plan.error.code).toBe('invalid_pin');
  });

  it('toTelUri calls no inherited reveal', () => {
    pollute('reveal', () => '*999*1*1912345678*000000#');
    expectKpmmError(loose(toTelUri, { redacted: '*999*1*1912345678*xxxxxx#' }), 'invalid_input', [
      'transfer',
    ]);
  });

  it('a polluted field is not taken for an unknown one', () => {
    pollute('colour', 'red');
    expect(mobileWonToCash(500, {})).toBe(37_500);
    expect(createMobileMoney({}).config.cashKpwPerWon).toBe(75);
  });
});

describe('objects that are not plain are invalid_input', () => {
  class Options {
    readonly cashKpwPerWon = 80;
  }
  const cases = [
    {
      label: 'a Map of options',
      run: loose(mobileWonToCash, 500, new Map([['cashKpwPerWon', 80]])),
    },
    { label: 'a class instance of options', run: loose(mobileWonToCash, 500, new Options()) },
    {
      label: 'a Date as options',
      run: loose(convertMoney, { currency: 'KPW', minor: 1 }, 'KPW', new Date()),
    },
    { label: 'a Date as a transfer input', run: loose(buildTransferUssd, new Date()) },
    { label: 'a Map as a checkTransfer input', run: loose(checkTransfer, new Map()) },
    {
      label: 'a class instance as a history row',
      run: loose(checkTransfer, { history: [new Options()], proposed }),
    },
    { label: 'a Map as a quoteRental input', run: loose(quoteRental, new Map()) },
    {
      label: 'a boxed string as a plan',
      run: loose(planTransfer, new String('x')),
    },
  ];
  it.each(cases)('$label', ({ run }) => {
    expectKpmmError(run, 'invalid_input');
  });

  it('a getter is refused without being called', () => {
    let called = false;
    const options = {
      get cashKpwPerWon(): number {
        called = true;
        throw new RangeError('getter');
      },
    };
    const result = safeMobileWonToCash(500, options);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.path).toEqual(['options', 'cashKpwPerWon']);
    expect(called).toBe(false);
  });

  it('an object made in another way but plain is read', () => {
    const options: unknown = JSON.parse('{"cashKpwPerWon": 80}');
    expect(Reflect.apply(mobileWonToCash, undefined, [500, options])).toBe(40_000);
    const bare: Record<string, unknown> = Object.assign(Object.create(null) as object, {
      cashKpwPerWon: 80,
    });
    expect(Reflect.apply(mobileWonToCash, undefined, [500, bare])).toBe(40_000);
  });
});

describe('a misspelt field is refused everywhere, naming the nearest known name', () => {
  const cases = [
    {
      label: 'planTransfer({ …, histroy })',
      run: loose(planTransfer, { ...transfer, at, histroy: [] }),
      path: ['histroy'],
      suggestion: 'history',
    },
    {
      label: 'checkTransfer({ …, polcy })',
      run: loose(checkTransfer, { history: [], proposed, polcy: null }),
      path: ['polcy'],
      suggestion: 'policy',
    },
    {
      label: 'mobileWonToCash(500, { cashKpwperWon })',
      run: loose(mobileWonToCash, 500, { cashKpwperWon: 80 }),
      path: ['options', 'cashKpwperWon'],
      suggestion: 'cashKpwPerWon',
    },
    {
      label: 'convertMoney(m, USD, { rates, roundng })',
      run: loose(convertMoney, { currency: 'CNY', minor: 1 }, 'USD', {
        rates: DEFAULT_RATE_TABLE,
        roundng: 'floor',
      }),
      path: ['options', 'roundng'],
      suggestion: 'rounding',
    },
    {
      label: 'mobileWonCost(500, { curency })',
      run: loose(mobileWonCost, 500, { curency: 'CNY' }),
      path: ['options', 'curency'],
      suggestion: 'currency',
    },
    {
      label: 'a history row with ammount',
      run: loose(checkTransfer, { history: [{ at, ammount: 1 }], proposed }),
      path: ['history', 0, 'ammount'],
      suggestion: 'amount',
    },
    {
      label: 'a proposed transfer with recipent',
      run: loose(checkTransfer, { history: [], proposed: { ...proposed, recipent: null } }),
      path: ['proposed', 'recipent'],
      suggestion: 'recipient',
    },
    {
      label: 'buildTransferUssd({ …, Pin })',
      run: loose(buildTransferUssd, {
        carrier: 'koryolink',
        amount: 1,
        recipient: '1912345678',
        Pin: '482915',
      }),
      path: ['Pin'],
      suggestion: 'pin',
    },
    {
      label: 'a field like none',
      run: loose(mobileWonToCash, 500, { colour: 'red' }),
      path: ['options', 'colour'],
      suggestion: undefined,
    },
  ];
  it.each(cases)('$label', ({ run, path, suggestion }) => {
    const error: KpmmError = expectKpmmError(run, 'invalid_input', path);
    expect(error.issues[0].suggestion).toBe(suggestion);
    expect(error.message).not.toContain('482915');
  });

  it('the facade config names the field too, as invalid_config', () => {
    const error = expectKpmmError(
      loose(createMobileMoney, { cashKpwperWon: 80 }),
      'invalid_config',
      ['config', 'cashKpwperWon'],
    );
    expect(error.issues[0].suggestion).toBe('cashKpwPerWon');
  });

  it('the safe twins give the same coded result', () => {
    const check = safeCheckTransfer({ history: [], proposed, polcy: null } as never);
    expect(check.success).toBe(false);
    if (!check.success) expect(check.error.issues[0].suggestion).toBe('policy');
    const convert = safeConvertMoney({ currency: 'CNY', minor: 1 }, 'USD', {
      roundng: 'x',
    } as never);
    expect(convert.success).toBe(false);
  });
});
