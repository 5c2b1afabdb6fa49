import { beforeEach, describe, expect, it } from 'vitest';
import {
  pyongyangDate,
  startOfNextPyongyangDay,
  startOfNextPyongyangMonth,
} from '../../src/core/index.js';
import {
  clearOffsetCache,
  pyongyangOffsetMinutes,
  startOfPyongyangDayNumber,
} from '../../src/core/internal/pyongyang.js';
import { daysFromCivil } from '../../src/core/internal/civil.js';
import { expectKpmmError } from '../helpers.js';

// Asia/Pyongyang: UTC+9 until 2015-08-14T15:00Z, UTC+8:30 until 2018-05-04T15:00Z, then UTC+9.
const dates = [
  { label: 'an ordinary evening, +9', at: '2020-06-08T14:59:59.999Z', date: '2020-06-08' },
  { label: 'an ordinary midnight, +9', at: '2020-06-08T15:00:00.000Z', date: '2020-06-09' },
  {
    label: 'the last +9 millisecond of 2015-08-14',
    at: '2015-08-14T14:59:59.999Z',
    date: '2015-08-14',
  },
  {
    label: 'the repeated half hour begins (23:30 again)',
    at: '2015-08-14T15:00:00.000Z',
    date: '2015-08-14',
  },
  { label: 'inside the repeated half hour', at: '2015-08-14T15:15:00.000Z', date: '2015-08-14' },
  {
    label: 'the last millisecond of 2015-08-14',
    at: '2015-08-14T15:29:59.999Z',
    date: '2015-08-14',
  },
  { label: '2015-08-15 begins at 15:30Z', at: '2015-08-14T15:30:00.000Z', date: '2015-08-15' },
  { label: 'a +8:30 midnight', at: '2016-03-01T15:30:00.000Z', date: '2016-03-02' },
  { label: 'just before a +8:30 midnight', at: '2016-03-01T15:29:59.999Z', date: '2016-03-01' },
  {
    label: 'the last +8:30 millisecond, 23:29:59.999',
    at: '2018-05-04T14:59:59.999Z',
    date: '2018-05-04',
  },
  {
    label: '2018-05-05 begins at 15:00Z (23:30 jumps to 00:00)',
    at: '2018-05-04T15:00:00.000Z',
    date: '2018-05-05',
  },
  { label: 'written with the local offset', at: '2015-08-15T00:00:00+08:30', date: '2015-08-15' },
  { label: 'epoch zero', at: 0, date: '1970-01-01' },
  {
    label: 'local mean time before 1908 (+8:23)',
    at: '1899-12-31T15:37:00.000Z',
    date: '1900-01-01',
  },
  {
    label: 'one minute earlier under local mean time',
    at: '1899-12-31T15:36:59.999Z',
    date: '1899-12-31',
  },
  { label: 'year 1', at: '0001-01-01T00:00:00Z', date: '0001-01-01' },
  { label: 'year 0', at: '0000-06-01T12:00:00Z', date: '0000-06-01' },
  { label: 'year 9999, the last of four digits', at: '9999-12-31T12:00:00Z', date: '9999-12-31' },
  {
    label: '29 February 2000, a 400-year leap day',
    at: '2000-02-29T12:00:00+09:00',
    date: '2000-02-29',
  },
  { label: '29 February 2400', at: '2400-02-29T12:00:00+09:00', date: '2400-02-29' },
  { label: '1 March 2000', at: '2000-03-01T00:00:00+09:00', date: '2000-03-01' },
  { label: '31 December 1999', at: '1999-12-31T23:59:59.999+09:00', date: '1999-12-31' },
  {
    label: '1908: the last second of local mean time',
    at: '1908-03-31T15:36:59.999Z',
    date: '1908-03-31',
  },
  {
    label: '1908: the change, at 00:07 the next day',
    at: '1908-03-31T15:37:00.000Z',
    date: '1908-04-01',
  },
  {
    label: '1908: 23:53 local mean time, 00:00 at +8:30',
    at: '1908-03-31T15:30:00.000Z',
    date: '1908-03-31',
  },
  {
    label: '1911: 23:40 at +8:30, 00:10 at +9',
    at: '1911-12-31T15:10:00.000Z',
    date: '1911-12-31',
  },
  {
    label: '1912: the change, at 00:30 the next day',
    at: '1911-12-31T15:30:00.000Z',
    date: '1912-01-01',
  },
] as const satisfies readonly { label: string; at: string | number; date: string }[];

describe('pyongyangDate', () => {
  it.each(dates)('$label', ({ at, date }) => {
    expect(pyongyangDate(at)).toBe(date);
  });

  it('refuses a string without an offset', () => {
    expectKpmmError(() => pyongyangDate('2020-06-08T10:00:00'), 'invalid_instant');
  });

  // A date without a four-digit year has no YYYY-MM-DD form.
  it.each([
    { label: 'year -1', at: Date.UTC(-1, 5, 1, 12) },
    { label: 'year 10000', at: Date.UTC(10_000, 0, 1, 12) },
    { label: 'the first Date', at: -8.64e15 },
    { label: 'the last Date', at: 8.64e15 },
  ])('refuses $label as out_of_range', ({ at }) => {
    expectKpmmError(() => pyongyangDate(at), 'out_of_range', []);
  });
});

const nextDays = [
  { label: 'an ordinary day', at: '2020-06-08T10:00:00+09:00', next: '2020-06-08T15:00:00.000Z' },
  {
    label: 'the day with the repeated half hour ends at 15:30Z',
    at: '2015-08-14T12:00:00Z',
    next: '2015-08-14T15:30:00.000Z',
  },
  {
    label: 'inside the repeated half hour',
    at: '2015-08-14T15:10:00Z',
    next: '2015-08-14T15:30:00.000Z',
  },
  { label: 'the first +8:30 day', at: '2015-08-15T12:00:00Z', next: '2015-08-15T15:30:00.000Z' },
  {
    label: 'the last +8:30 day ends at 15:00Z',
    at: '2018-05-04T12:00:00Z',
    next: '2018-05-04T15:00:00.000Z',
  },
  {
    label: 'the day before it ends at 15:30Z',
    at: '2018-05-03T12:00:00Z',
    next: '2018-05-03T15:30:00.000Z',
  },
  { label: 'the first +9 day again', at: '2018-05-04T15:00:00Z', next: '2018-05-05T15:00:00.000Z' },
  {
    label: 'exactly at midnight goes to the next one',
    at: '2020-06-08T15:00:00Z',
    next: '2020-06-09T15:00:00.000Z',
  },
  { label: 'under local mean time', at: '1900-06-01T00:00:00Z', next: '1900-06-01T15:37:00.000Z' },
  {
    label: '1908: 00:00 to 00:07 was skipped, so the day starts at the change',
    at: '1908-03-31T12:00:00Z',
    next: '1908-03-31T15:37:00.000Z',
  },
  {
    label: '1912: 00:00 to 00:30 was skipped, so the day starts at the change',
    at: '1911-12-31T12:00:00Z',
    next: '1911-12-31T15:30:00.000Z',
  },
] as const satisfies readonly { label: string; at: string; next: string }[];

describe('startOfNextPyongyangDay', () => {
  it.each(nextDays)('$label', ({ at, next }) => {
    expect(startOfNextPyongyangDay(at)).toBe(next);
  });

  it('is out_of_range past the last Date', () => {
    expectKpmmError(() => startOfNextPyongyangDay(8.64e15), 'out_of_range');
  });
});

const nextMonths = [
  { label: 'July 2015 ends at +9', at: '2015-07-20T00:00:00Z', next: '2015-07-31T15:00:00.000Z' },
  {
    label: 'August 2015 ends at +8:30',
    at: '2015-08-10T00:00:00Z',
    next: '2015-08-31T15:30:00.000Z',
  },
  {
    label: 'April 2018 ends at +8:30',
    at: '2018-04-10T00:00:00Z',
    next: '2018-04-30T15:30:00.000Z',
  },
  { label: 'May 2018 ends at +9', at: '2018-05-10T00:00:00Z', next: '2018-05-31T15:00:00.000Z' },
  {
    label: 'December rolls into January',
    at: '2020-12-31T16:00:00Z',
    next: '2021-01-31T15:00:00.000Z',
  },
  {
    label: 'the 2022 limits report',
    at: '2022-08-10T12:00:00+09:00',
    next: '2022-08-31T15:00:00.000Z',
  },
  {
    label: 'February of a leap year',
    at: '2024-02-10T00:00:00Z',
    next: '2024-02-29T15:00:00.000Z',
  },
] as const satisfies readonly { label: string; at: string; next: string }[];

describe('startOfNextPyongyangMonth', () => {
  it.each(nextMonths)('$label', ({ at, next }) => {
    expect(startOfNextPyongyangMonth(at)).toBe(next);
  });
});

describe('the offset cache', () => {
  // Each case reads the tz data afresh, not an entry an earlier test left in the cache.
  beforeEach(clearOffsetCache);

  it.each([
    { label: 'the last ms of local mean time', at: '1908-03-31T15:36:59.999Z', minutes: 503 },
    { label: 'KST from 1908-03-31T15:37Z', at: '1908-03-31T15:37:00.000Z', minutes: 510 },
    { label: 'the last ms of +8:30 in 1911', at: '1911-12-31T15:29:59.999Z', minutes: 510 },
    { label: '+9 from 1911-12-31T15:30Z', at: '1911-12-31T15:30:00.000Z', minutes: 540 },
    {
      label: 'the start of the 2015 UTC day, before the change',
      at: '2015-08-14T00:00:00.000Z',
      minutes: 540,
    },
    {
      label: 'the end of the 2018 UTC day, after the change',
      at: '2018-05-04T23:59:59.999Z',
      minutes: 540,
    },
    { label: 'local mean time', at: '1900-01-01T00:00:00Z', minutes: 503 },
    { label: 'KST 1908-1911', at: '1910-01-01T00:00:00Z', minutes: 510 },
    { label: '+9 before 2015', at: '2015-08-14T14:59:59.999Z', minutes: 540 },
    { label: '+8:30 from 2015-08-14T15:00Z', at: '2015-08-14T15:00:00.000Z', minutes: 510 },
    { label: '+8:30 until 2018', at: '2018-05-04T14:59:59.999Z', minutes: 510 },
    { label: '+9 from 2018-05-04T15:00Z', at: '2018-05-04T15:00:00.000Z', minutes: 540 },
    { label: 'far future', at: '9999-01-01T00:00:00Z', minutes: 540 },
  ])('$label is UTC+$minutes minutes', ({ at, minutes }) => {
    expect(pyongyangOffsetMinutes(Date.parse(at))).toBe(minutes);
  });

  it('starts a day skipped by no change at its local midnight', () => {
    expect(new Date(startOfPyongyangDayNumber(daysFromCivil(2018, 5, 5))).toISOString()).toBe(
      '2018-05-04T15:00:00.000Z',
    );
  });
});
