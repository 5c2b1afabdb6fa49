import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  PolicySchema,
  auditTransfers,
  auditTransfersSync,
  checkTransfer,
  policyAt,
  safeCheckTransfer,
  type AuditFinding,
  type AuditRow,
  type CapDecision,
  type CapViolation,
  type CapViolationCode,
  type CapRemaining,
  type TransferPolicy,
} from '../../src/cap/index.js';
import type { SafeResult } from '../../src/core/index.js';

describe('cap types', () => {
  it('narrows a decision on allowed', () => {
    const decision = checkTransfer({ history: [], proposed: { at: 0, amount: 1 } });
    expectTypeOf(decision).toEqualTypeOf<CapDecision>();
    if (decision.allowed) {
      expectTypeOf(decision.remaining).toEqualTypeOf<CapRemaining>();
      expectTypeOf(decision).not.toHaveProperty('violations');
    } else {
      expectTypeOf(decision.nextAllowedAt).toEqualTypeOf<string | null>();
      expectTypeOf(decision.violations[0]).toEqualTypeOf<CapViolation>();
    }
    expectTypeOf(safeCheckTransfer).returns.toEqualTypeOf<SafeResult<CapDecision>>();
  });

  it('keeps missing_recipient out of checkTransfer violations', () => {
    expectTypeOf<CapViolation['code']>().toEqualTypeOf<
      Exclude<CapViolationCode, 'missing_recipient'>
    >();
    expectTypeOf<AuditFinding['code']>().toEqualTypeOf<CapViolationCode>();
  });

  it('accepts the built-in policies and what PolicySchema parses as TransferPolicy', () => {
    expectTypeOf(DAILY_CAP_2020).toExtend<TransferPolicy>();
    expectTypeOf(LIMITS_2022).toExtend<TransferPolicy>();
    expectTypeOf<z.infer<typeof PolicySchema>>().toExtend<TransferPolicy>();
    expectTypeOf(policyAt(0).id).toEqualTypeOf<'DAILY_CAP_2020' | 'LIMITS_2022'>();
  });

  it('refuses inputs of the wrong shape', () => {
    // @ts-expect-error proposed is required
    checkTransfer({ history: [] });
    // @ts-expect-error amounts are numbers of won, not text
    checkTransfer({ history: [], proposed: { at: 0, amount: '500' } });
    expectTypeOf({ ...DAILY_CAP_2020, window: 'week' as const }).not.toExtend<TransferPolicy>();
  });

  it('yields rows that carry the row type of the caller', () => {
    const log = [{ at: 0, sender: '0191 234 5678', amount: 1, ref: 'r-1' }];
    expectTypeOf(auditTransfersSync(log)).toEqualTypeOf<
      Generator<
        AuditRow<{ at: number; sender: string; amount: number; ref: string }>,
        void,
        undefined
      >
    >();
    expectTypeOf(auditTransfers(log)).toEqualTypeOf<
      AsyncGenerator<
        AuditRow<{ at: number; sender: string; amount: number; ref: string }>,
        void,
        undefined
      >
    >();
  });
});
