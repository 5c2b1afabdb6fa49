export {
  KPMM_ERROR_CODES,
  KpmmError,
  isKpmmError,
  CURRENCIES,
  CURRENCY_EXPONENTS,
  MoneySchema,
  ROUNDING_MODES,
  divideRounded,
  parseInstant,
  pyongyangDate,
  startOfNextPyongyangDay,
  startOfNextPyongyangMonth,
  KP_MOBILE_PREFIXES,
  KpPhoneNumberSchema,
  parseKpPhoneNumber,
  safeParseKpPhoneNumber,
} from './core/index.js';
export type {
  KpmmErrorCode,
  KpmmIssue,
  PathSegment,
  SafeResult,
  Currency,
  Money,
  RoundingMode,
  InstantInput,
  KpNumberOwner,
  KpPhoneNumber,
} from './core/index.js';
export { SOURCES, facts } from './sources.js';
export type { Fact, Grade, Provenance, Source, SourceId } from './sources.js';
