import { describe, expectTypeOf, it } from 'vitest';
import {
  createMobileMoney,
  rateTableAt,
  safeScheduleTransfers,
  scheduleTransfers,
  type GiftPlan,
  type KpPhoneNumber,
  type RateTable,
  type RateTableGap,
  type SafeResult,
  type ScheduledTransfer,
  type TransferCost,
} from '../src/index.js';

describe('schedule and dated price types', () => {
  it('a schedule is a readonly list of transfers to parsed numbers', () => {
    const schedule = scheduleTransfers({ totalWon: 500, from: 0, recipients: ['0191 234 5678'] });
    expectTypeOf(schedule).toEqualTypeOf<readonly ScheduledTransfer[]>();
    expectTypeOf<ScheduledTransfer['recipient']>().toEqualTypeOf<KpPhoneNumber>();
    expectTypeOf(safeScheduleTransfers).returns.toEqualTypeOf<
      SafeResult<readonly ScheduledTransfer[]>
    >();
    // @ts-expect-error: recipients are required
    scheduleTransfers({ totalWon: 500, from: 0 });
  });

  it('a picked table comes with a gap or null', () => {
    expectTypeOf(rateTableAt(0).table).toEqualTypeOf<RateTable>();
    expectTypeOf(rateTableAt(0).gap).toEqualTypeOf<RateTableGap | null>();
    expectTypeOf<RateTableGap['code']>().toEqualTypeOf<
      'before_first_rate_table' | 'after_last_rate_table'
    >();
  });

  it('the facade names its table and plans gifts', () => {
    const mm = createMobileMoney();
    expectTypeOf(mm.costOf(500, { at: 0 })).toEqualTypeOf<TransferCost>();
    expectTypeOf<TransferCost['rateTableId']>().toEqualTypeOf<string>();
    expectTypeOf<ReturnType<typeof mm.planGift>>().toEqualTypeOf<GiftPlan>();
    expectTypeOf(mm.config.rates).toEqualTypeOf<RateTable | null>();
    // @ts-expect-error: costOf takes its date in an options object
    mm.costOf(500, 0);
  });
});
