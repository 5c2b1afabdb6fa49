import { describe, expect, it } from 'vitest';
import { PROGRESS_EVERY_ROWS, createProgress } from '../src/progress.js';

/** A stream-like sink that records what was written. */
function sink(isTTY: boolean | undefined) {
  const chunks: string[] = [];
  const stream = {
    ...(isTTY === undefined ? {} : { isTTY }),
    write: (text: string) => chunks.push(text),
  };
  return { stream, chunks };
}

function run(isTTY: boolean | undefined, rows: number, everyRows: number): string[] {
  const { stream, chunks } = sink(isTTY);
  const progress = createProgress(stream, { everyRows, now: () => 0 });
  for (let n = 1; n <= rows; n += 1) progress.update(n);
  progress.finish();
  return chunks;
}

describe('the audit progress line', () => {
  it.each([
    { label: 'not a terminal', isTTY: false },
    { label: 'a stream that does not say', isTTY: undefined },
  ])('writes nothing at all to $label', ({ isTTY }) => {
    expect(run(isTTY, 10, 2)).toEqual([]);
  });

  it('on a terminal, rewrites one line with a carriage return every N rows, then erases it', () => {
    const chunks = run(true, 7, 3);
    expect(chunks).toEqual(['\r  3 rows audited', '\r  6 rows audited', '\r\u001b[K']);
  });

  it('groups the thousands of the count', () => {
    const { stream, chunks } = sink(true);
    createProgress(stream, { now: () => 0 }).update(PROGRESS_EVERY_ROWS * 12);
    expect(chunks).toEqual(['\r  1,200,000 rows audited']);
  });

  it('says rows a second and the share of the file read', () => {
    const { stream, chunks } = sink(true);
    let t = 1_000;
    const progress = createProgress(stream, { everyRows: 100, totalBytes: 3_000, now: () => t });
    t = 1_500;
    progress.update(100, 1_000);
    t = 2_000;
    progress.update(250, 2_999);
    expect(chunks).toEqual([
      '\r  100 rows audited, 200 rows/s, 33% of the file',
      '\r  250 rows audited, 250 rows/s, 99% of the file',
    ]);
  });

  it('draws once per interval when rows arrive in batches that jump over it', () => {
    const { stream, chunks } = sink(true);
    const progress = createProgress(stream, { everyRows: 10, now: () => 0 });
    for (const rows of [4, 9, 23, 25, 31]) progress.update(rows);
    expect(chunks).toEqual(['\r  23 rows audited', '\r  31 rows audited']);
  });

  it('writes nothing, not even the erase, when fewer rows than N were read', () => {
    expect(run(true, 2, 3)).toEqual([]);
  });

  it('every chunk starts with a carriage return and has no newline', () => {
    for (const chunk of run(true, 20, 4)) {
      expect(chunk.startsWith('\r')).toBe(true);
      expect(chunk).not.toContain('\n');
    }
  });
});
