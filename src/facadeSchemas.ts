import * as z from 'zod/mini';
import {
  CheckTransferInputSchema,
  InstantSchema,
  PolicySchema,
  ScheduleTransfersInputSchema,
} from './cap/index.js';
import { RateTableSchema } from './exchange/index.js';
import { RentalQuoteInputSchema } from './rental/index.js';
import { TransferInputSchema } from './ussd/index.js';

// The one definition of each facade input, by which createMobileMoney explains a refused input.
// They are made of the modules' own schemas, the ones that explain a refused part, so the facade
// shares what its modules already bundle.
const { carrier, amount, recipient, pin, recipientFormat } = TransferInputSchema.shape;
const { totalWon, from, recipients } = ScheduleTransfersInputSchema.shape;
const history = z.optional(z.nullable(CheckTransferInputSchema.shape.history));

/**
 * A rental model override as the facade binds it: the shape `quoteRental` takes for `model`, and
 * the rules it must keep once `DEFAULT_RENTAL_MODEL` fills its gaps, found by asking
 * `RentalQuoteInputSchema` about a quote under it, as `createMobileMoney` asks `quoteRental`.
 */
const BoundRentalModel = RentalQuoteInputSchema.shape.model.check(
  z.superRefine(
    (model, ctx) => {
      if (model === undefined) return;
      const probe = RentalQuoteInputSchema.safeParse({
        region: 'north-pyongan',
        destination: 'china',
        model,
      });
      if (probe.success) return;
      for (const found of probe.error.issues) {
        // Every issue is about the model, at `model.…`; here the model is the value itself.
        ctx.issues.push({
          code: 'custom',
          path: found.path.slice(1),
          message: found.message,
          input: model,
        });
      }
    },
    { when: (payload) => payload.issues.length === 0 },
  ),
);

/**
 * The zod schema of a {@link MobileMoneyConfig}, made of the modules' schemas (`PolicySchema`,
 * `RateTableSchema`, the `model` of `RentalQuoteInputSchema`, the `recipientFormat` of
 * `TransferInputSchema`) and a price of at least 1 KPW, `null` meaning the default; no other
 * field. It is the one definition of the config: `createMobileMoney` refuses exactly what it
 * refuses, at the first field it refuses (cases: the facade schema tables).
 *
 * @example
 * ```ts
 * [MobileMoneyConfigSchema.safeParse({ cashKpwPerWon: 80 }).success, MobileMoneyConfigSchema.safeParse({ cashKpwperWon: 80 }).success];
 * //=> [true, false]
 * ```
 */
export const MobileMoneyConfigSchema = z.strictObject({
  policy: z.optional(PolicySchema),
  // The facade reads the price with `??`: null means the default price, as undefined does.
  cashKpwPerWon: z.optional(z.nullable(z.int().check(z.minimum(1)))),
  rates: z.optional(RateTableSchema),
  rentalModel: BoundRentalModel,
  recipientFormat,
});

/**
 * The zod schema of a {@link PlanTransferInput}: `TransferInputSchema` without `recipientFormat`
 * (the bound one is used), `at` an instant and a `history` that may be `null`; no other field.
 * It is the one definition of the input: `planTransfer` refuses exactly what it refuses, and a
 * cost past the safe integers as `out_of_range` (cases: the facade schema tables).
 *
 * @example
 * ```ts
 * PlanTransferInputSchema.safeParse({
 *   carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '48291',
 *   at: '2020-06-08T10:00:00+09:00', history: null,
 * }).error?.issues.map((issue) => issue.path);
 * //=> [['pin']]
 * ```
 */
export const PlanTransferInputSchema = z.strictObject({
  carrier,
  amount,
  recipient,
  pin,
  at: InstantSchema,
  history,
});

/**
 * The zod schema of a {@link PlanGiftInput}, made of the modules' schemas: exactly one of `won`
 * (whole won of mobile money) and `cashKpw` (whole KPW of cash), `from` and `recipients` of
 * `ScheduleTransfersInputSchema`, `carrier` of `TransferInputSchema`, and `history` of
 * `CheckTransferInputSchema` (or null); no other field. It is the one definition of the input:
 * `planGift` refuses exactly what it refuses, naming every field it refuses; a valid input can
 * still have no schedule (see `scheduleTransfers`).
 *
 * @example
 * ```ts
 * [PlanGiftInputSchema.safeParse({ cashKpw: 1_000_000, from: 0, recipients: ['0191 234 5678'] }).success,
 *  PlanGiftInputSchema.safeParse({ won: 1, cashKpw: 75, from: 0, recipients: ['0191 234 5678'] }).success];
 * //=> [true, false]
 * ```
 */
export const PlanGiftInputSchema = z
  .strictObject({
    won: z.optional(totalWon),
    cashKpw: z.optional(totalWon),
    from,
    recipients,
    carrier: z.optional(carrier),
    history,
  })
  .check(
    z.refine((input) => (input.won === undefined) !== (input.cashKpw === undefined), {
      message: 'won or cashKpw must be given, and not both',
      path: ['won'],
      // Checked beside the other fields' issues, not only once they pass, as planGift reports it.
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    }),
  );
