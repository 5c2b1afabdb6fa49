import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { pyongyangDate, startOfNextPyongyangDay } from '../../src/core/index.js';

describe('the library and the app’s dayjs', () => {
  it('leaves the shared dayjs as it found it', () => {
    const proto: unknown = Reflect.get(dayjs, 'prototype');
    if (typeof proto !== 'object' || proto === null) throw new TypeError('dayjs has no prototype');
    const before = Object.keys(dayjs).sort();
    const protoBefore = Object.keys(proto).sort();
    // Dates across the UTC+8:30 years, so that the tz data is read, not only the cache.
    expect(pyongyangDate('2016-03-01T15:20:00Z')).toBe('2016-03-01');
    expect(pyongyangDate(Date.UTC(1601, 0, 1))).toBe('1601-01-01');
    expect(startOfNextPyongyangDay('2017-01-01T00:00:00Z')).toBe('2017-01-01T15:30:00.000Z');
    expect(Object.keys(dayjs).sort()).toEqual(before);
    expect(Object.keys(proto).sort()).toEqual(protoBefore);
    expect('tz' in dayjs).toBe(false);
    expect('utc' in dayjs).toBe(false);
    expect('tz' in proto).toBe(false);
  });
});
