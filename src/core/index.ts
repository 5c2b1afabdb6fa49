// The shared kernel: what every module may import. Not a public entry point of the package.
export { KPMM_ERROR_CODES, KpmmError, isKpmmError } from './KpmmError.js';
export type { Issue, KpmmErrorCode, KpmmIssue, PathSegment } from './KpmmError.js';
export { toSafe } from './SafeResult.js';
// How the facade reads its own inputs (own data properties of plain objects, unknown fields
// refused), shows a refused one to its schema as data, and moves a module's error to where its
// config holds the module's part.
export { dataSnapshot, looseFields, ownCopy, readFields, readFieldsOf } from './internal/fields.js';
export { rebased } from './internal/fail.js';
export type { SafeResult } from './SafeResult.js';
export {
  CURRENCIES,
  CURRENCY_EXPONENTS,
  ROUNDING_MODES,
  assertNever,
  divideRounded,
  toSafeInteger,
} from './money.js';
export type { Currency, Money, RoundingMode } from './money.js';
export { parseInstant, toIsoUtc } from './instant.js';
export type { InstantInput } from './instant.js';
export { pyongyangDate } from './pyongyangDate.js';
export { startOfNextPyongyangDay } from './startOfNextPyongyangDay.js';
export { startOfNextPyongyangMonth } from './startOfNextPyongyangMonth.js';
export { MoneySchema } from './MoneySchema.js';
export { KP_MOBILE_PREFIXES } from './phoneNumber.js';
export { KpPhoneNumberSchema } from './KpPhoneNumberSchema.js';
export type { KpNumberOwner, KpPhoneNumber } from './phoneNumber.js';
export {
  parseKpPhoneNumber,
  safeParseKpPhoneNumber,
  toKpPhoneNumber,
} from './parseKpPhoneNumber.js';
export { SOURCES } from './sources.js';
export type { Source, SourceId } from './sources.js';
export type { Fact, Grade, Provenance } from './provenance.js';
