import { describe, expect, it } from 'vitest';
import { DEFAULT_RENTAL_MODEL, safeQuoteRental } from '../../src/rental/index.js';
import { byFastPath, bySchema } from './quoteInputReference.js';

const base = { region: 'chagang', destination: 'china' } as const;
const dated = (asOf: unknown) => ({ ...base, usdRate: { cny: 672, usd: 100, asOf } });
const withOwnProto = (value: unknown): unknown => ({
  ...(JSON.parse('{"__proto__": 1}') as object),
  ...(typeof value === 'object' ? value : {}),
});

const cases = [
  { label: 'the plain call', input: base },
  { label: 'every field', input: { ...base, crackdown: 'normal', usdRounding: 'floor' } },
  { label: 'null', input: null },
  { label: 'a string', input: 'chagang' },
  { label: 'an array', input: [base] },
  { label: 'an empty object', input: {} },
  { label: 'an undefined crackdown', input: { ...base, crackdown: undefined } },
  { label: 'a null crackdown', input: { ...base, crackdown: null } },
  { label: 'an unknown field', input: { ...base, colour: 'red' } },
  { label: 'an own __proto__ field', input: withOwnProto(base) },
  { label: 'a null prototype', input: Object.assign(Object.create(null) as object, base) },
  { label: 'the whole default model', input: { ...base, model: DEFAULT_RENTAL_MODEL } },
  { label: 'an empty model', input: { ...base, model: {} } },
  { label: 'a model with an unknown part', input: { ...base, model: { colour: 1 } } },
  { label: 'a model array', input: { ...base, model: [] } },
  { label: 'levels array', input: { ...base, model: { regionLevels: [] } } },
  {
    label: 'an unknown region and a bad level',
    input: { ...base, model: { regionLevels: { kaesong: 1, chagang: -1 } } },
  },
  {
    label: 'an own __proto__ level',
    input: { ...base, model: { regionLevels: withOwnProto({ chagang: 1 }) } },
  },
  {
    label: 'a level of 2^60',
    input: { ...base, model: { regionLevels: { chagang: 2 ** 60 } } },
  },
  {
    label: 'a weight of -2^60',
    input: { ...base, model: { destinationWeights: { china: -(2 ** 60) } } },
  },
  { label: 'a step of 2^60', input: { ...base, model: { price: { stepFen: 2 ** 60 } } } },
  { label: 'a step of -2^60', input: { ...base, model: { price: { stepFen: -(2 ** 60) } } } },
  { label: 'a NaN price', input: { ...base, model: { price: { fromFen: Number.NaN } } } },
  {
    label: 'every cross-field rule broken',
    input: {
      ...base,
      model: {
        regionLevels: { chagang: 100 },
        destinationWeights: { china: 30, 'south-korea': 0 },
        crackdownWeights: { normal: 20, intensified: 0 },
        price: { fromFen: 2, toFen: 1 },
      },
    },
  },
  {
    label: 'a cross-field rule broken next to an unknown field',
    input: { ...base, model: { regionLevels: { chagang: 100 } }, colour: 1 },
  },
  {
    label: 'a cross-field rule broken next to a bad rounding',
    input: { ...base, model: { regionLevels: { chagang: 100 } }, usdRounding: 'round' },
  },
  {
    label: 'a cross-field rule broken next to a bad part of the same model',
    input: { ...base, model: { regionLevels: { chagang: 100 }, price: { stepFen: 0 } } },
  },
  {
    label: 'a cross-field rule broken next to a bad rate',
    input: { ...base, model: { regionLevels: { chagang: 100 } }, usdRate: { cny: 0, usd: 1 } },
  },
  {
    label: 'a level given as the string "200"',
    input: { ...base, model: { regionLevels: { chagang: '200' } } },
  },
  {
    label: 'a level given as the string "-1"',
    input: { ...base, model: { regionLevels: { chagang: '-1' } } },
  },
  {
    label: 'a step given as the string "0"',
    input: { ...base, model: { price: { stepFen: '0' } } },
  },
  { label: 'a rate given as the string "0"', input: { ...base, usdRate: { cny: '0', usd: 1 } } },
  { label: 'a rate array', input: { ...base, usdRate: [] } },
  { label: 'an empty rate', input: { ...base, usdRate: {} } },
  { label: 'a rate of 2^60', input: { ...base, usdRate: { cny: 2 ** 60, usd: 1 } } },
  { label: 'a rate of -2^60', input: { ...base, usdRate: { cny: -(2 ** 60), usd: 1 } } },
  { label: 'a rate with an unknown key', input: { ...base, usdRate: { cny: 1, usd: 1, x: 1 } } },
  { label: 'an empty label', input: { ...base, usdRate: { cny: 1, usd: 1, label: '' } } },
  {
    label: 'a label of 200 characters',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: 'x'.repeat(200) } },
  },
  {
    label: 'a label of 201 characters',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: 'x'.repeat(201) } },
  },
  {
    label: 'a label of 200 astral characters (400 UTF-16 units)',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: '\u{1F600}'.repeat(200) } },
  },
  {
    label: 'a label of 201 astral characters',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: '\u{1F600}'.repeat(201) } },
  },
  {
    label: 'a label of 201 lone surrogates',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: '\ud800'.repeat(201) } },
  },
  { label: 'a null label', input: { ...base, usdRate: { cny: 1, usd: 1, label: null } } },
  { label: 'a label that is a number', input: { ...base, usdRate: { cny: 1, usd: 1, label: 5 } } },
  { label: 'a label that is []', input: { ...base, usdRate: { cny: 1, usd: 1, label: [] } } },
  { label: 'a label that is [x]', input: { ...base, usdRate: { cny: 1, usd: 1, label: ['x'] } } },
  {
    label: 'a label with length 201',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: { length: 201 } } },
  },
  {
    label: 'a label with length "a"',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: { length: 'a' } } },
  },
  {
    label: 'a label that is a function',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: (a: number, b: number) => a + b } },
  },
  {
    label: 'a label that is a function of no parameters (length 0)',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: () => 0 } },
  },
  {
    label: 'a label that is a function of length 201',
    input: {
      ...base,
      usdRate: {
        cny: 1,
        usd: 1,
        label: Object.defineProperty(() => 0, 'length', { value: 201 }),
      },
    },
  },
  { label: 'a label that is true', input: { ...base, usdRate: { cny: 1, usd: 1, label: true } } },
  {
    label: 'a label that is a symbol',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: Symbol('x') } },
  },
  {
    label: 'a label with length undefined',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: { length: undefined } } },
  },
  {
    label: 'a label of 1 astral character (2 UTF-16 units)',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: '\u{1F600}' } },
  },
  {
    label: 'a label of 100 astral characters and 1 more (201 UTF-16 units)',
    input: { ...base, usdRate: { cny: 1, usd: 1, label: `${'\u{1F600}'.repeat(100)}x` } },
  },
  { label: 'a rounding of null', input: { ...base, usdRounding: null } },
  { label: 'a dated rate', input: dated('2020-06-17') },
  { label: 'a rate dated on a leap day', input: dated('2020-02-29') },
  { label: 'a rate dated 2000-02-29 (a leap century)', input: dated('2000-02-29') },
  { label: 'a rate dated 0000-02-29 (the year 0 is a leap year)', input: dated('0000-02-29') },
  { label: 'a rate dated 9999-12-31', input: dated('9999-12-31') },
  { label: 'an undefined asOf', input: dated(undefined) },
  { label: 'a rate dated 2020-02-30', input: dated('2020-02-30') },
  { label: 'a rate dated 2021-02-29 (no leap year)', input: dated('2021-02-29') },
  { label: 'a rate dated 1900-02-29 (no leap century)', input: dated('1900-02-29') },
  { label: 'a rate dated 2020-06-31', input: dated('2020-06-31') },
  { label: 'a rate dated month 00', input: dated('2020-00-17') },
  { label: 'a rate dated month 13', input: dated('2020-13-17') },
  { label: 'a rate dated day 00', input: dated('2020-06-00') },
  { label: 'a rate dated with a one-digit month', input: dated('2020-6-17') },
  { label: 'a rate dated with a five-digit year', input: dated('12020-06-17') },
  { label: 'a rate dated with full-width digits', input: dated('２０２０-06-17') },
  { label: 'a rate dated with a time', input: dated('2020-06-17T00:00:00Z') },
  { label: 'a rate dated with a trailing newline', input: dated('2020-06-17\n') },
  { label: 'a rate dated with a leading space', input: dated(' 2020-06-17') },
  { label: 'a rate dated by month only', input: dated('2020-06') },
  { label: 'a rate dated without dashes', input: dated('20200617') },
  { label: 'an empty asOf', input: dated('') },
  { label: 'a null asOf', input: dated(null) },
  { label: 'an asOf that is a number', input: dated(20_200_617) },
  { label: 'an asOf that is a Date', input: dated(new Date(Date.UTC(2020, 5, 17))) },
  { label: 'an asOf that is an array', input: dated(['2020-06-17']) },
  {
    label: 'a bad asOf next to a bad ratio and label, in the order of the fields',
    input: { ...base, usdRate: { label: '', asOf: '2020-02-30', usd: 0, cny: 1 } },
  },
  {
    label: 'a bad asOf next to an unknown key of the rate',
    input: { ...base, usdRate: { cny: 1, usd: 1, asOf: 'x', date: '2020-06-17' } },
  },
  {
    label: 'a bad asOf next to a cross-field rule broken',
    input: { ...dated('2021-02-29'), model: { regionLevels: { chagang: 100 } } },
  },
] as const satisfies readonly { label: string; input: unknown }[];

describe('quoteRental reads only own fields, where RentalQuoteInputSchema reads inherited ones', () => {
  it('refuses an input whose fields are inherited', () => {
    const input: unknown = Object.create(base);
    expect(bySchema(input)).toEqual([]);
    expect(byFastPath(input)).toMatchObject([{ code: 'invalid_input', path: [] }]);
  });

  it('refuses a label that is not a string once, without reading its inherited length', () => {
    const label: unknown = Object.create({ length: 0 });
    const input = { ...base, usdRate: { cny: 1, usd: 1, label } };
    expect(bySchema(input)).toHaveLength(2);
    expect(byFastPath(input)).toEqual([
      {
        code: 'invalid_rate',
        path: ['usdRate', 'label'],
        message: 'usdRate.label must be a string of 1 to 200 characters',
      },
    ]);
  });
});

describe('the fast path and RentalQuoteInputSchema agree on edge cases', () => {
  it.each(cases)('$label', ({ input }) => {
    expect(byFastPath(input)).toEqual(bySchema(input));
  });
});

describe('quoteRental refuses objects that are not plain where an object is expected', () => {
  it.each([
    {
      label: 'a Date as usdRate',
      input: { usdRate: new Date(0) },
      code: 'invalid_rate',
      path: ['usdRate'],
    },
    {
      label: 'a Map as model',
      input: { model: new Map() },
      code: 'invalid_model',
      path: ['model'],
    },
  ])('$label', ({ input, code, path }) => {
    const result = safeQuoteRental({
      region: 'ryanggang',
      destination: 'china',
      ...input,
    } as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe(code);
      expect(result.error.path).toEqual(path);
    }
  });
});
