import { describe, expect, it } from 'vitest';
import {
  RATE_TABLES,
  rateTableAt,
  safeRateTableAt,
  type RateTableGap,
} from '../../src/exchange/index.js';
import { expectKpmmError } from '../helpers.js';

const cases = [
  {
    label: 'the day the price was reported',
    at: '2020-06-08T10:00:00+09:00',
    id: 'dailynk-2020-06-pyongyang',
    gap: null,
  },
  {
    label: 'Pyongyang midnight of 2020-06-01, the first day of the first table',
    at: '2020-05-31T15:00:00.000Z',
    id: 'dailynk-2020-06-pyongyang',
    gap: null,
  },
  {
    label: 'a millisecond earlier: one day before the first table',
    at: '2020-05-31T14:59:59.999Z',
    id: 'dailynk-2020-06-pyongyang',
    gap: { code: 'before_first_rate_table', day: '2020-05-31', days: 1 },
  },
  {
    label: 'the 2018 change of offset, 759 days before the first table',
    at: '2018-05-04T12:00:00+08:30',
    id: 'dailynk-2020-06-pyongyang',
    gap: { code: 'before_first_rate_table', day: '2018-05-04', days: 759 },
  },
  {
    label: 'the last day before the 2021 table',
    at: '2021-01-31T23:59:59+09:00',
    id: 'dailynk-2020-06-pyongyang',
    gap: null,
  },
  {
    label: 'the first day of the 2021 table',
    at: '2021-02-01T00:00:00+09:00',
    id: 'dailynk-2021-02',
    gap: null,
  },
  {
    label: 'the 2022 switch of policy',
    at: '2022-08-10T00:00:00+09:00',
    id: 'dailynk-2022-07',
    gap: null,
  },
  {
    label: 'the last day of the last table’s month',
    at: '2024-02-29T23:59:59+09:00',
    id: 'dailynk-2024-02',
    gap: null,
  },
  {
    label: 'the day after: the last table, 29 days old',
    at: '2024-03-01T00:00:00+09:00',
    id: 'dailynk-2024-02',
    gap: { code: 'after_last_rate_table', day: '2024-03-01', days: 29 },
  },
  {
    label: 'a year on',
    at: '2025-02-01T12:00:00Z',
    id: 'dailynk-2024-02',
    gap: { code: 'after_last_rate_table', day: '2025-02-01', days: 366 },
  },
] as const satisfies readonly {
  label: string;
  at: string;
  id: string;
  gap: Pick<RateTableGap, 'code' | 'day' | 'days'> | null;
}[];

describe('rateTableAt', () => {
  it.each(cases)('$label: $id', ({ at, id, gap }) => {
    const pick = rateTableAt(at);
    expect(pick.table.id).toBe(id);
    expect(pick.table).toBe(RATE_TABLES[id]);
    if (gap === null) {
      expect(pick.gap).toBeNull();
      return;
    }
    expect(pick.gap).toEqual({
      ...gap,
      tableId: id,
      asOf: pick.table.asOf,
      message:
        gap.code === 'before_first_rate_table'
          ? `no rate table is dated before 2020-06; ${gap.day} is priced with ${id}, ${String(gap.days)} days earlier than it`
          : `no rate table is dated after 2024-02; ${gap.day} is priced with ${id}, ${String(gap.days)} days old`,
    });
    expect(Object.isFrozen(pick.gap)).toBe(true);
  });

  it('refuses an instant without an offset; safeRateTableAt returns the error', () => {
    expectKpmmError(() => rateTableAt('2022-08-10T00:00:00'), 'invalid_instant', []);
    const result = safeRateTableAt('2022-08-10T00:00:00');
    expect(result.success ? null : result.error.code).toBe('invalid_instant');
    expect(safeRateTableAt(0).success).toBe(true);
  });
});
