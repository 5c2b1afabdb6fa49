import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryKind, isWholeWon, readLineRecord, type LineRecord } from '../src/csv.js';
import { echo, escapeControls } from '../src/text.js';

describe('readLineRecord', () => {
  const cases = [
    {
      label: 'what csv-parse gives with info: true',
      value: { record: ['a', 'b'], info: { lines: 4, bytes: 10 } },
      read: { fields: ['a', 'b'], line: 4 },
    },
    { label: 'a bare record', value: ['a', 'b'], read: undefined },
    { label: 'no info', value: { record: ['a'] }, read: undefined },
    {
      label: 'a field that is not a string',
      value: { record: ['a', 1], info: { lines: 2 } },
      read: undefined,
    },
    {
      label: 'a line that is not a number',
      value: { record: ['a'], info: { lines: '2' } },
      read: undefined,
    },
    { label: 'a fractional line', value: { record: ['a'], info: { lines: 2.5 } }, read: undefined },
    { label: 'null', value: null, read: undefined },
  ] as const satisfies readonly { label: string; value: unknown; read: LineRecord | undefined }[];
  it.each(cases)('$label', ({ value, read }) => {
    expect(readLineRecord(value)).toEqual(read);
  });
});

describe('isWholeWon', () => {
  it.each([
    ['0', true],
    ['500', true],
    ['9007199254740991', true],
    ['9007199254740992', false],
    ['007', false],
    ['1.5', false],
    ['-5', false],
    ['', false],
    [' 5', false],
    ['１２', false],
    ['1000000000000000', true],
    ['10000000000000000', false],
    ['0/', false],
    ['5:', false],
    ['0', true],
  ] as const)('%j is %s', (text, whole) => {
    expect(isWholeWon(text)).toBe(whole);
  });

  it('is a whole number without leading zeros that reads back as itself', () => {
    const text = fc.oneof(
      fc.stringMatching(/^[0-9]{0,18}$/),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.bigInt({ min: 0n, max: 2n ** 60n }).map(String),
    );
    fc.assert(
      fc.property(text, (t) => {
        const n = Number(t);
        expect(isWholeWon(t)).toBe(
          /^[0-9]+$/.test(t) && Number.isSafeInteger(n) && String(n) === t,
        );
      }),
    );
  });
});

describe('binaryKind', () => {
  it.each([
    { label: 'gzip', head: [0x1f, 0x8b, 8, 0], kind: 'gzip-compressed data' },
    { label: 'zip', head: [0x50, 0x4b, 3, 4], kind: 'a zip archive' },
    { label: 'ELF', head: [0x7f, 0x45, 0x4c, 0x46, 2], kind: 'an executable (ELF)' },
    { label: 'zstd', head: [0x28, 0xb5, 0x2f, 0xfd], kind: 'zstd-compressed data' },
    { label: 'bzip2', head: [0x42, 0x5a, 0x68, 0x39], kind: 'bzip2-compressed data' },
    { label: 'Parquet', head: [0x50, 0x41, 0x52, 0x31], kind: 'a Parquet file' },
    { label: 'a NUL byte', head: [0x61, 0x00, 0x62], kind: 'binary data (it has NUL bytes)' },
    { label: 'CSV text', head: [...Buffer.from('at,sender\n')], kind: null },
    { label: 'UTF-8 text with a BOM', head: [0xef, 0xbb, 0xbf, 0x61], kind: null },
  ])('$label', ({ head, kind }) => {
    expect(binaryKind(Uint8Array.from(head))).toBe(kind);
  });
});

describe('escapeControls and echo', () => {
  it.each([
    { label: 'plain text', text: 'abc 123', escaped: 'abc 123' },
    { label: 'an escape sequence', text: 'a\u001b[2Jb', escaped: 'a\\u{1b}[2Jb' },
    { label: 'a carriage return and a tab', text: 'a\r\tb', escaped: 'a\\u{d}\\u{9}b' },
    { label: 'DEL and a C1 control', text: '\u007f\u009b', escaped: '\\u{7f}\\u{9b}' },
    { label: 'a bidi override', text: 'a\u202eb', escaped: 'a\\u{202e}b' },
    { label: 'a zero-width space', text: '48\u200b2', escaped: '48\\u{200b}2' },
    { label: 'Korean text stays', text: '평양', escaped: '평양' },
  ])('$label', ({ text, escaped }) => {
    expect(escapeControls(text)).toBe(escaped);
  });

  it('cuts a long value short with an ellipsis, counting characters', () => {
    expect(echo('평'.repeat(41))).toBe(`${'평'.repeat(40)}…`);
    expect(echo('x'.repeat(40))).toBe('x'.repeat(40));
    expect(echo('\u0007'.repeat(3), 2)).toBe('\\u{7}\\u{7}…');
  });
});
