import { describe, expect, it } from 'vitest';
import { quoteRental, type RentalQuote } from '../../src/rental/index.js';

/** quoteRental as an untyped caller sees it, for overrides with fields present but undefined. */
const quoteLoose: (input: unknown) => RentalQuote = quoteRental as (input: unknown) => RentalQuote;

// The sentences of a quote are output values: each case states its whole list, word for word.
// Together the cases take every branch of the wording: each region (with one place, several, or
// none), each destination and its fines, each crackdown, one risk point and several, each
// rounding mode, each part of a model a caller can override (alone, two, three and four of them,
// and none), clamping from above and below, the default and a caller's USD rate with and without
// a label and a day, digits grouped past 1,000 and 1,000,000, and two, three and four decimals.

const REPORTED =
  'Reported: one borrowing costs RMB 50.00 to RMB 200.00 (dailynk-2020-06-rentals); the estimate inside that range is modelled.';
const USD_DEFAULT =
  'USD: converted at CNY 50 : USD 7, the rental article’s own ratio (about 7.14 yuan per dollar), not the North Korean market cross rate; the rate is as of 2020-06-17; cents rounded half-even.';

const NORTH_PYONGAN_0 =
  'Region (assumed): North Pyongan (Sinuiju) has an enforcement level of 0 risk points out of 100, because the rental article comes from a North Pyongan source who describes a going trade, and the sources read report no detectors here, so it is taken as the least policed of the four.';
const RYANGGANG_30 =
  'Region (assumed): Ryanggang (Hyesan) has an enforcement level of 30 risk points out of 100, because no source read reports how closely Hyesan is policed; it is placed above North Pyongan and Chagang and below North Hamgyong, where detectors are reported.';
const NORTH_HAMGYONG_50 =
  'Region (assumed): North Hamgyong (Hoeryong, Musan, Chongjin) has an enforcement level of 50 risk points out of 100, because radio-wave detectors are reported to make calls almost impossible in Hoeryong and Musan, so it is taken as the most dangerous region.';
const CHAGANG_15 =
  'Region (assumed): Chagang has an enforcement level of 15 risk points out of 100, because Chagang also borders China, but no source read reports on phone rentals or detectors there; it is placed just above North Pyongan and below Ryanggang.';

const CHINA_0 =
  'Destination (assumed): calling China adds 0 risk points; the reported fine for it is KPW 400,000 to 600,000, against KPW 1,000,000 for calling South Korea (nktech-2011-fines).';
const SOUTH_KOREA_30 =
  'Destination (assumed): calling South Korea adds 30 risk points; the reported fine for it is KPW 1,000,000, against KPW 400,000 to 600,000 for calling China (nktech-2011-fines).';

const NORMAL_0 =
  'Crackdown (assumed): a normal crackdown (enforcement as usual) adds 0 risk points.';
const INTENSIFIED_20 =
  'Crackdown (assumed): an intensified crackdown (a campaign against Chinese phones is under way) adds 20 risk points.';

const cases = [
  {
    label: 'North Pyongan, China, normal: the reported minimum exactly, not clamped',
    input: { region: 'north-pyongan', destination: 'china' },
    estimateFen: 5_000,
    assumptions: [
      REPORTED,
      NORTH_PYONGAN_0,
      CHINA_0,
      NORMAL_0,
      'Risk score: 0 + 0 + 0 = 0 of 100 risk points, a score of 0.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 50.00.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 50.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'North Hamgyong, South Korea, intensified: the reported maximum exactly, not clamped',
    input: { region: 'north-hamgyong', destination: 'south-korea', crackdown: 'intensified' },
    estimateFen: 20_000,
    assumptions: [
      REPORTED,
      NORTH_HAMGYONG_50,
      SOUTH_KOREA_30,
      INTENSIFIED_20,
      'Risk score: 50 + 30 + 20 = 100 of 100 risk points, a score of 1.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 200.00.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 200.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'Chagang, China, normal: a region without places, RMB 72.50 ties up',
    input: { region: 'chagang', destination: 'china', crackdown: 'normal' },
    estimateFen: 7_500,
    assumptions: [
      REPORTED,
      CHAGANG_15,
      CHINA_0,
      NORMAL_0,
      'Risk score: 15 + 0 + 0 = 15 of 100 risk points, a score of 0.15.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 72.50.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 75.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'Ryanggang, South Korea, normal, with a caller’s level of 1 risk point',
    input: {
      region: 'ryanggang',
      destination: 'south-korea',
      model: { regionLevels: { ryanggang: 1 } },
    },
    estimateFen: 9_500,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's region levels.",
      "Region (caller's model): Ryanggang (Hyesan) has an enforcement level of 1 risk point out of 100.",
      SOUTH_KOREA_30,
      NORMAL_0,
      'Risk score: 1 + 30 + 0 = 31 of 100 risk points, a score of 0.31.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 96.50.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 95.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'North Pyongan with a caller’s level',
    input: {
      region: 'north-pyongan',
      destination: 'china',
      model: { regionLevels: { 'north-pyongan': 10 } },
    },
    estimateFen: 6_500,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's region levels.",
      "Region (caller's model): North Pyongan (Sinuiju) has an enforcement level of 10 risk points out of 100.",
      CHINA_0,
      NORMAL_0,
      'Risk score: 10 + 0 + 0 = 10 of 100 risk points, a score of 0.1.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 65.00.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 65.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'a caller’s level for another region: this region’s level stays assumed',
    input: {
      region: 'ryanggang',
      destination: 'china',
      crackdown: 'intensified',
      model: { regionLevels: { chagang: 40 } },
    },
    estimateFen: 12_500,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's region levels.",
      RYANGGANG_30,
      CHINA_0,
      INTENSIFIED_20,
      'Risk score: 30 + 0 + 20 = 50 of 100 risk points, a score of 0.5.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 125.00.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 125.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'caller’s destination and crackdown weights of 1 risk point each',
    input: {
      region: 'chagang',
      destination: 'china',
      model: { destinationWeights: { china: 1 }, crackdownWeights: { normal: 1 } },
    },
    estimateFen: 7_500,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's destination weights and crackdown weights.",
      CHAGANG_15,
      "Destination (caller's model): calling China adds 1 risk point.",
      "Crackdown (caller's model): a normal crackdown (enforcement as usual) adds 1 risk point.",
      'Risk score: 15 + 1 + 1 = 17 of 100 risk points, a score of 0.17.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 75.50.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 75.00.',
      USD_DEFAULT,
    ],
  },
  {
    label:
      'caller’s South Korea and intensified weights; a weight for the other state stays assumed',
    input: {
      region: 'north-pyongan',
      destination: 'south-korea',
      crackdown: 'intensified',
      model: {
        destinationWeights: { 'south-korea': 40 },
        crackdownWeights: { intensified: 10 },
      },
    },
    estimateFen: 12_500,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's destination weights and crackdown weights.",
      NORTH_PYONGAN_0,
      "Destination (caller's model): calling South Korea adds 40 risk points.",
      "Crackdown (caller's model): an intensified crackdown (a campaign against Chinese phones is under way) adds 10 risk points.",
      'Risk score: 0 + 40 + 10 = 50 of 100 risk points, a score of 0.5.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 125.00.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 125.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'weights overridden for the other destination and crackdown only',
    input: {
      region: 'chagang',
      destination: 'south-korea',
      crackdown: 'normal',
      model: { destinationWeights: { china: 10 }, crackdownWeights: { intensified: 15 } },
    },
    estimateFen: 12_000,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's destination weights and crackdown weights.",
      CHAGANG_15,
      SOUTH_KOREA_30,
      NORMAL_0,
      'Risk score: 15 + 30 + 0 = 45 of 100 risk points, a score of 0.45.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 117.50.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 120.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'a caller’s fromFen alone: four decimals',
    input: { region: 'chagang', destination: 'china', model: { price: { fromFen: 4_999 } } },
    estimateFen: 7_000,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's price mapping.",
      CHAGANG_15,
      CHINA_0,
      NORMAL_0,
      'Risk score: 15 + 0 + 0 = 15 of 100 risk points, a score of 0.15.',
      "Price (caller's model): linear in the risk score, from RMB 49.99 at 0 to RMB 200.00 at 1, which gives RMB 72.4915.",
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 70.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'a caller’s toFen alone: four decimals, zeros first, and the minimum exactly',
    input: { region: 'chagang', destination: 'china', model: { price: { toFen: 5_001 } } },
    estimateFen: 5_000,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's price mapping.",
      CHAGANG_15,
      CHINA_0,
      NORMAL_0,
      'Risk score: 15 + 0 + 0 = 15 of 100 risk points, a score of 0.15.',
      "Price (caller's model): linear in the risk score, from RMB 50.00 at 0 to RMB 50.01 at 1, which gives RMB 50.0015.",
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 50.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'a caller’s toFen: three decimals',
    input: { region: 'chagang', destination: 'china', model: { price: { toFen: 5_010 } } },
    estimateFen: 5_000,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's price mapping.",
      CHAGANG_15,
      CHINA_0,
      NORMAL_0,
      'Risk score: 15 + 0 + 0 = 15 of 100 risk points, a score of 0.15.',
      "Price (caller's model): linear in the risk score, from RMB 50.00 at 0 to RMB 50.10 at 1, which gives RMB 50.015.",
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 50.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'a caller’s step alone',
    input: { region: 'chagang', destination: 'china', model: { price: { stepFen: 50 } } },
    estimateFen: 7_250,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's price mapping.",
      CHAGANG_15,
      CHINA_0,
      NORMAL_0,
      'Risk score: 15 + 0 + 0 = 15 of 100 risk points, a score of 0.15.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 72.50.',
      "Rounding (caller's model): to the nearest RMB 0.50, ties going up (half-up), which gives RMB 72.50.",
      USD_DEFAULT,
    ],
  },
  {
    label: 'a caller’s rounding alone: floor',
    input: { region: 'chagang', destination: 'china', model: { price: { rounding: 'floor' } } },
    estimateFen: 7_000,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's price mapping.",
      CHAGANG_15,
      CHINA_0,
      NORMAL_0,
      'Risk score: 15 + 0 + 0 = 15 of 100 risk points, a score of 0.15.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 72.50.',
      "Rounding (caller's model): down to a multiple of RMB 5.00 (floor), which gives RMB 70.00.",
      USD_DEFAULT,
    ],
  },
  {
    label: 'ceil with a step of RMB 1,000: above the range, clamped to the maximum',
    input: {
      region: 'north-pyongan',
      destination: 'china',
      crackdown: 'intensified',
      model: { price: { stepFen: 100_000, rounding: 'ceil' } },
    },
    estimateFen: 20_000,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's price mapping.",
      NORTH_PYONGAN_0,
      CHINA_0,
      INTENSIFIED_20,
      'Risk score: 0 + 0 + 20 = 20 of 100 risk points, a score of 0.2.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 80.00.',
      "Rounding (caller's model): up to a multiple of RMB 1,000.00 (ceil), which gives RMB 1,000.00.",
      'Clamping: RMB 1,000.00 is above the reported maximum, so the estimate is RMB 200.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'half-even: RMB 72.50 ties to the even multiple, RMB 70',
    input: { region: 'chagang', destination: 'china', model: { price: { rounding: 'half-even' } } },
    estimateFen: 7_000,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's price mapping.",
      CHAGANG_15,
      CHINA_0,
      NORMAL_0,
      'Risk score: 15 + 0 + 0 = 15 of 100 risk points, a score of 0.15.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 72.50.',
      "Rounding (caller's model): to the nearest RMB 5.00, ties going to the even multiple (half-even), which gives RMB 70.00.",
      USD_DEFAULT,
    ],
  },
  {
    label: 'a price mapping in the millions: digits grouped, clamped to the maximum',
    input: {
      region: 'north-hamgyong',
      destination: 'china',
      model: { price: { fromFen: 100_000, toFen: 100_000_000 } },
    },
    estimateFen: 20_000,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's price mapping.",
      NORTH_HAMGYONG_50,
      CHINA_0,
      NORMAL_0,
      'Risk score: 50 + 0 + 0 = 50 of 100 risk points, a score of 0.5.',
      "Price (caller's model): linear in the risk score, from RMB 1,000.00 at 0 to RMB 1,000,000.00 at 1, which gives RMB 500,500.00.",
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 500,500.00.',
      'Clamping: RMB 500,500.00 is above the reported maximum, so the estimate is RMB 200.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'a price mapping below the range: clamped to the minimum',
    input: {
      region: 'north-hamgyong',
      destination: 'china',
      model: { price: { fromFen: 0, toFen: 1_000 } },
    },
    estimateFen: 5_000,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's price mapping.",
      NORTH_HAMGYONG_50,
      CHINA_0,
      NORMAL_0,
      'Risk score: 50 + 0 + 0 = 50 of 100 risk points, a score of 0.5.',
      "Price (caller's model): linear in the risk score, from RMB 0.00 at 0 to RMB 10.00 at 1, which gives RMB 5.00.",
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 5.00.',
      'Clamping: RMB 5.00 is below the reported minimum, so the estimate is RMB 50.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'three parts overridden',
    input: {
      region: 'chagang',
      destination: 'china',
      model: {
        regionLevels: { chagang: 20 },
        destinationWeights: { 'south-korea': 25 },
        price: {},
      },
    },
    estimateFen: 8_000,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's region levels, destination weights and price mapping.",
      "Region (caller's model): Chagang has an enforcement level of 20 risk points out of 100.",
      CHINA_0,
      NORMAL_0,
      'Risk score: 20 + 0 + 0 = 20 of 100 risk points, a score of 0.2.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 80.00.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 80.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'all four parts overridden',
    input: {
      region: 'ryanggang',
      destination: 'south-korea',
      crackdown: 'intensified',
      model: {
        regionLevels: { ryanggang: 30 },
        destinationWeights: { 'south-korea': 30 },
        crackdownWeights: { intensified: 20 },
        price: { fromFen: 5_000, toFen: 20_000, stepFen: 500, rounding: 'half-up' },
      },
    },
    estimateFen: 17_000,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's region levels, destination weights, crackdown weights and price mapping.",
      "Region (caller's model): Ryanggang (Hyesan) has an enforcement level of 30 risk points out of 100.",
      "Destination (caller's model): calling South Korea adds 30 risk points.",
      "Crackdown (caller's model): an intensified crackdown (a campaign against Chinese phones is under way) adds 20 risk points.",
      'Risk score: 30 + 30 + 20 = 80 of 100 risk points, a score of 0.8.',
      "Price (caller's model): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 170.00.",
      "Rounding (caller's model): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 170.00.",
      USD_DEFAULT,
    ],
  },
  {
    label: 'an empty override',
    input: { region: 'north-pyongan', destination: 'south-korea', model: {} },
    estimateFen: 9_500,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's empty override.",
      NORTH_PYONGAN_0,
      SOUTH_KOREA_30,
      NORMAL_0,
      'Risk score: 0 + 30 + 0 = 30 of 100 risk points, a score of 0.3.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 95.00.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 95.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'an override whose parts are present but undefined is an empty one',
    input: {
      region: 'north-pyongan',
      destination: 'china',
      model: {
        regionLevels: undefined,
        destinationWeights: undefined,
        crackdownWeights: undefined,
        price: undefined,
      },
    },
    estimateFen: 5_000,
    assumptions: [
      REPORTED,
      "Model: the default rental model, with the caller's empty override.",
      NORTH_PYONGAN_0,
      CHINA_0,
      NORMAL_0,
      'Risk score: 0 + 0 + 0 = 0 of 100 risk points, a score of 0.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 50.00.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 50.00.',
      USD_DEFAULT,
    ],
  },
  {
    label: 'a caller’s USD rate without a label, cents rounded half-up',
    input: {
      region: 'chagang',
      destination: 'china',
      usdRate: { cny: 672, usd: 100 },
      usdRounding: 'half-up',
    },
    estimateFen: 7_500,
    assumptions: [
      REPORTED,
      CHAGANG_15,
      CHINA_0,
      NORMAL_0,
      'Risk score: 15 + 0 + 0 = 15 of 100 risk points, a score of 0.15.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 72.50.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 75.00.',
      "USD: converted at the caller's rate, CNY 672 : USD 100; the rate is undated; cents rounded half-up.",
    ],
  },
  {
    label: 'a caller’s USD rate with a label, cents rounded floor',
    input: {
      region: 'chagang',
      destination: 'china',
      usdRate: { cny: 672, usd: 100, label: 'market cross rate, June 2020' },
      usdRounding: 'floor',
    },
    estimateFen: 7_500,
    assumptions: [
      REPORTED,
      CHAGANG_15,
      CHINA_0,
      NORMAL_0,
      'Risk score: 15 + 0 + 0 = 15 of 100 risk points, a score of 0.15.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 72.50.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 75.00.',
      "USD: converted at the caller's rate, CNY 672 : USD 100 (market cross rate, June 2020); the rate is undated; cents rounded floor.",
    ],
  },
  {
    label: 'a caller’s dated USD rate without a label, cents rounded ceil',
    input: {
      region: 'chagang',
      destination: 'china',
      usdRate: { cny: 672, usd: 100, asOf: '2020-06-17' },
      usdRounding: 'ceil',
    },
    estimateFen: 7_500,
    assumptions: [
      REPORTED,
      CHAGANG_15,
      CHINA_0,
      NORMAL_0,
      'Risk score: 15 + 0 + 0 = 15 of 100 risk points, a score of 0.15.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 72.50.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 75.00.',
      "USD: converted at the caller's rate, CNY 672 : USD 100; the rate is as of 2020-06-17; cents rounded ceil.",
    ],
  },
  {
    label: 'a caller’s dated USD rate with a label, on a leap day',
    input: {
      region: 'chagang',
      destination: 'china',
      usdRate: { cny: 672, usd: 100, asOf: '2020-02-29', label: 'market cross rate' },
    },
    estimateFen: 7_500,
    assumptions: [
      REPORTED,
      CHAGANG_15,
      CHINA_0,
      NORMAL_0,
      'Risk score: 15 + 0 + 0 = 15 of 100 risk points, a score of 0.15.',
      'Price (assumed): linear in the risk score, from RMB 50.00 at 0 to RMB 200.00 at 1, which gives RMB 72.50.',
      'Rounding (assumed): to the nearest RMB 5.00, ties going up (half-up), which gives RMB 75.00.',
      "USD: converted at the caller's rate, CNY 672 : USD 100 (market cross rate); the rate is as of 2020-02-29; cents rounded half-even.",
    ],
  },
] as const satisfies readonly {
  label: string;
  input: object;
  estimateFen: number;
  assumptions: readonly [string, ...string[]];
}[];

describe('quoteRental assumptions, word for word', () => {
  it.each(cases)('$label', ({ input, estimateFen, assumptions }) => {
    const quote = quoteLoose(input);
    expect(quote.assumptions).toEqual(assumptions);
    expect(quote.estimate).toEqual({ currency: 'CNY', minor: estimateFen });
    expect(quote.clamped).toBe(assumptions.some((s) => s.startsWith('Clamping: ')));
  });
});

describe('quoteRental sources', () => {
  const cases = [
    {
      label: 'North Pyongan cites the rental article once, though its region cites it too',
      region: 'north-pyongan',
      sources: ['dailynk-2020-06-rentals', 'nktech-2011-fines'],
    },
    {
      label: 'Ryanggang cites no source of its own',
      region: 'ryanggang',
      sources: ['dailynk-2020-06-rentals', 'nktech-2011-fines'],
    },
    {
      label: 'North Hamgyong cites the detectors report between the range and the fines',
      region: 'north-hamgyong',
      sources: ['dailynk-2020-06-rentals', 'dailynk-detectors', 'nktech-2011-fines'],
    },
    {
      label: 'Chagang cites no source of its own',
      region: 'chagang',
      sources: ['dailynk-2020-06-rentals', 'nktech-2011-fines'],
    },
  ] as const satisfies readonly { label: string; region: string; sources: readonly string[] }[];

  it.each(cases)('$label', ({ region, sources }) => {
    for (const destination of ['china', 'south-korea'] as const) {
      const quote = quoteRental({ region, destination });
      expect(quote.sources).toEqual(sources);
      expect(Object.isFrozen(quote.sources)).toBe(true);
    }
  });
});

describe('quoteRental usd.rate', () => {
  const cases = [
    {
      label: 'the default rate and rounding',
      input: { region: 'chagang', destination: 'china' },
      rate: {
        cny: 50,
        usd: 7,
        asOf: '2020-06-17',
        label:
          'CNY 50 : USD 7, the rental article’s own ratio (about 7.14 yuan per dollar), not the North Korean market cross rate',
        rounding: 'half-even',
      },
    },
    {
      label: 'a caller’s rate without a label is labelled by its ratio, and undated without asOf',
      input: { region: 'chagang', destination: 'china', usdRate: { cny: 672, usd: 100 } },
      rate: {
        cny: 672,
        usd: 100,
        asOf: null,
        label: "the caller's rate, CNY 672 : USD 100",
        rounding: 'half-even',
      },
    },
    {
      label: 'a caller’s rate keeps its label',
      input: {
        region: 'chagang',
        destination: 'china',
        usdRate: { cny: 672, usd: 100, label: 'market cross rate, June 2020' },
        usdRounding: 'ceil',
      },
      rate: {
        cny: 672,
        usd: 100,
        asOf: null,
        label: 'market cross rate, June 2020',
        rounding: 'ceil',
      },
    },
    {
      label: 'a caller’s rate keeps its day',
      input: {
        region: 'chagang',
        destination: 'china',
        usdRate: { cny: 672, usd: 100, asOf: '2020-06-30', label: 'market cross rate' },
      },
      rate: {
        cny: 672,
        usd: 100,
        asOf: '2020-06-30',
        label: 'market cross rate',
        rounding: 'half-even',
      },
    },
  ] as const satisfies readonly { label: string; input: object; rate: object }[];

  it.each(cases)('$label', ({ input, rate }) => {
    expect(quoteLoose(input).usd.rate).toEqual(rate);
  });
});
