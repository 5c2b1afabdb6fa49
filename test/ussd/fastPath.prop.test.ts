// buildTransferUssd takes valid input by a fast path that only says yes or no, and explains a
// refused input with TransferInputSchema, the one definition of its shape. The law that keeps
// the fast path honest: on plain data it accepts exactly what the schema accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TransferInputSchema, safeBuildTransferUssd } from '../../src/ussd/index.js';
import { arbAnyValue, arbNearly, arbTransferInput } from '../arbitraries.js';
import { isPlainOrNotObject } from '../helpers.js';

const agrees = (input: unknown): void => {
  fc.pre(isPlainOrNotObject(input));
  expect(safeBuildTransferUssd(input as never).success).toBe(
    TransferInputSchema.safeParse(input).success,
  );
};

describe('the fast path of buildTransferUssd accepts what TransferInputSchema accepts', () => {
  it('refuses any object that is not plain with invalid_input, as zod does not', () => {
    fc.assert(
      fc.property(arbAnyValue, (input) => {
        fc.pre(!isPlainOrNotObject(input) && !Array.isArray(input));
        const result = safeBuildTransferUssd(input as never);
        expect(result.success ? null : result.error.code).toBe('invalid_input');
      }),
    );
  });

  it('accepts every valid input', () => {
    fc.assert(fc.property(arbTransferInput, agrees));
  });

  it('agrees on near misses', () => {
    fc.assert(fc.property(arbNearly(arbTransferInput), agrees));
  });

  it('agrees on any value at all', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbAnyValue,
          fc.record(
            { carrier: arbAnyValue, amount: arbAnyValue, recipient: arbAnyValue, pin: arbAnyValue },
            { requiredKeys: [] },
          ),
        ),
        agrees,
      ),
    );
  });
});
