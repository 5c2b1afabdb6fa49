import { describe, expect, it } from 'vitest';
import type { KpmmErrorCode, PathSegment } from '../../src/core/index.js';
import { divideRounded, toSafeInteger } from '../../src/core/index.js';
import { convertMoney, mobileWonCost } from '../../src/exchange/index.js';
import { expectKpmmError } from '../helpers.js';

const CURRENCY_LIST = 'KPW, CNY, USD, EUR';
const ROUNDING_LIST = 'floor, ceil, half-up, half-even';

// The shared checks of the kernel word their refusals the same way wherever they are used: the
// field, then what it must be, listing the choices.
const cases = [
  {
    label: 'a target currency the library does not know',
    call: () => convertMoney({ currency: 'USD', minor: 100 }, 'GBP' as never),
    code: 'unknown_currency',
    path: ['to'],
    message: `to must be one of ${CURRENCY_LIST}`,
  },
  {
    label: 'money that is not an object',
    call: () => convertMoney('USD 1' as never, 'KPW'),
    code: 'invalid_money',
    path: ['money'],
    message: 'money must be { currency, minor }',
  },
  {
    label: 'money in a currency the library does not know',
    call: () => convertMoney({ currency: 'GBP', minor: 1 } as never, 'KPW'),
    code: 'unknown_currency',
    path: ['money', 'currency'],
    message: `money.currency must be one of ${CURRENCY_LIST}`,
  },
  {
    label: 'a rounding option that is not one of the four',
    call: () =>
      convertMoney({ currency: 'USD', minor: 100 }, 'KPW', { rounding: 'round' as never }),
    code: 'invalid_rounding',
    path: ['rounding'],
    message: `rounding must be one of ${ROUNDING_LIST}`,
  },
  {
    label: 'a cost in a currency the library does not know',
    call: () => mobileWonCost(300, { currency: 'GBP' as never }),
    code: 'unknown_currency',
    path: ['currency'],
    message: `currency must be one of ${CURRENCY_LIST}`,
  },
  {
    label: 'divideRounded with a rounding that is not one of the four',
    call: () => divideRounded(1n, 2n, 'round' as never),
    code: 'invalid_rounding',
    path: ['rounding'],
    message: `rounding must be one of ${ROUNDING_LIST}`,
  },
  {
    label: 'toSafeInteger past the largest safe integer',
    call: () => toSafeInteger(2n ** 60n, ['cashKpw']),
    code: 'out_of_range',
    path: ['cashKpw'],
    message: 'cashKpw is beyond exact representation',
  },
  {
    label: 'toSafeInteger below the smallest safe integer, at a nested path',
    call: () => toSafeInteger(-(2n ** 60n), ['usd', 'minor']),
    code: 'out_of_range',
    path: ['usd', 'minor'],
    message: 'usd.minor is beyond exact representation',
  },
] as const satisfies readonly {
  label: string;
  call: () => unknown;
  code: KpmmErrorCode;
  path: readonly PathSegment[];
  message: string;
}[];

describe('the words of the shared checks', () => {
  it.each(cases)('$label', ({ call, code, path, message }) => {
    const error = expectKpmmError(call, code, path);
    expect(error.message).toBe(message);
    expect(error.issues).toHaveLength(1);
  });
});
