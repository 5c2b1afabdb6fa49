import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTransfer, PolicySchema } from '../../src/cap/index.js';
import { isKpmmError, type KpmmIssue } from '../../src/core/index.js';
import { arbNearPolicy, arbPolicyLike, arbRichPolicy } from './arbitraries.js';
import { byFastPath, bySchema } from './policyReference.js';

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

const arbAnyPolicy = fc.oneof(arbRichPolicy, arbNearPolicy, arbPolicyLike, fc.anything());

describe('the fast path of a policy accepts what PolicySchema accepts (the fast-path law)', () => {
  it('accepts every valid policy the schema accepts', () => {
    fc.assert(
      fc.property(arbRichPolicy, (policy) => {
        expect(PolicySchema.safeParse(policy).success).toBe(true);
        expect(byFastPath(policy, ['policy'])).toEqual([]);
      }),
    );
  });

  it('finds the same problems, at the same paths and in the same order, for near-valid policies', () => {
    fc.assert(
      fc.property(arbNearPolicy, (policy) => {
        expect(byFastPath(policy, ['policy'])).toEqual(bySchema(policy, ['policy']));
      }),
    );
  });

  it('accepts exactly what the schema accepts, for anything at all', () => {
    fc.assert(
      fc.property(fc.oneof(arbPolicyLike, fc.anything()), (value) => {
        expect(byFastPath(value, [])).toEqual(bySchema(value, []));
      }),
    );
  });

  it('reports through checkTransfer exactly the schema problems, under policy', () => {
    fc.assert(
      fc.property(arbAnyPolicy, (policy) => {
        const input: unknown = {
          history: [],
          proposed: { at: 1_660_000_000_000, amount: 1, recipient: '0191 234 5678' },
          policy,
        };
        const expected = policy === undefined ? [] : bySchema(policy, ['policy']);
        expect(issuesOf(() => Reflect.apply(checkTransfer, undefined, [input]))).toEqual(expected);
      }),
    );
  });
});
