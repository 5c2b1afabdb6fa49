// ScheduleTransfersInputSchema is the one definition of scheduleTransfers' input, and
// PlanGiftInputSchema of planGift's: each fast path says only yes or no, and a refusal is explained
// by the schema. The fast-path law: the function refuses the shape of exactly the inputs the schema
// refuses, at the fields it refuses. A valid input the function still refuses is one no schedule
// can serve, never a shape problem.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PlanGiftInputSchema,
  ScheduleTransfersInputSchema,
  createMobileMoney,
  safeScheduleTransfers,
  type SafeResult,
} from '../src/index.js';
import {
  arbAnyValue,
  arbEdgeNumber,
  arbHistory,
  arbInstant,
  arbNearly,
  arbPlanGiftInput,
  arbScheduleTransfersInput,
} from './arbitraries.js';
import { arbRecipient } from './cap/arbitraries.js';

/** Refusals that concern the schedule, not the shape of its input. */
const NO_SCHEDULE: readonly string[] = ['unreachable_total', 'out_of_range'];

function shapeAccepted(result: SafeResult<unknown>): boolean {
  return result.success || NO_SCHEDULE.includes(result.error.code);
}

/** The top fields a schema's issues name, each unknown key by its own name; '' is the value itself. */
function schemaFields(
  issues: readonly { readonly path: readonly PropertyKey[]; readonly keys?: readonly string[] }[],
): Set<string> {
  return new Set(issues.flatMap((issue) => [String(issue.path[0] ?? ''), ...(issue.keys ?? [])]));
}

const arbSmallWon = fc.integer({ min: 0, max: 3_000 });

/** An object with a gift's fields, several of them missing, nearly valid or anything at once. */
const arbGiftLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    won: fc.oneof(arbSmallWon, arbEdgeNumber, arbAnyValue),
    cashKpw: fc.oneof(arbSmallWon, arbEdgeNumber, arbAnyValue),
    from: fc.oneof(arbInstant, arbNearly(arbInstant), arbAnyValue),
    recipients: fc.oneof(
      fc.array(arbRecipient, { minLength: 1, maxLength: 3 }),
      arbNearly(fc.array(arbRecipient, { minLength: 1, maxLength: 3 })),
      arbAnyValue,
    ),
    carrier: fc.oneof(fc.constantFrom('koryolink', 'kangsong', 'kptc'), arbAnyValue),
    history: fc.oneof(arbHistory, arbNearly(arbHistory), fc.constant(null), arbAnyValue),
  },
  { requiredKeys: [] },
);

const arbGiftInput: fc.Arbitrary<unknown> = fc.oneof(
  arbPlanGiftInput,
  arbNearly(arbPlanGiftInput),
  arbGiftLike,
);

describe('input schemas of schedules', () => {
  it('the fast path of scheduleTransfers accepts what ScheduleTransfersInputSchema accepts (the fast-path law)', () => {
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

  it('a refused input is refused at the fields the schema refuses', () => {
    fc.assert(
      fc.property(arbNearly(arbScheduleTransfersInput), (input) => {
        const result = safeScheduleTransfers(input as never);
        fc.pre(!shapeAccepted(result));
        const bySchema = new Set(
          (ScheduleTransfersInputSchema.safeParse(input).error?.issues ?? []).flatMap((found) =>
            found.code === 'unrecognized_keys' ? found.keys : [String(found.path[0] ?? '')],
          ),
        );
        const byFunction = result.success
          ? []
          : result.error.issues.map((found) => String(found.path[0] ?? ''));
        // An unknown or unreadable field is reported alone, before the fields' values.
        // A value that is not a plain object is refused whole (zod reads a Map or Date as one).
        expect(bySchema.size).toBeGreaterThan(0);
        for (const field of byFunction) if (field !== '') expect(bySchema).toContain(field);
      }),
    );
  });

  it('the fast path of planGift accepts what PlanGiftInputSchema accepts (the fast-path law)', () => {
    const mm = createMobileMoney();
    fc.assert(
      fc.property(arbGiftInput, (input) => {
        expect(PlanGiftInputSchema.safeParse(input).success).toBe(
          shapeAccepted(mm.safePlanGift(input as never)),
        );
      }),
    );
  });

  it('a refused planGift input is refused only at fields the schema refuses', () => {
    const mm = createMobileMoney();
    fc.assert(
      fc.property(arbGiftInput, (input) => {
        const result = mm.safePlanGift(input as never);
        fc.pre(!shapeAccepted(result));
        const bySchema = schemaFields(PlanGiftInputSchema.safeParse(input).error?.issues ?? []);
        const byFunction = result.success
          ? []
          : result.error.issues.map((found) => String(found.path[0] ?? ''));
        expect(bySchema.size).toBeGreaterThan(0);
        for (const field of byFunction) if (field !== '') expect(bySchema).toContain(field);
      }),
    );
  });
});
