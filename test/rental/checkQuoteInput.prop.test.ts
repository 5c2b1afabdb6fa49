import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKpmmError, type KpmmIssue } from '../../src/core/index.js';
import { RentalQuoteInputSchema, quoteRental } from '../../src/rental/index.js';
import {
  arbAsOf,
  arbAsOfLike,
  arbNearQuoteInput,
  arbQuoteInput,
  arbRentalEdgeValue,
  arbRentalModel,
  arbUsdRate,
} from './arbitraries.js';
import { isPlainOrNotObject } from '../helpers.js';
import { byFastPath, bySchema } from './quoteInputReference.js';

/** The issues a call throws, or none when it returns. */
function issuesOf(call: () => unknown): readonly KpmmIssue[] {
  try {
    call();
    return [];
  } catch (error) {
    if (isKpmmError(error)) return error.issues;
    throw error;
  }
}

describe('the fast path of quoteRental accepts what RentalQuoteInputSchema accepts (the fast-path law)', () => {
  it('finds the same problems, in the same order and words, for inputs with valid fields', () => {
    fc.assert(
      fc.property(arbQuoteInput, (input) => {
        expect(byFastPath(input)).toEqual(bySchema(input));
      }),
    );
  });

  it('accepts every input with valid fields and no model, or a whole valid model', () => {
    fc.assert(
      fc.property(arbQuoteInput, fc.option(arbRentalModel, { nil: undefined }), (input, model) => {
        const plain = Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'model'));
        const candidate = model === undefined ? plain : { ...plain, model };
        expect(RentalQuoteInputSchema.safeParse(candidate).success).toBe(true);
        expect(byFastPath(candidate)).toEqual([]);
      }),
    );
  });

  it('finds the same problems, in the same order and words, for near-valid inputs', () => {
    fc.assert(
      fc.property(arbNearQuoteInput, (input) => {
        // A Date or class instance where an object is expected: the library refuses it whole,
        // where zod reads its fields (tested on its own below).
        fc.pre(isPlainOrNotObject(input));
        expect(byFastPath(input)).toEqual(bySchema(input));
      }),
    );
  });

  it('finds the same problems, in the same order and words, for a rate of any asOf', () => {
    fc.assert(
      fc.property(
        arbQuoteInput,
        arbUsdRate,
        fc.oneof(arbAsOf, arbAsOfLike, arbRentalEdgeValue),
        (input, usdRate, asOf) => {
          const candidate = { ...input, usdRate: { ...usdRate, asOf } };
          expect(byFastPath(candidate)).toEqual(bySchema(candidate));
        },
      ),
    );
  });

  it('accepts exactly what the schema accepts, for anything at all', () => {
    fc.assert(
      fc.property(fc.oneof(arbRentalEdgeValue, fc.anything()), (input) => {
        fc.pre(isPlainOrNotObject(input));
        expect(byFastPath(input)).toEqual(bySchema(input));
      }),
    );
  });

  it('quoteRental throws exactly the schema problems, and quotes what the schema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(arbQuoteInput, arbNearQuoteInput, fc.anything()), (input) => {
        fc.pre(isPlainOrNotObject(input));
        expect(issuesOf(() => Reflect.apply(quoteRental, undefined, [input]))).toEqual(
          bySchema(input),
        );
      }),
    );
  });
});
