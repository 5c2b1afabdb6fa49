// The schemas of the new inputs accept exactly what the functions accept, refusing the rest:
// a valid input the functions still refuse is one no schedule can serve, never a shape problem.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PlanGiftInputSchema,
  ScheduleTransfersInputSchema,
  createMobileMoney,
  safeScheduleTransfers,
  type SafeResult,
} from '../src/index.js';
import { arbNearly, arbPlanGiftInput, arbScheduleTransfersInput } from './arbitraries.js';

/** Refusals that concern the schedule, not the shape of its input. */
const NO_SCHEDULE: readonly string[] = ['unreachable_total', 'out_of_range'];

function shapeAccepted(result: SafeResult<unknown>): boolean {
  return result.success || NO_SCHEDULE.includes(result.error.code);
}

describe('input schemas of schedules', () => {
  it('ScheduleTransfersInputSchema accepts exactly the inputs scheduleTransfers accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(arbScheduleTransfersInput, arbNearly(arbScheduleTransfersInput)),
        (input) => {
          expect(ScheduleTransfersInputSchema.safeParse(input).success).toBe(
            shapeAccepted(safeScheduleTransfers(input as never)),
          );
        },
      ),
    );
  });

  it('PlanGiftInputSchema accepts exactly the inputs planGift accepts', () => {
    const mm = createMobileMoney();
    fc.assert(
      fc.property(fc.oneof(arbPlanGiftInput, arbNearly(arbPlanGiftInput)), (input) => {
        expect(PlanGiftInputSchema.safeParse(input).success).toBe(
          shapeAccepted(mm.safePlanGift(input as never)),
        );
      }),
    );
  });
});
