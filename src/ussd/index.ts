// The `kp-mobile-money/ussd` entry: carriers, North Korean phone numbers, and building, parsing
// and redacting mobile money transfer strings.
export { CARRIERS, CARRIER_IDS } from './carriers.js';
export type { CarrierId, ServiceCode } from './carriers.js';
export {
  CROSS_CARRIER_POLICY,
  DEFAULT_RECIPIENT_FORMAT,
  RECIPIENT_FORMATS,
  TRANSFER_PIN_LENGTH,
  TRANSFER_USSD_GRAMMAR,
  USSD_MAX_LENGTH,
  USSD_MIN_AMOUNT,
} from './constants.js';
export type { RecipientFormat, TransferInput, TransferUssd } from './types.js';
export { TransferInputSchema } from './TransferInputSchema.js';
export { buildTransferUssd, safeBuildTransferUssd } from './buildTransferUssd.js';
export { parseTransferUssd, safeParseTransferUssd } from './parseTransferUssd.js';
export { redactUssd } from './redactUssd.js';
export { toTelUri } from './toTelUri.js';
export { ussdFacts } from './ussdFacts.js';
export {
  KP_MOBILE_PREFIXES,
  KpPhoneNumberSchema,
  parseKpPhoneNumber,
  safeParseKpPhoneNumber,
} from '../core/index.js';
export type { KpNumberOwner, KpPhoneNumber } from '../core/index.js';
// The types its functions take and return, so that an app importing only this entry point can
// name them.
export type { Fact, Grade, SourceId } from '../core/index.js';
// The error every function of this module throws, so that an app importing only this entry point
// can recognise it.
export { KPMM_ERROR_CODES, KpmmError, isKpmmError } from '../core/index.js';
export type { KpmmErrorCode, KpmmIssue, PathSegment, SafeResult } from '../core/index.js';
