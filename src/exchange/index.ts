// kp-mobile-money/exchange: cash KPW <-> mobile won, and foreign money at dated rate tables.
export { MOBILE_WON_PRICE } from './mobileWonPrice.js';
export type { MobileWonPriceOptions } from './mobileWonPrice.js';
export { mobileWonToCash, safeMobileWonToCash } from './mobileWonToCash.js';
export { cashToMobileWon, safeCashToMobileWon } from './cashToMobileWon.js';
export type { MobileWonPurchase } from './cashToMobileWon.js';
export { RateTableSchema } from './rateTableSchema.js';
export { isRateTable } from './isRateTable.js';
export { parseRateTable, safeParseRateTable } from './parseRateTable.js';
export type { KpwPerUnit, RateTable } from './rateTableSchema.js';
export { DEFAULT_RATE_TABLE, RATE_TABLES, RATE_TABLE_IDS } from './rateTables.js';
export { rateTableAt } from './rateTableAt.js';
export type { RateTableGap, RateTablePick } from './rateTableAt.js';
export { safeRateTableAt } from './safeRateTableAt.js';
export { convertMoney, safeConvertMoney } from './convertMoney.js';
export type { ConvertMoneyOptions } from './convertMoney.js';
export { mobileWonCost, safeMobileWonCost } from './mobileWonCost.js';
export type { MobileWonCostOptions } from './mobileWonCost.js';
export { MOBILE_MONEY_RMB_AGREEMENT } from './mobileMoneyRmbAgreement.js';
export { exchangeFacts } from './exchangeFacts.js';
export { CURRENCIES, CURRENCY_EXPONENTS, MoneySchema, ROUNDING_MODES } from '../core/index.js';
// The types its functions take and return, so that an app importing only this entry point can
// name them.
export type {
  Currency,
  Fact,
  Grade,
  InstantInput,
  Money,
  RoundingMode,
  SourceId,
} from '../core/index.js';
// The error every function of this module throws, so that an app importing only this entry point
// can recognise it.
export { KPMM_ERROR_CODES, KpmmError, isKpmmError } from '../core/index.js';
export type { KpmmErrorCode, KpmmIssue, PathSegment, SafeResult } from '../core/index.js';
