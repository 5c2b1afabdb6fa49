import type { RateTable } from './rateTableSchema.js';

// The built-in tables cite a source id of SOURCES, so facts() can check it exists.
type BuiltInRateTable = RateTable & { readonly source: 'dailynk-market-rates' };

function table(entry: BuiltInRateTable): BuiltInRateTable {
  return Object.freeze({ ...entry, kpwPerUnit: Object.freeze({ ...entry.kpwPerUnit }) });
}

/**
 * The default rate table: the Pyongyang market in June 2020, about KPW 8,400 per US dollar and
 * KPW 1,250 per yuan, the rates of the month the 75 : 1 price of mobile money was reported.
 *
 * @see dailynk-market-rates
 * @example
 * ```ts
 * DEFAULT_RATE_TABLE.kpwPerUnit;
 * //=> { USD: 8400, CNY: 1250 }
 * ```
 */
export const DEFAULT_RATE_TABLE = table({
  id: 'dailynk-2020-06-pyongyang',
  asOf: '2020-06',
  kpwPerUnit: { USD: 8_400, CNY: 1_250 },
  place: 'Pyongyang',
  source: 'dailynk-market-rates',
  grade: 'reported',
  note: 'Approximate market rates (about KPW 8,400 per USD and 1,250 per CNY). No euro rate is reported: pass a table with EUR to convert euros.',
});

/**
 * Dated market exchange rates from Daily NK price surveys, by id; {@link RATE_TABLE_IDS} lists
 * them oldest first, and the first is {@link DEFAULT_RATE_TABLE}. Rates are whole KPW per dollar and per yuan. None has a euro rate,
 * because none is reported. Where the source as recorded does not name the market, `place` is
 * `'not stated'`.
 *
 * @see dailynk-market-rates
 * @example
 * ```ts
 * RATE_TABLES['dailynk-2024-02'].kpwPerUnit;
 * //=> { USD: 8510, CNY: 1400 }
 * ```
 */
export const RATE_TABLES = Object.freeze({
  'dailynk-2020-06-pyongyang': DEFAULT_RATE_TABLE,
  'dailynk-2021-02': table({
    id: 'dailynk-2021-02',
    asOf: '2021-02',
    kpwPerUnit: { USD: 7_300, CNY: 980 },
    place: 'not stated',
    source: 'dailynk-market-rates',
    grade: 'reported',
    note: 'Approximate market rates. No euro rate is reported.',
  }),
  'dailynk-2022-07': table({
    id: 'dailynk-2022-07',
    asOf: '2022-07',
    kpwPerUnit: { USD: 8_150, CNY: 950 },
    place: 'not stated',
    source: 'dailynk-market-rates',
    grade: 'reported',
    note: 'Approximate market rates. No euro rate is reported.',
  }),
  'dailynk-2023-03': table({
    id: 'dailynk-2023-03',
    asOf: '2023-03',
    kpwPerUnit: { USD: 8_210, CNY: 1_230 },
    place: 'not stated',
    source: 'dailynk-market-rates',
    grade: 'reported',
    note: 'Approximate market rates. No euro rate is reported.',
  }),
  'dailynk-2024-02': table({
    id: 'dailynk-2024-02',
    asOf: '2024-02',
    kpwPerUnit: { USD: 8_510, CNY: 1_400 },
    place: 'not stated',
    source: 'dailynk-market-rates',
    grade: 'reported',
    note: 'Approximate market rates. No euro rate is reported.',
  }),
} as const);

/**
 * The ids of {@link RATE_TABLES}, oldest first.
 *
 * @example
 * ```ts
 * RATE_TABLE_IDS.map((id) => `${RATE_TABLES[id].asOf} ${String(RATE_TABLES[id].kpwPerUnit.USD)}`);
 * //=> ['2020-06 8400', '2021-02 7300', '2022-07 8150', '2023-03 8210', '2024-02 8510']
 * ```
 */
export const RATE_TABLE_IDS = Object.freeze([
  'dailynk-2020-06-pyongyang',
  'dailynk-2021-02',
  'dailynk-2022-07',
  'dailynk-2023-03',
  'dailynk-2024-02',
] as const satisfies readonly (keyof typeof RATE_TABLES)[]);
