// The shared arbitraries generate what they promise: valid ones are accepted by the function
// they feed, instants parse back to their milliseconds, and nasty ones stay nasty and bounded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTransferUssd,
  checkTransfer,
  createMobileMoney,
  isKpmmError,
  parseKpPhoneNumber,
  parseTransferUssd,
  quoteRental,
} from '../../src/index.js';
import { parseInstant } from '../../src/core/index.js';
import {
  PYONGYANG_TO_0830_MS,
  PYONGYANG_TO_0900_MS,
  arbCheckTransferInput,
  arbHistory,
  arbInstantCase,
  arbKpPhoneNumberText,
  arbMobileMoneyConfig,
  arbNastyString,
  arbPlanTransferInput,
  arbRentalInput,
  arbTransferInput,
  arbTransferUssdText,
  arbUnicodeDigit,
  arbWhitespace,
} from '../arbitraries.js';

describe('valid arbitraries are accepted', () => {
  it('every instant form parses back to its epoch milliseconds', () => {
    fc.assert(
      fc.property(arbInstantCase, ({ input, ms }) => {
        expect(parseInstant(input)).toBe(ms);
      }),
    );
  });

  it('every written phone number parses', () => {
    fc.assert(
      fc.property(arbKpPhoneNumberText, (text) => {
        expect(parseKpPhoneNumber(text).nsn).toMatch(/^19[1235]\d{7}$/u);
      }),
    );
  });

  it('every transfer input builds, and its string parses back', () => {
    fc.assert(
      fc.property(arbTransferInput, (input) => {
        expect(parseTransferUssd(buildTransferUssd(input).reveal()).amount).toBe(input.amount);
      }),
    );
  });

  it('every transfer string parses', () => {
    fc.assert(
      fc.property(arbTransferUssdText, (text) => {
        expect(parseTransferUssd(text).reveal()).toBe(text);
      }),
    );
  });

  it('every history and check input is checked without an error', () => {
    fc.assert(
      fc.property(arbCheckTransferInput, arbHistory, ({ proposed, policy }, history) => {
        const input = policy === undefined ? { history, proposed } : { history, proposed, policy };
        expect(typeof checkTransfer(input).allowed).toBe('boolean');
      }),
    );
  });

  it('every rental input is quoted', () => {
    fc.assert(
      fc.property(arbRentalInput, (input) => {
        expect(quoteRental(input).region).toBe(input.region);
      }),
    );
  });

  it('every configuration binds, and every plan is made or is out of range', () => {
    fc.assert(
      fc.property(arbMobileMoneyConfig, arbPlanTransferInput, (config, input) => {
        const mm = createMobileMoney(config);
        try {
          expect(typeof mm.planTransfer(input).allowed).toBe('boolean');
        } catch (error) {
          // A huge amount at a huge price costs more cash than a safe integer holds.
          expect(isKpmmError(error) && error.code).toBe('out_of_range');
        }
      }),
    );
  });
});

describe('nasty arbitraries', () => {
  it('a Unicode digit is a decimal digit, and not an ASCII one', () => {
    fc.assert(
      fc.property(arbUnicodeDigit, (digit) => {
        expect(digit).toMatch(/^\p{Nd}$/u);
        expect(digit).not.toMatch(/^[0-9]$/u);
      }),
    );
  });

  it('a white space character is one code unit', () => {
    fc.assert(
      fc.property(arbWhitespace, (ch) => {
        expect(ch).toHaveLength(1);
      }),
    );
  });

  it('a nasty string is at most 10,000 code units long', () => {
    fc.assert(
      fc.property(arbNastyString, (text) => {
        expect(text.length).toBeLessThanOrEqual(10_000);
      }),
    );
  });

  it('the offset changes are where the time zone data puts them', () => {
    expect(new Date(PYONGYANG_TO_0830_MS).toISOString()).toBe('2015-08-14T15:00:00.000Z');
    expect(new Date(PYONGYANG_TO_0900_MS).toISOString()).toBe('2018-05-04T15:00:00.000Z');
  });
});
