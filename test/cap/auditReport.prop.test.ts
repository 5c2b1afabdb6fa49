import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditTransfersSync,
  type AuditInvalidRow,
  type AuditRow,
  type AuditTransfer,
} from '../../src/cap/index.js';
import { toKpPhoneNumber } from '../../src/core/index.js';
import { arbLog, arbPolicy } from './arbitraries.js';

type Found = AuditRow | AuditInvalidRow;

/** Findings as `[index, codes]`, indexes mapped through `index`. */
function verdicts(rows: Iterable<Found>, index = (i: number) => i): [number, string[]][] {
  return [...rows].map((row) =>
    'invalid' in row
      ? [index(row.index), row.issues.map((i) => i.code)]
      : [index(row.index), row.violations.map((v) => v.code)],
  );
}

const arbBadRow: fc.Arbitrary<unknown> = fc.constantFrom(
  null,
  'a row',
  { at: 'yesterday', sender: '0191 111 1111', amount: 100 },
  { at: 0, sender: '0191 111 1111', amount: 0 },
  { at: 0, sender: 'nobody', amount: 100 },
  { at: 0, sender: '0191 111 1111', recipient: '0123', amount: 100 },
  { at: 0, sender: '0191 111 1111', amount: 1.5 },
);

describe('auditTransfers with onInvalid: report (laws)', () => {
  it('invalid rows inserted anywhere are reported at their index and change no verdict of the other rows', () => {
    fc.assert(
      fc.property(
        arbLog,
        fc.array(fc.tuple(fc.nat(), arbBadRow), { maxLength: 6 }),
        fc.option(arbPolicy, { nil: undefined }),
        (log, inserts, policy) => {
          const mixed: unknown[] = [...log];
          for (const [at, bad] of inserts) mixed.splice(at % (mixed.length + 1), 0, bad);
          // Where each row of the clean log went in the mixed one.
          const positions: number[] = [];
          mixed.forEach((row, i) => {
            if (log.includes(row as AuditTransfer)) positions.push(i);
          });
          const options = {
            onInvalid: 'report',
            ...(policy === undefined ? {} : { policy }),
          } as const;
          const found = [...auditTransfersSync(mixed as AuditTransfer[], options)];
          const invalid = found.filter((r): r is AuditInvalidRow => 'invalid' in r);
          expect(invalid.map((r) => r.index)).toEqual(
            mixed.flatMap((row, i) => (log.includes(row as AuditTransfer) ? [] : [i])),
          );
          const clean = verdicts(auditTransfersSync(log, policy === undefined ? {} : { policy }));
          const judged = found.filter((r): r is AuditRow => !('invalid' in r));
          expect(verdicts(judged)).toEqual(clean.map(([i, codes]) => [positions[i] ?? -1, codes]));
        },
      ),
    );
  });

  it('opaque ids give the same verdicts as the phone numbers they stand for', () => {
    fc.assert(
      fc.property(arbLog, fc.option(arbPolicy, { nil: undefined }), (log, policy) => {
        // One pseudonym per person, whatever form the number is written in.
        const pseudonym = (n: unknown) =>
          `p-${Array.from(toKpPhoneNumber(n).nsn).reverse().join('')}`;
        const opaque = log.map((row) => ({
          ...row,
          sender: pseudonym(row.sender),
          ...(row.recipient === undefined || row.recipient === null
            ? {}
            : { recipient: pseudonym(row.recipient) }),
        }));
        const base = policy === undefined ? {} : { policy };
        expect(verdicts(auditTransfersSync(opaque, { ...base, ids: 'opaque' }))).toEqual(
          verdicts(auditTransfersSync(log, base)),
        );
      }),
    );
  });
});
