import { describe, expect, it } from 'vitest';
import { divideRounded } from '../../src/core/index.js';

describe('divideRounded', () => {
  it('rounds a tie to even', () => expect(divideRounded(5n, 2n, 'half-even')).toBe(2n));
});
