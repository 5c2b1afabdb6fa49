import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { Money, SafeResult } from '../../src/core/index.js';
import {
  DEFAULT_RATE_TABLE,
  RATE_TABLES,
  RATE_TABLE_IDS,
  RateTableSchema,
  cashToMobileWon,
  convertMoney,
  mobileWonCost,
  safeConvertMoney,
  type MobileWonPurchase,
  type RateTable,
} from '../../src/exchange/index.js';

describe('exchange types', () => {
  it('returns plain numbers and Money', () => {
    expectTypeOf(cashToMobileWon(15_000)).toEqualTypeOf<MobileWonPurchase>();
    expectTypeOf(convertMoney({ currency: 'USD', minor: 100 }, 'KPW')).toEqualTypeOf<Money>();
    expectTypeOf(safeConvertMoney).returns.toEqualTypeOf<SafeResult<Money>>();
  });

  it('accepts any built-in table as rates', () => {
    expectTypeOf(DEFAULT_RATE_TABLE).toExtend<RateTable>();
    expectTypeOf(RATE_TABLES).toExtend<
      Readonly<Record<(typeof RATE_TABLE_IDS)[number], RateTable>>
    >();
    expectTypeOf(RATE_TABLES['dailynk-2024-02']).toExtend<RateTable>();
  });

  it('keeps the schema output a RateTable', () => {
    expectTypeOf<z.infer<typeof RateTableSchema>['kpwPerUnit']['USD']>().toEqualTypeOf<number>();
    expectTypeOf<Omit<z.infer<typeof RateTableSchema>, 'kpwPerUnit'>>().toExtend<
      Omit<RateTable, 'kpwPerUnit'>
    >();
  });

  it('refuses unknown currencies, rounding names and a missing currency', () => {
    // @ts-expect-error JPY is not a Currency
    convertMoney({ currency: 'JPY', minor: 1 }, 'KPW');
    // @ts-expect-error 'up' is not a RoundingMode
    convertMoney({ currency: 'USD', minor: 1 }, 'KPW', { rounding: 'up' });
    // @ts-expect-error the currency to pay in is required
    mobileWonCost(500, {});
    const bare = { kpwPerUnit: { USD: 1, CNY: 1 } };
    // @ts-expect-error a rate table needs more than a rate
    convertMoney({ currency: 'USD', minor: 1 }, 'KPW', { rates: bare });
  });
});
