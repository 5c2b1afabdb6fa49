import fc from 'fast-check';
import { parsePhoneNumber, type PhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { safeParseKpPhoneNumber } from '../../src/ussd/index.js';
import { arbNsn, arbWrittenNumber, SHARED_SEPARATORS } from './arbitraries.js';

// A differential test against Google's libphonenumber (the JavaScript port, full metadata).
// Where the two differ, it is on purpose, and the differences are listed here:
// - 195 numbers: libphonenumber classes them as fixed lines; this library, following the press
//   reports on Kang Song NET, as mobile numbers (owner 'kangsong').
// - libphonenumber also reads digits of other scripts, and `850…` without a plus; this library
//   refuses both, so it accepts strictly fewer strings.
// - this library reads a tab and every Unicode space between digits; libphonenumber refuses some
//   (U+2000…U+200A, U+202F, U+205F, U+1680), so the written forms below use shared separators.

function libParse(text: string): PhoneNumber | undefined {
  try {
    return parsePhoneNumber(text, 'KP');
  } catch {
    return undefined;
  }
}

const DIGIT = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

/** Ten digits starting 19 but with a prefix neither side knows as mobile (190, 194, 196…). */
const arbOtherNsn = fc
  .tuple(
    fc.constantFrom('190', '194', '196', '197', '198', '199', '181', '291'),
    fc.string({ unit: DIGIT, minLength: 7, maxLength: 7 }),
  )
  .map(([prefix, rest]) => prefix + rest);

/** Digit strings of the wrong length behind a known prefix. */
const arbWrongLength = fc
  .tuple(
    fc.constantFrom('191', '192', '193', '195'),
    fc.string({ unit: DIGIT, minLength: 0, maxLength: 12 }).filter((s) => s.length !== 7),
  )
  .map(([prefix, rest]) => prefix + rest);

/** Phone-like junk: digits, separators, plus signs and parentheses in any order. */
const arbPhoneLike = fc.string({
  unit: fc.oneof(DIGIT, fc.constantFrom('+', ' ', '-', '.', '(', ')', '*', '#', '٣', '８')),
  maxLength: 24,
});

describe('parseKpPhoneNumber and libphonenumber-js agree', () => {
  it('on 191, 192 and 193 numbers: both read the same mobile number', () => {
    fc.assert(
      fc.property(
        arbNsn
          .filter((nsn) => !nsn.startsWith('195'))
          .chain((nsn) => arbWrittenNumber(nsn, SHARED_SEPARATORS).map((text) => ({ nsn, text }))),
        ({ nsn, text }) => {
          const ours = safeParseKpPhoneNumber(text);
          const theirs = libParse(text);
          expect(ours.success && ours.data.nsn).toBe(nsn);
          expect(theirs?.isValid()).toBe(true);
          expect(theirs?.getType()).toBe('MOBILE');
          expect(theirs?.number).toBe(`+850${nsn}`);
        },
      ),
    );
  });

  it('on 195 numbers, the documented difference: a fixed line to them, Kang Song NET to us', () => {
    fc.assert(
      fc.property(
        arbNsn
          .filter((nsn) => nsn.startsWith('195'))
          .chain((nsn) => arbWrittenNumber(nsn, SHARED_SEPARATORS).map((text) => ({ nsn, text }))),
        ({ nsn, text }) => {
          const ours = safeParseKpPhoneNumber(text);
          const theirs = libParse(text);
          expect(ours.success && ours.data.owner).toBe('kangsong');
          expect(theirs?.isValid()).toBe(true);
          expect(theirs?.getType()).toBe('FIXED_LINE');
          expect(theirs?.number).toBe(`+850${nsn}`);
        },
      ),
    );
  });

  it('on what is invalid: a number libphonenumber refuses, we refuse too', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbOtherNsn.chain((nsn) => arbWrittenNumber(nsn, SHARED_SEPARATORS)),
          arbWrongLength.chain((nsn) => arbWrittenNumber(nsn, SHARED_SEPARATORS)),
          arbPhoneLike,
        ),
        (text) => {
          const theirs = libParse(text);
          if (theirs?.isValid() !== true) expect(safeParseKpPhoneNumber(text).success).toBe(false);
        },
      ),
    );
  });

  it('on everything we accept: libphonenumber reads the same valid number', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbPhoneLike,
          arbNsn.chain((nsn) => arbWrittenNumber(nsn, SHARED_SEPARATORS)),
        ),
        (text) => {
          const ours = safeParseKpPhoneNumber(text);
          if (ours.success) {
            const theirs = libParse(text);
            expect(theirs?.isValid()).toBe(true);
            expect(theirs?.number).toBe(ours.data.e164);
          }
        },
      ),
    );
  });
});
