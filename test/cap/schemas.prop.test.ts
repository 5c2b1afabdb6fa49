// The exported zod schemas of the cap inputs accept exactly what the functions accept: a form
// validated with HistoryEntrySchema never hands checkTransfer a row it refuses, and back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AuditTransferSchema,
  DAILY_CAP_2020,
  HistoryEntrySchema,
  InstantSchema,
  PhoneInputSchema,
  auditTransfersSync,
  safeCheckTransfer,
} from '../../src/cap/index.js';
import { parseInstant, toKpPhoneNumber } from '../../src/core/index.js';
import {
  arbAnyValue,
  arbEdgeNumber,
  arbInstant,
  arbKpPhoneNumberText,
  arbNastyString,
  arbNearly,
  arbPhoneInput,
} from '../arbitraries.js';

function accepts(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch {
    return false;
  }
}

const arbRow = fc.record(
  { at: arbInstant, amount: fc.integer({ min: 1, max: 10_000 }), recipient: arbPhoneInput },
  { requiredKeys: ['at', 'amount'] },
);
const arbAuditRow = fc.record(
  {
    at: arbInstant,
    sender: arbPhoneInput,
    amount: fc.integer({ min: 1, max: 10_000 }),
    recipient: arbPhoneInput,
  },
  { requiredKeys: ['at', 'sender', 'amount'] },
);
const arbInstantLike = fc.oneof(
  arbInstant,
  arbNearly(arbInstant),
  arbEdgeNumber,
  arbNastyString,
  arbAnyValue,
  fc.double(),
);
const arbPhoneLike = fc.oneof(
  arbPhoneInput,
  arbNearly(arbPhoneInput),
  arbKpPhoneNumberText,
  arbNastyString,
  arbAnyValue,
);

describe('the cap schemas accept exactly what the functions accept', () => {
  it('InstantSchema and parseInstant', () => {
    fc.assert(
      fc.property(arbInstantLike, (value) => {
        expect(InstantSchema.safeParse(value).success).toBe(accepts(() => parseInstant(value)));
      }),
    );
  });

  it('PhoneInputSchema and toKpPhoneNumber', () => {
    fc.assert(
      fc.property(arbPhoneLike, (value) => {
        expect(PhoneInputSchema.safeParse(value).success).toBe(
          accepts(() => toKpPhoneNumber(value)),
        );
      }),
    );
  });

  it('HistoryEntrySchema and a history row of checkTransfer', () => {
    fc.assert(
      fc.property(fc.oneof(arbRow, arbNearly(arbRow), arbAnyValue), (row) => {
        const checked = safeCheckTransfer({
          history: [row as never],
          proposed: { at: 0, amount: 1 },
          policy: DAILY_CAP_2020,
        });
        expect(HistoryEntrySchema.safeParse(row).success).toBe(checked.success);
      }),
    );
  });

  it('AuditTransferSchema and a row of auditTransfers', () => {
    fc.assert(
      fc.property(fc.oneof(arbAuditRow, arbNearly(arbAuditRow), arbAnyValue), (row) => {
        const audited = accepts(() => [
          ...auditTransfersSync([row as never], { policy: DAILY_CAP_2020 }),
        ]);
        expect(AuditTransferSchema.safeParse(row).success).toBe(audited);
      }),
    );
  });
});
