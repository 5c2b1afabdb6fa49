import {
  CRACKDOWN_IDS,
  DAILY_CAP_2020,
  DEFAULT_RATE_TABLE,
  DESTINATIONS,
  DESTINATION_IDS,
  LIMITS_2022,
  RATE_TABLES,
  RATE_TABLE_IDS,
  REGIONS,
  REGION_IDS,
  RENTAL_PRICE_RANGE,
  mobileWonCost,
  mobileWonToCash,
  quoteRental,
  startOfNextPyongyangDay,
  type Crackdown,
  type Destination,
  type Money,
  type RateTable,
  type RegionId,
} from 'kp-mobile-money';

/** The price of mobile money under one dated rate table. */
export interface PriceRow {
  readonly table: string;
  /** The table's month, `YYYY-MM`. */
  readonly asOf: string;
  readonly place: string;
  /** Cash KPW for one won of mobile money. */
  readonly cashKpwPerWon: number;
  /** What 500 won of mobile money costs in yuan and in dollars at the table's rates. */
  readonly cny500: Money;
  readonly usd500: Money;
}

/** A rental estimate for one region, destination and crackdown. */
export interface RentalRow {
  readonly region: RegionId;
  readonly regionName: string;
  readonly destination: Destination;
  readonly destinationName: string;
  readonly crackdown: Crackdown;
  readonly estimate: Money;
  readonly usdEstimate: Money;
}

/** One row of the gift table: won of mobile money, the cash it costs, and yuan and dollars. */
export interface GiftRow {
  readonly won: number;
  readonly cashKpw: number;
  readonly cny: Money;
  readonly usd: Money;
}

/** A span of the rules' timeline: a policy in force, or the UTC+8:30 years of Pyongyang time. */
export interface TimelineSpan {
  readonly id: string;
  readonly label: string;
  readonly kind: 'policy' | 'time zone';
  /** The first Pyongyang day, `YYYY-MM-DD`. */
  readonly from: string;
  /** The last Pyongyang day, or null when no end is reported. */
  readonly to: string | null;
}

/** The cost of 500 won: the sum the 2020 cap and the 2022 limits allow a day. */
export const CAP_WON = 500;
/** The gifts the 2020 article reports: 200 to 500 won of mobile money. */
export const GIFT_WON = [200, 300, 400, 500] as const;

/** The dated rate tables, oldest first. */
export function rateTables(): readonly RateTable[] {
  return RATE_TABLE_IDS.map((id) => RATE_TABLES[id]);
}

/**
 * The price of mobile money under every dated rate table: cash KPW for one won, and what 500
 * won costs in yuan and dollars, from `mobileWonToCash` and `mobileWonCost`.
 *
 * @returns one row per table, oldest first
 * @example
 * ```ts
 * priceRows()[0];
 * //=> { table: 'dailynk-2020-06-pyongyang', asOf: '2020-06', place: 'Pyongyang', cashKpwPerWon: 75, cny500: { currency: 'CNY', minor: 3000 }, usd500: { currency: 'USD', minor: 446 } }
 * ```
 */
export function priceRows(): PriceRow[] {
  return rateTables().map((rates) => ({
    table: rates.id,
    asOf: rates.asOf,
    place: rates.place,
    cashKpwPerWon: mobileWonToCash(1),
    cny500: mobileWonCost(CAP_WON, { currency: 'CNY', rates }),
    usd500: mobileWonCost(CAP_WON, { currency: 'USD', rates }),
  }));
}

/**
 * Rental estimates from `quoteRental` for every region, destination and crackdown.
 *
 * @returns one row per combination, by region, then destination, then crackdown
 * @example
 * ```ts
 * rentalRows().length;
 * //=> 16
 * ```
 */
export function rentalRows(): RentalRow[] {
  return REGION_IDS.flatMap((region) =>
    DESTINATION_IDS.flatMap((destination) =>
      CRACKDOWN_IDS.map((crackdown) => {
        const quote = quoteRental({ region, destination, crackdown });
        return {
          region,
          regionName: REGIONS[region].name,
          destination,
          destinationName: DESTINATIONS[destination].name,
          crackdown,
          estimate: quote.estimate,
          usdEstimate: quote.usd.estimate,
        };
      }),
    ),
  );
}

/** The reported rental range, RMB 50–200, in fen. */
export function rentalRange(): { readonly min: Money; readonly max: Money } {
  return { min: RENTAL_PRICE_RANGE.min, max: RENTAL_PRICE_RANGE.max };
}

/**
 * The gift table: 200 to 500 won of mobile money, its cash price and its yuan and dollar cost at
 * the default (June 2020) rate table.
 *
 * @example
 * ```ts
 * giftRows().map((g) => g.cashKpw);
 * //=> [15000, 22500, 30000, 37500]
 * ```
 */
export function giftRows(): GiftRow[] {
  return GIFT_WON.map((won) => ({
    won,
    cashKpw: mobileWonToCash(won),
    cny: mobileWonCost(won, { currency: 'CNY', rates: DEFAULT_RATE_TABLE }),
    usd: mobileWonCost(won, { currency: 'USD', rates: DEFAULT_RATE_TABLE }),
  }));
}

const DAY_MS = 86_400_000;

/**
 * The Pyongyang days that began half an hour late (at 15:30Z), found by asking the library when
 * each day of 2015–2018 begins: the UTC+8:30 years, from the library's own time-zone rule.
 */
function halfHourYears(): { from: string; to: string } {
  let from = '';
  let to = '';
  for (let t = Date.UTC(2015, 0, 1); t < Date.UTC(2019, 0, 1); t += DAY_MS) {
    // At 00:00Z it is morning in Pyongyang on the same date; the next day begins that
    // afternoon at 15:00Z, or at 15:30Z in the UTC+8:30 years.
    const next = startOfNextPyongyangDay(t);
    if (next.slice(14, 16) === '30') {
      const day = new Date(Date.parse(next) + DAY_MS).toISOString().slice(0, 10);
      if (from === '') from = day;
      to = day;
    }
  }
  return { from, to };
}

/**
 * The rules over time: the 2020 daily cap until the 2022 limits, the 2022 limits (no end
 * reported), and the years Pyongyang kept UTC+8:30, when every day boundary fell at 15:30Z.
 *
 * @example
 * ```ts
 * ruleTimeline().map((s) => [s.id, s.from, s.to]);
 * //=> [['DAILY_CAP_2020', '2020-06-08', '2022-08-09'], ['LIMITS_2022', '2022-08-10', null], ['PYONGYANG_TIME_ZONE', '2015-08-15', '2018-05-04']]
 * ```
 */
export function ruleTimeline(): TimelineSpan[] {
  const capEnd = new Date(Date.parse(`${LIMITS_2022.effectiveFrom}T00:00:00Z`) - DAY_MS)
    .toISOString()
    .slice(0, 10);
  const { from, to } = halfHourYears();
  return [
    {
      id: DAILY_CAP_2020.id,
      label: DAILY_CAP_2020.label,
      kind: 'policy',
      from: DAILY_CAP_2020.effectiveFrom,
      to: capEnd,
    },
    {
      id: LIMITS_2022.id,
      label: LIMITS_2022.label,
      kind: 'policy',
      from: LIMITS_2022.effectiveFrom,
      to: null,
    },
    {
      id: 'PYONGYANG_TIME_ZONE',
      label: 'Pyongyang time is UTC+8:30: days begin at 15:30Z',
      kind: 'time zone',
      from,
      to,
    },
  ];
}
