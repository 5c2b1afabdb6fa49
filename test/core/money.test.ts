import { describe, expect, it } from 'vitest';
import { divideRounded, toSafeInteger, type RoundingMode } from '../../src/core/index.js';
import { expectKpmmError } from '../helpers.js';

const cases = [
  { label: '6/3 floor, an exact division', n: 6n, d: 3n, rounding: 'floor', q: 2n },
  { label: '6/3 ceil, an exact division', n: 6n, d: 3n, rounding: 'ceil', q: 2n },
  { label: '6/3 half-up, an exact division', n: 6n, d: 3n, rounding: 'half-up', q: 2n },
  { label: '6/3 half-even, an exact division', n: 6n, d: 3n, rounding: 'half-even', q: 2n },
  { label: '-6/3 floor, an exact negative division', n: -6n, d: 3n, rounding: 'floor', q: -2n },
  { label: '6/-3 ceil, a negative divisor', n: 6n, d: -3n, rounding: 'ceil', q: -2n },
  { label: '0/7 ceil', n: 0n, d: 7n, rounding: 'ceil', q: 0n },
  { label: '5/2 floor', n: 5n, d: 2n, rounding: 'floor', q: 2n },
  { label: '5/2 ceil', n: 5n, d: 2n, rounding: 'ceil', q: 3n },
  { label: '5/2 half-up', n: 5n, d: 2n, rounding: 'half-up', q: 3n },
  { label: '5/2 half-even', n: 5n, d: 2n, rounding: 'half-even', q: 2n },
  { label: '7/2 half-even goes up to 4', n: 7n, d: 2n, rounding: 'half-even', q: 4n },
  { label: '7/3 half-up below the tie', n: 7n, d: 3n, rounding: 'half-up', q: 2n },
  { label: '8/3 half-up above the tie', n: 8n, d: 3n, rounding: 'half-up', q: 3n },
  { label: '8/3 half-even above the tie', n: 8n, d: 3n, rounding: 'half-even', q: 3n },
  { label: '7/3 half-even below the tie', n: 7n, d: 3n, rounding: 'half-even', q: 2n },
  { label: 'exact 6/3 ceil', n: 6n, d: 3n, rounding: 'ceil', q: 2n },
  { label: '-5/2 floor', n: -5n, d: 2n, rounding: 'floor', q: -3n },
  { label: '-5/2 ceil', n: -5n, d: 2n, rounding: 'ceil', q: -2n },
  { label: '-5/2 half-up (ties to +infinity)', n: -5n, d: 2n, rounding: 'half-up', q: -2n },
  { label: '-5/2 half-even', n: -5n, d: 2n, rounding: 'half-even', q: -2n },
  { label: '-7/2 half-even', n: -7n, d: 2n, rounding: 'half-even', q: -4n },
  { label: '5/-2 floor (negative divisor)', n: 5n, d: -2n, rounding: 'floor', q: -3n },
  { label: '0/7 ceil', n: 0n, d: 7n, rounding: 'ceil', q: 0n },
  {
    label: 'beyond 2^53 stays exact',
    n: 2n ** 80n + 1n,
    d: 2n,
    rounding: 'ceil',
    q: 2n ** 79n + 1n,
  },
] as const satisfies readonly {
  label: string;
  n: bigint;
  d: bigint;
  rounding: RoundingMode;
  q: bigint;
}[];

describe('divideRounded', () => {
  it.each(cases)('$label', ({ n, d, rounding, q }) => {
    expect(divideRounded(n, d, rounding)).toBe(q);
  });

  it.each([
    {
      label: 'a zero denominator',
      args: [1n, 0n, 'floor'],
      code: 'invalid_input',
      path: ['denominator'],
    },
    {
      label: 'a number denominator',
      args: [1n, 2, 'floor'],
      code: 'invalid_input',
      path: ['denominator'],
    },
    {
      label: 'a number numerator',
      args: [1, 2n, 'floor'],
      code: 'invalid_input',
      path: ['numerator'],
    },
    {
      label: 'a string numerator',
      args: ['1', 2n, 'ceil'],
      code: 'invalid_input',
      path: ['numerator'],
    },
    {
      label: 'an unknown rounding',
      args: [5n, 2n, 'nearest'],
      code: 'invalid_rounding',
      path: ['rounding'],
    },
    {
      label: 'an unknown rounding on an even division',
      args: [4n, 2n, 'round'],
      code: 'invalid_rounding',
      path: ['rounding'],
    },
  ] as const)('refuses $label with $code', ({ args, code, path }) => {
    expectKpmmError(() => Reflect.apply(divideRounded, undefined, args), code, path);
  });
});

describe('toSafeInteger', () => {
  it.each([
    { label: 'zero', value: 0n, out: 0 },
    { label: 'a gift in cash', value: 37_500n, out: 37_500 },
    {
      label: 'the largest safe integer',
      value: 9_007_199_254_740_991n,
      out: Number.MAX_SAFE_INTEGER,
    },
    {
      label: 'the smallest safe integer',
      value: -9_007_199_254_740_991n,
      out: Number.MIN_SAFE_INTEGER,
    },
  ])('$label', ({ value, out }) => {
    expect(toSafeInteger(value, ['x'])).toBe(out);
  });

  it.each([
    { label: '2^53', value: 2n ** 53n },
    { label: '-(2^53)', value: -(2n ** 53n) },
  ])('$label is out_of_range', ({ value }) => {
    expectKpmmError(() => toSafeInteger(value, ['cashKpw']), 'out_of_range', ['cashKpw']);
  });
});
