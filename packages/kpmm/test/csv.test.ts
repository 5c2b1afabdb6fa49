import { describe, expect, it } from 'vitest';
import { isWholeWon, readLineRecord, type LineRecord } from '../src/csv.js';

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
  ] as const)('%j is %s', (text, whole) => {
    expect(isWholeWon(text)).toBe(whole);
  });
});
