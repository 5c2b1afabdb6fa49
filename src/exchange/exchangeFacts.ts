import { deepFreeze } from '../core/internal/freeze.js';
import type { Fact } from '../core/index.js';
import { MOBILE_MONEY_RMB_AGREEMENT } from './mobileMoneyRmbAgreement.js';
import { MOBILE_WON_PRICE } from './mobileWonPrice.js';
import { DEFAULT_RATE_TABLE, RATE_TABLE_IDS, RATE_TABLES } from './rateTables.js';

/**
 * Every constant of the exchange module with its value, unit, grade and source ids.
 *
 * @returns the facts: `MOBILE_WON_PRICE`, `RATE_TABLES`, `DEFAULT_RATE_TABLE`,
 * `MOBILE_MONEY_RMB_AGREEMENT`
 * @example
 * ```ts
 * exchangeFacts().map((f) => f.id);
 * //=> ['MOBILE_WON_PRICE', 'RATE_TABLES', 'DEFAULT_RATE_TABLE', 'MOBILE_MONEY_RMB_AGREEMENT']
 * ```
 */
export function exchangeFacts(): readonly Fact[] {
  return deepFreeze([
    {
      id: 'MOBILE_WON_PRICE',
      value: MOBILE_WON_PRICE.cashKpwPerWon,
      unit: 'KPW cash per won of mobile money',
      grade: MOBILE_WON_PRICE.grade,
      sources: MOBILE_WON_PRICE.sources,
      note: MOBILE_WON_PRICE.note,
    },
    {
      id: 'RATE_TABLES',
      value: RATE_TABLE_IDS.map((id) => RATE_TABLES[id]).map((t) => ({
        id: t.id,
        asOf: t.asOf,
        place: t.place,
        kpwPerUnit: t.kpwPerUnit,
      })),
      unit: 'KPW per US dollar and per yuan, by month',
      grade: 'reported',
      sources: [...new Set(Object.values(RATE_TABLES).map((t) => t.source))],
      note: 'Approximate market rates from Daily NK surveys; no euro rate is reported. Where the market is not recorded, place is "not stated".',
    },
    {
      id: 'DEFAULT_RATE_TABLE',
      value: DEFAULT_RATE_TABLE.kpwPerUnit,
      unit: 'KPW per US dollar and per yuan',
      grade: DEFAULT_RATE_TABLE.grade,
      sources: [DEFAULT_RATE_TABLE.source],
      note: `${DEFAULT_RATE_TABLE.place}, ${DEFAULT_RATE_TABLE.asOf}. ${DEFAULT_RATE_TABLE.note}`,
    },
    {
      id: 'MOBILE_MONEY_RMB_AGREEMENT',
      value: MOBILE_MONEY_RMB_AGREEMENT.computed,
      unit: 'cost of 500 won of mobile money, CNY in fen',
      grade: MOBILE_MONEY_RMB_AGREEMENT.grade,
      sources: MOBILE_MONEY_RMB_AGREEMENT.sources,
      note: MOBILE_MONEY_RMB_AGREEMENT.note,
    },
  ]);
}
