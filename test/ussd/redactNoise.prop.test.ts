// redactUssd's law for odd spellings: whatever separators, look-alike stars, encodings, labels
// or digit scripts a transfer string is written with, and whatever code points that are neither
// digits nor stars, hashes or line breaks stand between and around the digits of its PIN, no three
// consecutive digits of the PIN survive redaction.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTransferUssd, redactUssd } from '../../src/ussd/index.js';
import { arbTransferInput } from './arbitraries.js';

/** Characters that may stand between the digits of a PIN. */
const SEPARATORS = [
  '\u200b',
  '\u00ad',
  '\u2060',
  '\ufeff',
  '_',
  ',',
  '/',
  "'",
  '+',
  ' ',
  '-',
  '.',
  '\u3000',
  '\u2212',
  '\u0f01',
] as const;

/**
 * What ends a field or escapes a star or hash: a star, hash or line break however written, and
 * `%` and `\`. These shape the transfer rather than hide its PIN, so noise leaves them out.
 */
const STRUCTURE = /[*＊∗﹡⁎✱✲✳⋆٭#＃﹟\r\n%\\]/u;

/**
 * Any code point that is not a decimal digit or a structure character: letters, symbols, spaces,
 * format characters and combining marks of every plane.
 */
const arbNoiseChar = fc
  .oneof(
    // fast-check 4's full-Unicode character: any code point but a lone surrogate.
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0x300, max: 0x36f }).map((code) => String.fromCodePoint(code)),
    fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
    fc.constantFrom(...SEPARATORS),
  )
  .filter((char) => !/\p{Nd}/u.test(char) && !STRUCTURE.test(char));

/** A short run of noise. */
const arbNoise = fc.array(arbNoiseChar, { maxLength: 3 }).map((chars) => chars.join(''));

/** How a star may be written. */
const STARS = ['*', '＊', '∗', '﹡', '⁎', '✱', '\\*', '%2A', '%2a'] as const;

/** Zero digits of other scripts, for the service code. */
const ZEROS = [0x30, 0xff10, 0x660, 0x966, 0x9e6, 0xe50, 0x1d7ce] as const;

function inScript(digits: string, zero: number): string {
  return Array.from(digits, (d) => String.fromCodePoint(zero + Number(d))).join('');
}

const arbNoisyTransfer = fc
  .record({
    input: arbTransferInput,
    star: fc.constantFrom(...STARS),
    zero: fc.constantFrom(...ZEROS),
    label: fc.constantFrom('', 'PIN=', 'pin: ', 'PIN '),
    beforePin: fc.oneof(fc.constantFrom('', ' ', '\u200b', '\n', '\t'), arbNoise),
    gaps: fc.array(arbNoise, { minLength: 5, maxLength: 5 }),
    end: fc.oneof(fc.constantFrom('#', '%23', '', ' sent ok', '\n'), arbNoise),
    before: fc.oneof(fc.constantFrom('', 'log: ', '08:02 dialled '), arbNoise),
  })
  .map(({ input, star, zero, label, beforePin, gaps, end, before }) => {
    const transfer = buildTransferUssd(input);
    const [, code = '', amount = '', recipient = ''] = transfer.reveal().split(/[*#]/u);
    const digits = Array.from(input.pin);
    const pin = digits.map((d, i) => d + (gaps[i] ?? '')).join('');
    const head = `${before}${star}${inScript(code, zero)}${star}${amount}${star}${recipient}${star}`;
    // A labelled PIN without = or : is no label but a word before the PIN.
    return { head, text: `${head}${beforePin}${label}${pin}${end}`, pin: input.pin };
  });

/** The runs of three consecutive digits of a PIN. */
function triples(pin: string): string[] {
  return Array.from({ length: pin.length - 2 }, (_, i) => pin.slice(i, i + 3));
}

describe('redactUssd, whatever is inserted into a transfer string', () => {
  it('leaves no three consecutive digits of the PIN after the recipient, whatever non-digits stand among them', () => {
    fc.assert(
      fc.property(arbNoisyTransfer, ({ head, text, pin }) => {
        const redacted = redactUssd(text);
        expect(redacted.startsWith(head)).toBe(true);
        const rest = redacted.slice(head.length).replace(/[^0-9]/gu, '');
        for (const triple of triples(pin)) expect(rest).not.toContain(triple);
        expect(redactUssd(redacted)).toBe(redacted);
      }),
    );
  });
});
