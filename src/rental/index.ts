// kp-mobile-money/rental: Chinese phone rental quotes by region, destination and crackdown.
export { RENTAL_PRICE_RANGE, RENTAL_USD_RATE } from './priceRange.js';
export { REGIONS, REGION_IDS } from './regions.js';
export type { RegionId } from './regions.js';
export { DESTINATIONS, DESTINATION_IDS } from './destinations.js';
export type { Destination } from './destinations.js';
export { CRACKDOWNS, CRACKDOWN_IDS } from './crackdowns.js';
export type { Crackdown } from './crackdowns.js';
export { DEFAULT_RENTAL_MODEL } from './model.js';
export type { RentalModel, RentalModelOverride } from './model.js';
export { RentalModelSchema, RentalQuoteInputSchema } from './schemas.js';
export type { RentalQuote, RentalQuoteInput, RentalUsdRate } from './types.js';
export { quoteRental, safeQuoteRental } from './quoteRental.js';
export { parseRentalModel, safeParseRentalModel } from './parseRentalModel.js';
export { rentalFacts } from './rentalFacts.js';
// The types its functions take and return, so that an app importing only this entry point can
// name them.
export type { Fact, Grade, Money, RoundingMode, SourceId } from '../core/index.js';
// The error every function of this module throws, so that an app importing only this entry point
// can recognise it.
export { KPMM_ERROR_CODES, KpmmError, isKpmmError } from '../core/index.js';
export type { KpmmErrorCode, KpmmIssue, PathSegment, SafeResult } from '../core/index.js';
