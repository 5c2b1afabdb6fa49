// The zod schemas of the cap inputs are their one definition. The functions take valid input by a
// fast path that only says yes or no; the law that keeps it honest: it accepts exactly what the
// schema accepts, and a refused row is refused at the fields the schema refuses.
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
import { parseInstant, toKpPhoneNumber, type KpmmIssue } from '../../src/core/index.js';
import { isPlainOrNotObject } from '../helpers.js';
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

describe('the fast paths of the cap functions accept exactly what the schemas accept', () => {
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

/** The fields a schema refuses (`''` for the row itself), leaving out unknown keys. */
function schemaFields(issues: readonly { code: string; path: readonly PropertyKey[] }[]): string[] {
  const fields = issues
    .filter((found) => found.code !== 'unrecognized_keys')
    .map((found) => String(found.path[0] ?? ''));
  return [...new Set(fields)].sort();
}

/** The fields of a row that a KpmmError names, at `depth` in their paths, leaving out unknown keys. */
function namedFields(issues: readonly KpmmIssue[], depth: number): string[] {
  const fields = issues
    .filter((found) => found.code !== 'invalid_input')
    .map((found) => String(found.path[depth] ?? ''));
  return [...new Set(fields)].sort();
}

describe('a refused row is refused at the fields its schema refuses', () => {
  it('a history row of checkTransfer, by HistoryEntrySchema', () => {
    fc.assert(
      fc.property(fc.oneof(arbNearly(arbRow), arbAnyValue), (row) => {
        fc.pre(isPlainOrNotObject(row));
        const parsed = HistoryEntrySchema.safeParse(row);
        fc.pre(!parsed.success);
        const checked = safeCheckTransfer({
          history: [row as never],
          proposed: { at: 0, amount: 1 },
          policy: DAILY_CAP_2020,
        });
        expect(checked.success).toBe(false);
        if (checked.success) return;
        expect(namedFields(checked.error.issues, 2)).toEqual(schemaFields(parsed.error.issues));
      }),
    );
  });

  it('a row of auditTransfers, by AuditTransferSchema', () => {
    fc.assert(
      fc.property(fc.oneof(arbNearly(arbAuditRow), arbAnyValue), (row) => {
        fc.pre(isPlainOrNotObject(row));
        const parsed = AuditTransferSchema.safeParse(row);
        fc.pre(!parsed.success);
        const [finding] = auditTransfersSync([row as never], {
          policy: DAILY_CAP_2020,
          onInvalid: 'report',
        });
        expect(finding).toMatchObject({ invalid: true });
        if (finding === undefined || !('invalid' in finding)) return;
        expect(namedFields(finding.issues, 2)).toEqual(schemaFields(parsed.error.issues));
      }),
    );
  });
});
