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
  const progress = createProgress(stream, { everyRows });
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
    createProgress(stream).update(PROGRESS_EVERY_ROWS * 12);
    expect(chunks).toEqual(['\r  1,200,000 rows audited']);
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
