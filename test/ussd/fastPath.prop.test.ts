// buildTransferUssd checks its input by hand, so that building a transfer loads no zod; these
// laws hold it to TransferInputSchema: the same inputs pass, and a refused input is refused for
// the same fields, in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TransferInputSchema, safeBuildTransferUssd } from '../../src/ussd/index.js';
import { arbAnyValue, arbNearly, arbTransferInput } from '../arbitraries.js';
import { isPlainOrNotObject } from '../helpers.js';

const FIELDS = ['carrier', 'amount', 'recipient', 'pin', 'recipientFormat'] as const;

/** The fields the schema refuses, in input order; `[]` for an input that is not an object. */
function bySchema(input: unknown): { ok: boolean; fields: readonly string[] } {
  const result = TransferInputSchema.safeParse(input);
  if (result.success) return { ok: true, fields: [] };
  // A field the input should not have is refused first, and alone, by hand.
  if (result.error.issues.some((i) => i.code === 'unrecognized_keys')) {
    return { ok: false, fields: [] };
  }
  const failed = new Set(result.error.issues.map((i) => i.path[0]));
  return { ok: false, fields: FIELDS.filter((field) => failed.has(field)) };
}

function byHand(input: unknown): { ok: boolean; fields: readonly string[] } {
  const result = safeBuildTransferUssd(input as never);
  if (result.success) return { ok: true, fields: [] };
  const issues = result.error.issues;
  if (issues.every((i) => i.code === 'invalid_input')) return { ok: false, fields: [] };
  return { ok: false, fields: issues.map((i) => String(i.path[0])) };
}

describe('buildTransferUssd agrees with TransferInputSchema', () => {
  it('refuses any object that is not plain with invalid_input, as zod does not', () => {
    fc.assert(
      fc.property(arbAnyValue, (input) => {
        fc.pre(!isPlainOrNotObject(input) && !Array.isArray(input));
        const result = safeBuildTransferUssd(input as never);
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error.code).toBe('invalid_input');
      }),
    );
  });

  it('accepts every valid input', () => {
    fc.assert(
      fc.property(arbTransferInput, (input) => {
        expect(bySchema(input)).toEqual({ ok: true, fields: [] });
        expect(byHand(input)).toEqual({ ok: true, fields: [] });
      }),
    );
  });

  it('refuses the same fields of a near miss, in the same order', () => {
    fc.assert(
      fc.property(arbNearly(arbTransferInput), (input) => {
        fc.pre(isPlainOrNotObject(input));
        expect(byHand(input)).toEqual(bySchema(input));
      }),
    );
  });

  it('refuses the same fields of any value at all', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbAnyValue,
          fc.record(
            { carrier: arbAnyValue, amount: arbAnyValue, recipient: arbAnyValue, pin: arbAnyValue },
            { requiredKeys: [] },
          ),
        ),
        (input) => {
          fc.pre(isPlainOrNotObject(input));
          expect(byHand(input)).toEqual(bySchema(input));
        },
      ),
    );
  });
});
