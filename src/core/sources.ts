/**
 * One published source the library cites.
 *
 * @example
 * ```ts
 * SOURCES['dailynk-2020-06-gifting'].publication;
 * //=> 'Daily NK (English)'
 * ```
 */
export interface Source {
  readonly id: string;
  readonly publication: string;
  readonly title: string;
  /** The date the source reports, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when less is known), or null. */
  readonly date: string | null;
  readonly author: string | null;
  readonly url: string | null;
  /** True when the source does not show its year and the year was inferred. */
  readonly yearInferred: boolean;
  /** What the source reports, and how its date was read. */
  readonly note: string;
}

/** Freezes one source, keeping the literal type of its id. */
const source = <const S extends Source>(entry: S): S => Object.freeze(entry);

/**
 * Every source the library cites, by id. Each constant of every module names the ids it rests
 * on; `facts()` lists them together.
 *
 * @example
 * ```ts
 * SOURCES['tzdb-asia-pyongyang'].title;
 * //=> 'tz database, file asia, zone Asia/Pyongyang'
 * ```
 */
export const SOURCES = Object.freeze({
  'dailynk-2020-06-gifting': source({
    id: 'dailynk-2020-06-gifting',
    publication: 'Daily NK (English)',
    title: 'Mobile money an increasingly popular way of gifting to others',
    date: '2020-06-08',
    author: 'Seulkee Jang',
    url: 'https://www.dailynk.com/english/mobile-money-an-increasingly-popular-way-of-gifting-to-others/',
    yearInferred: true,
    note: 'The transfer string (*999* for Koryolink, *929* for Kang Song NET, then amount, recipient and six-digit card password), the cap of one 500-won transfer a day, KPW 75 cash per won of mobile money, gifts of 200 to 500 won. The copy read shows 8 June but no year; June 2020 is the only June that fits, since mobile money cards were withdrawn from 1 July 2020.',
  }),
  'dailynk-2020-06-rentals': source({
    id: 'dailynk-2020-06-rentals',
    publication: 'Daily NK (English)',
    title: 'North Koreans earn money from Chinese cell phone rentals',
    date: '2020-06-17',
    author: 'Kang Mi Jin',
    url: 'https://www.dailynk.com/english/north-koreans-earn-money-chinese-cell-phone-rentals/',
    yearInferred: true,
    note: 'Renting a Chinese phone for one use costs RMB 50 to 200 (USD 7 to 28), varying by region and rising with the danger, since lenders who are caught must bribe officials. The copy read shows 17 June but no year; its own RMB to USD conversions fit mid-June 2020.',
  }),
  'dailynk-2022-08-limits': source({
    id: 'dailynk-2022-08-limits',
    publication: 'Daily NK',
    title: 'Many N. Koreans unhappy with government limits on mobile money',
    date: '2022-08-10',
    author: null,
    url: null,
    yearInferred: false,
    note: 'Later rules: topping up one’s own account and sending to others each once a day up to 500 won; the same recipient at most once a month; 500 won of mobile money costs RMB 30; 4 won buys about a minute of talk time.',
  }),
  'libphonenumber-kp': source({
    id: 'libphonenumber-kp',
    publication: 'google/libphonenumber',
    title: 'resources/PhoneNumberMetadata.xml (territory KP) and resources/carrier/en/850.txt',
    date: null,
    author: null,
    url: 'https://github.com/google/libphonenumber',
    yearInferred: false,
    note: 'Country code 850, national prefix 0, international prefixes 00 and 99, mobile numbers 19[1-3] and 7 more digits; 191 and 192 Koryolink, 193 KPTC. It classes 195 numbers as fixed line.',
  }),
  'dailynk-2017-06-kangsong': source({
    id: 'dailynk-2017-06-kangsong',
    publication: 'Daily NK',
    title: 'Mobile users reluctant to switch to homegrown telecoms network',
    date: '2017-06-28',
    author: 'Seol Song Ah',
    url: null,
    yearInferred: false,
    note: 'Kang Song NET numbers start with 195; Koryolink numbers with 191.',
  }),
  'nktech-2011-fines': source({
    id: 'nktech-2011-fines',
    publication: 'North Korea Tech',
    title: 'Fines for using Chinese mobile phones',
    date: '2011-06-26',
    author: null,
    url: 'https://www.northkoreatech.org/2011/06/26/fines-for-using-chinese-mobile-phones/',
    yearInferred: false,
    note: 'Reporting AsiaPress: fines of KPW 1,000,000 for calling South Korea against KPW 400,000 to 600,000 for calling China; Chinese phones reach a few kilometres into North Korea.',
  }),
  'dailynk-detectors': source({
    id: 'dailynk-detectors',
    publication: 'Daily NK (English)',
    title: 'Agents Taking 20% as Phone War Continues',
    date: '2014',
    author: null,
    url: 'http://dailynk.com/english/read.php?num=12116&cataId=nk01500',
    yearInferred: true,
    note: 'A North Hamgyong source: radio-wave detectors make calls almost impossible in Hoeryong and Musan; agents take a cut to let calls go on. The year is not shown; about 2014.',
  }),
  'newsis-2015-11-prefix': source({
    id: 'newsis-2015-11-prefix',
    publication: 'Newsis',
    title: 'Report citing The Guardian of 26 November 2015 on North Korean mobile numbers',
    date: '2015-11-27',
    author: null,
    url: null,
    yearInferred: false,
    note: 'Koryolink numbers moved from 191 to 1912; Kang Song NET numbers start with 195.',
  }),
  'tzdb-asia-pyongyang': source({
    id: 'tzdb-asia-pyongyang',
    publication: 'IANA tz database',
    title: 'tz database, file asia, zone Asia/Pyongyang',
    date: '2018-05-04',
    author: null,
    url: 'https://www.iana.org/time-zones',
    yearInferred: false,
    note: 'UTC+9 until 2015-08-14T15:00Z, UTC+8:30 until 2018-05-04T15:00Z, UTC+9 since. The date is that of the last change.',
  }),
  '3gpp-22-030': source({
    id: '3gpp-22-030',
    publication: '3GPP',
    title: 'TS 22.030 §6.5.2, structure of MMI strings (as parsed by AOSP GsmMmiCode.java)',
    date: null,
    author: null,
    url: 'https://www.3gpp.org/DynaReport/22030.htm',
    yearInferred: false,
    note: 'Supplementary service strings have the form *SC*SIA*SIB*SIC# with a 2 or 3 digit service code; fields hold no * or #; a USSD string is at most 182 characters of the GSM 7-bit alphabet.',
  }),
  'dailynk-market-rates': source({
    id: 'dailynk-market-rates',
    publication: 'Daily NK',
    title: 'North Korean market price surveys (Pyongyang, Sinuiju, Hyesan)',
    date: '2020-06',
    author: null,
    url: null,
    yearInferred: false,
    note: 'Market exchange rates in KPW per USD and per CNY, surveyed about twice a month from 2020 to 2024; the date is of the default table.',
  }),
});

/**
 * The id of a source in {@link SOURCES}.
 *
 * @example
 * ```ts
 * SOURCES['dailynk-2020-06-gifting'].date;
 * //=> '2020-06-08'
 * ```
 */
export type SourceId = keyof typeof SOURCES;
