import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditSummary, Violation } from '../src/auditLog.js';
import { createWriter } from '../src/auditOutput.js';

const SUMMARY: AuditSummary = {
  rows: 0,
  clean: 0,
  violating: 0,
  invalid: 0,
  byRule: {},
  byCode: {},
  byPolicy: {},
  byMonth: {},
  topSenders: [],
  beforePolicyReport: 0,
  invalidByCode: {},
  sorted: false,
};

/** A stream that keeps what is written to it, as bytes. */
function collector() {
  const parts: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      parts.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(parts).toString('utf8') };
}

const violation = (line: number, sender: string, kept: string): Violation => ({
  line,
  sender,
  recipient: null,
  amount: 500,
  at: '2022-09-01T10:00:00+09:00',
  utc: '2022-09-01T01:00:00Z',
  day: '2022-09-01',
  policy: 'LIMITS_2022',
  codes: ['daily_count_exhausted'],
  rules: ['sender-daily'],
  beforePolicyReport: false,
  columns: { note: kept },
});

describe('the audit writers', () => {
  it('ndjson reads back record for record, whatever the text and its length, flushed or not', async () => {
    // Long values (past what one output chunk holds) and text of every plane, in any order.
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'binary-ascii', minLength: 20_000, maxLength: 70_000 }),
      fc.string({ unit: 'binary', minLength: 8_000, maxLength: 30_000 }),
    );
    const record = fc.record({ sender: text, kept: text, flush: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 12 }), async (records) => {
        const { stream, text: written } = collector();
        const writer = createWriter('ndjson', {
          stdout: stream,
          stderr: stream,
          summaryOnly: false,
          limit: Infinity,
        });
        for (const [i, r] of records.entries()) {
          writer.violation(violation(i + 2, r.sender, r.kept));
          if (r.flush) await writer.flush();
        }
        await writer.end(SUMMARY);
        const lines = written().split('\n');
        expect(lines.pop()).toBe('');
        const read = lines.map(
          (l) => JSON.parse(l) as { sender: string; columns: { note: string } },
        );
        expect(read.length).toBe(records.length + 1);
        expect(read.slice(0, -1).map((v) => [v.sender, v.columns.note])).toEqual(
          records.map((r) => [r.sender, r.kept]),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('a JSON document of many violations is one document, in order', async () => {
    const { stream, text } = collector();
    const writer = createWriter('json', {
      stdout: stream,
      stderr: stream,
      summaryOnly: false,
      limit: Infinity,
    });
    for (let i = 0; i < 2_000; i += 1) writer.violation(violation(i + 2, `평양 ${String(i)}`, '✓'));
    await writer.end(SUMMARY);
    const doc = JSON.parse(text()) as { violations: { line: number; sender: string }[] };
    expect(doc.violations.length).toBe(2_000);
    expect(doc.violations[1_999]).toMatchObject({ line: 2_001, sender: '평양 1999' });
    expect(doc.violations.map((v) => v.line)).toEqual(
      Array.from({ length: 2_000 }, (_, i) => i + 2),
    );
  });
});
