import { describe, expect, it } from 'vitest';
import { parseInstant, toIsoUtc } from '../../src/core/index.js';
import { expectKpmmError } from '../helpers.js';

const valid = [
  { label: 'offset +09:00', input: '2020-06-08T10:00:00+09:00', iso: '2020-06-08T01:00:00.000Z' },
  { label: 'Z', input: '2020-06-08T01:00:00Z', iso: '2020-06-08T01:00:00.000Z' },
  { label: 'lower-case t and z', input: '2020-06-08t01:00:00z', iso: '2020-06-08T01:00:00.000Z' },
  {
    label: 'a space between date and time',
    input: '2020-06-08 10:00:00+09:00',
    iso: '2020-06-08T01:00:00.000Z',
  },
  { label: 'offset +08:30', input: '2016-01-01T00:00:00+08:30', iso: '2015-12-31T15:30:00.000Z' },
  { label: 'negative offset', input: '2020-06-07T18:00:00-07:00', iso: '2020-06-08T01:00:00.000Z' },
  { label: 'offset -00:00', input: '2020-06-08T01:00:00-00:00', iso: '2020-06-08T01:00:00.000Z' },
  {
    label: 'one fractional digit',
    input: '2020-06-08T01:00:00.5Z',
    iso: '2020-06-08T01:00:00.500Z',
  },
  { label: 'milliseconds', input: '2020-06-08T01:00:00.123Z', iso: '2020-06-08T01:00:00.123Z' },
  {
    label: 'two fractional digits',
    input: '2020-06-08T01:00:00.05Z',
    iso: '2020-06-08T01:00:00.050Z',
  },
  {
    label: 'a fraction and an offset',
    input: '2020-06-08T10:00:00.007+09:00',
    iso: '2020-06-08T01:00:00.007Z',
  },
  {
    label: 'nanoseconds are cut to milliseconds',
    input: '2020-06-08T01:00:00.123999999Z',
    iso: '2020-06-08T01:00:00.123Z',
  },
  { label: 'leap day', input: '2016-02-29T12:00:00Z', iso: '2016-02-29T12:00:00.000Z' },
  { label: '31 October', input: '2020-10-31T12:00:00Z', iso: '2020-10-31T12:00:00.000Z' },
  { label: '31 December', input: '2020-12-31T12:00:00Z', iso: '2020-12-31T12:00:00.000Z' },
  { label: '30 September', input: '2020-09-30T12:00:00Z', iso: '2020-09-30T12:00:00.000Z' },
  { label: 'year 2000 leap day', input: '2000-02-29T00:00:00Z', iso: '2000-02-29T00:00:00.000Z' },
  { label: 'year 0001', input: '0001-01-01T00:00:00Z', iso: '0001-01-01T00:00:00.000Z' },
  {
    label: 'crossing a day with the offset',
    input: '2020-01-01T00:30:00+09:00',
    iso: '2019-12-31T15:30:00.000Z',
  },
  { label: 'epoch milliseconds', input: 1_591_578_000_000, iso: '2020-06-08T01:00:00.000Z' },
  { label: 'negative epoch milliseconds', input: -1000, iso: '1969-12-31T23:59:59.000Z' },
  { label: 'a Date', input: new Date('2020-06-08T01:00:00Z'), iso: '2020-06-08T01:00:00.000Z' },
  { label: 'the last Date', input: 8.64e15, iso: '+275760-09-13T00:00:00.000Z' },
  { label: 'the first Date', input: -8.64e15, iso: '-271821-04-20T00:00:00.000Z' },
  {
    label: 'ten fractional digits',
    input: '2020-06-08T01:00:00.1234567890Z',
    iso: '2020-06-08T01:00:00.123Z',
  },
  {
    label: '38 fractional digits, the most that fit in 64 characters',
    input: `2020-06-08T01:00:00.${'9'.repeat(38)}+09:00`,
    iso: '2020-06-07T16:00:00.999Z',
  },
  { label: 'fractional milliseconds, floored', input: 1.5, iso: '1970-01-01T00:00:00.001Z' },
  {
    label: 'negative fractional milliseconds, floored into the day before',
    input: -0.5,
    iso: '1969-12-31T23:59:59.999Z',
  },
  { label: 'negative zero', input: -0, iso: '1970-01-01T00:00:00.000Z' },
] as const satisfies readonly { label: string; input: unknown; iso: string }[];

const invalid = [
  { label: 'no offset', input: '2020-06-08T10:00:00' },
  { label: 'date only', input: '2020-06-08' },
  { label: 'no seconds', input: '2020-06-08T10:00+09:00' },
  { label: 'offset without colon', input: '2020-06-08T10:00:00+0900' },
  { label: 'hour offset only', input: '2020-06-08T10:00:00+09' },
  { label: 'empty string', input: '' },
  { label: 'month 13', input: '2020-13-01T00:00:00Z' },
  { label: 'month 00', input: '2020-00-01T00:00:00Z' },
  { label: 'day 00', input: '2020-06-00T00:00:00Z' },
  { label: '31 June', input: '2020-06-31T00:00:00Z' },
  { label: '31 April', input: '2020-04-31T00:00:00Z' },
  { label: '31 September', input: '2020-09-31T00:00:00Z' },
  { label: '31 November', input: '2020-11-31T00:00:00Z' },
  { label: '30 February in a leap year', input: '2020-02-30T00:00:00Z' },
  { label: '29 February in a common year', input: '2019-02-29T00:00:00Z' },
  { label: '29 February 1900', input: '1900-02-29T00:00:00Z' },
  { label: 'hour 24', input: '2020-06-08T24:00:00Z' },
  { label: 'minute 60', input: '2020-06-08T10:60:00Z' },
  { label: 'leap second', input: '2016-12-31T23:59:60Z' },
  { label: 'offset hour 24', input: '2020-06-08T10:00:00+24:00' },
  { label: 'offset minute 60', input: '2020-06-08T10:00:00+09:60' },
  { label: 'full-width digits', input: '２０２０-06-08T10:00:00Z' },
  { label: 'Arabic-Indic digits', input: '٢٠٢٠-06-08T10:00:00Z' },
  { label: 'leading space', input: ' 2020-06-08T10:00:00Z' },
  { label: 'trailing text', input: '2020-06-08T10:00:00Z[Asia/Pyongyang]' },
  { label: 'fraction without digits', input: '2020-06-08T10:00:00.Z' },
  { label: 'fraction without digits before an offset', input: '2020-06-08T10:00:00.+09:00' },
  { label: 'a comma before the fraction', input: '2020-06-08T10:00:00,5Z' },
  { label: 'a slash in the date', input: '2020/06/08T10:00:00Z' },
  { label: 'another letter between date and time', input: '2020-06-08X10:00:00Z' },
  { label: 'a dot for a colon', input: '2020-06-08T10.00:00Z' },
  { label: 'a one-digit offset minute', input: '2020-06-08T10:00:00+09:0' },
  { label: 'an offset with a dot', input: '2020-06-08T10:00:00+09.00' },
  { label: 'a letter in the offset', input: '2020-06-08T10:00:00+0x:00' },
  { label: 'a Unicode minus in the offset', input: '2020-06-08T10:00:00\u221209:00' },
  { label: 'a letter in the seconds', input: '2020-06-08T10:00:0xZ' },
  { label: 'Z and more', input: '2020-06-08T10:00:00ZZ' },
  { label: 'a full-width digit in the fraction', input: '2020-06-08T10:00:00.１Z' },
  { label: 'a very long string', input: `2020-06-08T10:00:00.${'1'.repeat(10_000)}Z` },
  { label: 'NaN', input: Number.NaN },
  { label: 'Infinity', input: Number.POSITIVE_INFINITY },
  { label: 'negative Infinity', input: Number.NEGATIVE_INFINITY },
  {
    label: '39 fractional digits, past 64 characters',
    input: `2020-06-08T01:00:00.${'9'.repeat(39)}+09:00`,
  },
  { label: 'beyond the last Date', input: 8.64e15 + 1 },
  { label: 'an invalid Date', input: new Date(Number.NaN) },
  { label: 'null', input: null },
  { label: 'undefined', input: undefined },
  { label: 'an object', input: { at: 0 } },
  { label: 'a bigint', input: 0n },
] as const satisfies readonly { label: string; input: unknown }[];

describe('parseInstant', () => {
  it.each(valid)('reads $label', ({ input, iso }) => {
    expect(toIsoUtc(parseInstant(input))).toBe(iso);
  });

  it.each(invalid)('refuses $label', ({ input }) => {
    expectKpmmError(() => parseInstant(input, ['at']), 'invalid_instant', ['at']);
  });

  it('names the instant itself when the path joins to nothing', () => {
    const error = expectKpmmError(() => parseInstant('nope', ['']), 'invalid_instant', ['']);
    expect(error.message.startsWith('instant ')).toBe(true);
  });

  it('reads -0 as 0, never -0', () => {
    expect(Object.is(parseInstant(-0), 0)).toBe(true);
    expect(Object.is(parseInstant(-0.25), -1)).toBe(true);
  });

  it('uses an empty path by default', () => {
    expectKpmmError(() => parseInstant('nope'), 'invalid_instant', []);
  });

  it.each([
    { label: 'a string', path: 'at' },
    { label: 'null', path: null },
    { label: 'an array holding an object', path: ['history', {}] },
  ])('refuses a path that is $label with invalid_input, also for a valid instant', ({ path }) => {
    expectKpmmError(() => Reflect.apply(parseInstant, undefined, ['nope', path]), 'invalid_input', [
      'path',
    ]);
    expectKpmmError(() => Reflect.apply(parseInstant, undefined, [0, path]), 'invalid_input', [
      'path',
    ]);
  });
});

describe('toIsoUtc', () => {
  it('writes UTC with milliseconds', () => {
    expect(toIsoUtc(1_591_628_400_000)).toBe('2020-06-08T15:00:00.000Z');
  });

  it.each([
    { label: 'one millisecond past the last Date', ms: 8.64e15 + 1 },
    { label: 'one millisecond before the first Date', ms: -8.64e15 - 1 },
    { label: 'Infinity', ms: Number.POSITIVE_INFINITY },
  ])('refuses $label with out_of_range', ({ ms }) => {
    expectKpmmError(() => toIsoUtc(ms), 'out_of_range', []);
  });

  it('floors a fraction of a millisecond', () => {
    expect(toIsoUtc(1.5)).toBe('1970-01-01T00:00:00.001Z');
    expect(toIsoUtc(-0.5)).toBe('1969-12-31T23:59:59.999Z');
  });

  it('writes the first and last instants a Date can hold', () => {
    expect(toIsoUtc(8.64e15)).toBe('+275760-09-13T00:00:00.000Z');
    expect(toIsoUtc(-8.64e15)).toBe('-271821-04-20T00:00:00.000Z');
  });

  it.each([
    { label: 'NaN', ms: Number.NaN },
    { label: 'an empty string', ms: '' },
    { label: 'a numeric string', ms: '1591628400000' },
    { label: 'an empty array', ms: [] },
    { label: 'a bigint', ms: 1n },
    { label: 'a Date', ms: new Date(0) },
  ])('refuses $label with invalid_instant', ({ ms }) => {
    expectKpmmError(() => Reflect.apply(toIsoUtc, undefined, [ms]), 'invalid_instant', []);
  });
});
