import { describe, expect, it } from 'vitest';
import { KPMM_ERROR_CODES, KpmmError, isKpmmError, toSafe } from '../../src/core/index.js';
import { fail, failAll, rebased } from '../../src/core/internal/fail.js';

describe('KpmmError', () => {
  it('takes its code and path from the first issue and keeps every issue', () => {
    const error = new KpmmError([
      { code: 'invalid_amount', path: ['amount'], message: 'amount must be whole' },
      { code: 'invalid_pin', path: ['pin'], message: 'pin must be 6 ASCII digits' },
    ]);
    expect(error.name).toBe('KpmmError');
    expect(error.code).toBe('invalid_amount');
    expect(error.path).toEqual(['amount']);
    expect(error.issues.map((i) => i.code)).toEqual(['invalid_amount', 'invalid_pin']);
    expect(error.message).toBe('amount must be whole; pin must be 6 ASCII digits');
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(error).toBeInstanceOf(Error);
  });

  it('writes a message without a path prefix when the path is empty', () => {
    expect(new KpmmError([{ code: 'invalid_instant', path: [], message: 'bad' }]).message).toBe(
      'bad',
    );
  });

  it('has snake_case codes only', () => {
    for (const code of KPMM_ERROR_CODES) expect(code).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    expect(new Set(KPMM_ERROR_CODES).size).toBe(KPMM_ERROR_CODES.length);
  });
});

describe('isKpmmError', () => {
  const lookalike = Object.assign(new Error('x'), {
    name: 'KpmmError',
    code: 'invalid_pin',
    issues: [{ code: 'invalid_pin', path: [], message: 'x' }],
  });
  it.each([
    {
      label: 'a KpmmError',
      value: new KpmmError([{ code: 'invalid_pin', path: [], message: 'x' }]),
      is: true,
    },
    { label: 'one from another copy of the library', value: lookalike, is: true },
    { label: 'a plain Error', value: new Error('x'), is: false },
    {
      label: 'an Error named KpmmError with an unknown code',
      value: Object.assign(new Error('x'), { name: 'KpmmError', code: 'nope', issues: [{}] }),
      is: false,
    },
    {
      label: 'an Error named KpmmError without issues',
      value: Object.assign(new Error('x'), { name: 'KpmmError', code: 'invalid_pin', issues: [] }),
      is: false,
    },
    {
      label: 'a plain object',
      value: { name: 'KpmmError', code: 'invalid_pin', issues: [{}] },
      is: false,
    },
    { label: 'null', value: null, is: false },
    {
      label: 'an Error of another name with a known code and issues',
      value: Object.assign(new Error('x'), {
        code: 'invalid_pin',
        issues: [{ code: 'invalid_pin', path: [], message: 'x' }],
      }),
      is: false,
    },
    {
      label: 'an Error named KpmmError whose issues are not an array',
      value: Object.assign(new Error('x'), { name: 'KpmmError', code: 'invalid_pin', issues: 'x' }),
      is: false,
    },
  ])('$label', ({ value, is }) => {
    expect(isKpmmError(value)).toBe(is);
  });
});

describe('fail helpers', () => {
  it('fail throws one issue with an index when given', () => {
    try {
      fail('unsorted_log', [3, 'at'], 'row 3 is earlier than row 2', { index: 3 });
    } catch (error) {
      expect(isKpmmError(error) && error.issues[0]).toEqual({
        code: 'unsorted_log',
        path: [3, 'at'],
        message: 'row 3 is earlier than row 2',
        index: 3,
      });
    }
    expect.assertions(1);
  });

  it('failAll throws nothing for no issues and every issue otherwise', () => {
    expect(() => failAll([])).not.toThrow();
    expect(() => failAll([{ code: 'invalid_pin', path: ['pin'], message: 'x' }])).toThrow(
      KpmmError,
    );
  });

  it('rebased moves every issue, path and message, from one place of an input to another', () => {
    const inner = new KpmmError([
      {
        code: 'invalid_model',
        path: ['model', 'price', 'stepFen'],
        message: 'model.price.stepFen must be at least 1',
      },
      { code: 'invalid_model', path: ['model'], message: 'model must be an object' },
      { code: 'invalid_input', path: [], message: 'input must be an object' },
      { code: 'invalid_amount', path: ['amount'], message: 'the amount is off', index: 3 },
    ]);
    const outer = rebased(inner, ['model'], ['config', 'rentalModel']);
    expect(outer.issues).toEqual([
      {
        code: 'invalid_model',
        path: ['config', 'rentalModel', 'price', 'stepFen'],
        message: 'config.rentalModel.price.stepFen must be at least 1',
      },
      {
        code: 'invalid_model',
        path: ['config', 'rentalModel'],
        message: 'config.rentalModel must be an object',
      },
      {
        code: 'invalid_input',
        path: ['config', 'rentalModel'],
        message: 'input must be an object',
      },
      {
        code: 'invalid_amount',
        path: ['config', 'rentalModel', 'amount'],
        message: 'the amount is off',
        index: 3,
      },
    ]);
    expect(outer.code).toBe('invalid_model');
    expect(outer.path).toEqual(['config', 'rentalModel', 'price', 'stepFen']);
  });

  it('rebased moves only a path that begins with every segment of from', () => {
    const inner = new KpmmError([
      { code: 'invalid_model', path: ['model', 'note'], message: 'model.note must be a string' },
    ]);
    const outer = rebased(inner, ['model', 'price'], ['config']);
    expect(outer.issues[0]).toEqual({
      code: 'invalid_model',
      path: ['config', 'model', 'note'],
      message: 'config.model.note must be a string',
    });
  });

  it('rebased leaves a message alone when the field name is only a prefix of its first word', () => {
    const inner = new KpmmError([
      { code: 'invalid_policy', path: ['policy'], message: 'policyAt failed' },
    ]);
    expect(rebased(inner, ['policy'], ['config', 'policy']).message).toBe('policyAt failed');
  });
});

describe('toSafe', () => {
  const half = (n: number): number => {
    if (n % 2 !== 0) fail('invalid_amount', ['n'], 'n must be even');
    return n / 2;
  };
  const safeHalf = toSafe(half);

  it('wraps a value', () => {
    expect(safeHalf(4)).toEqual({ success: true, data: 2 });
  });

  it('returns a KpmmError as a failure', () => {
    const result = safeHalf(3);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('invalid_amount');
  });

  it('lets a programmer error through', () => {
    const broken = toSafe(() => {
      throw new TypeError('bug');
    });
    expect(() => broken()).toThrow(TypeError);
  });
});
