import { describe, expect, it } from 'vitest';
import { pyongyangTime, whole } from '../src/format.js';

describe('pyongyangTime', () => {
  it.each([
    {
      label: 'midnight at UTC+9 (2020), never 24:00',
      iso: '2020-06-08T15:00:00.000Z',
      local: '2020-06-09 00:00',
    },
    { label: 'the minute before it', iso: '2020-06-08T14:59:59.999Z', local: '2020-06-08 23:59' },
    {
      label: 'midnight at UTC+8:30 (2016)',
      iso: '2016-06-08T15:30:00.000Z',
      local: '2016-06-09 00:00',
    },
    {
      label: 'the last minute at UTC+9 before 2015-08-15',
      iso: '2015-08-14T14:59:00.000Z',
      local: '2015-08-14 23:59',
    },
    {
      label: 'the 2015 change: clocks go back to 23:30',
      iso: '2015-08-14T15:00:00.000Z',
      local: '2015-08-14 23:30',
    },
    {
      label: 'the 2018 change: 23:30 becomes midnight',
      iso: '2018-05-04T15:00:00.000Z',
      local: '2018-05-05 00:00',
    },
  ])('$label', ({ iso, local }) => {
    expect(pyongyangTime(iso)).toBe(local);
  });
});

describe('whole', () => {
  it.each([
    [0, '0'],
    [13_333, '13,333'],
    [9_007_199_254_740_991, '9,007,199,254,740,991'],
  ])('%i is %s', (n, text) => {
    expect(whole(n)).toBe(text);
  });
});
