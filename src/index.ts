// kp-mobile-money: the facade, and every module's public API. The modules' entry points are
// re-exported whole, so the root names exactly what they name.
export * from './ussd/index.js';
export * from './cap/index.js';
export * from './exchange/index.js';
export * from './rental/index.js';
export * from './sources.js';
export { createMobileMoney } from './createMobileMoney.js';
export {
  MobileMoneyConfigSchema,
  PlanGiftInputSchema,
  PlanTransferInputSchema,
} from './facadeSchemas.js';
export type {
  CostOptions,
  GiftCost,
  GiftPlan,
  MobileMoney,
  MobileMoneyConfig,
  PlanGiftInput,
  PlanTransferInput,
  PlanWarning,
  TransferCost,
  TransferPlan,
} from './createMobileMoney.js';
