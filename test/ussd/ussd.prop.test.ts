import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTransferUssd,
  parseKpPhoneNumber,
  parseTransferUssd,
  redactUssd,
  safeBuildTransferUssd,
  safeParseTransferUssd,
  TransferInputSchema,
} from '../../src/ussd/index.js';
import type { TransferInput, TransferUssd } from '../../src/ussd/index.js';
import { serialisations } from '../helpers.js';
import { GSM_MMI, views } from './fixtures.js';
import {
  arbLooseTransferInput,
  arbNsn,
  arbPin,
  arbTransferInput,
  arbWrittenNumber,
} from './arbitraries.js';

function recipientOf(input: TransferInput) {
  return typeof input.recipient === 'string'
    ? parseKpPhoneNumber(input.recipient)
    : input.recipient;
}

/** The digits a PIN must not share with the rest of the string, for a leak check to mean anything. */
function pinIsDistinct(transfer: TransferUssd, pin: string): boolean {
  return !transfer.redacted.includes(pin) && !transfer.recipient.e164.includes(pin);
}

/** Where a transfer begins: a star, 999 or 929 (either width), a star; spaces around the code. */
const TRANSFER_START = /[*＊][\t\p{Zs}]*[9９][29２９][9９][\t\p{Zs}]*[*＊]/u;

/** The mask of a PIN (DESIGN.md: every view shows `xxxxxx`). */
const MASK = 'xxxxxx';

/** Characters that matter to redaction, to build texts that hit its edges. */
const REDACTION_UNITS = [
  ...Array.from('**##99922０1 \t\n\r-.x%a'),
  '＊',
  '＃',
  '９',
  '２',
  '\u3000',
  '\uff0d',
  '\u0301',
  // Read differently by the scanner's view: format characters, look-alike stars, escapes,
  // encodings, digits of other scripts, and a PIN label.
  '\u200b',
  '\u00ad',
  '∗',
  '✱',
  '\\',
  '٩',
  '𝟗',
  '_',
  ',',
  'PIN=',
  'pin:',
  '%2A',
  '%23',
] as const;

function toFullWidthDigits(text: string): string {
  return text.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** Text with no star of either width, so it cannot start or split a transfer. */
const arbStarFree = fc.string({ maxLength: 12 }).map((text) => text.replace(/[*＊]/gu, ''));

/** What may follow a spelled transfer: nothing a PIN could run on into. */
const arbGlue = fc.constantFrom('', ' ', ' | ', '; then ', '\n', '\t', ' ok ', '#');

/** How a PIN field is written, with what it must redact to. */
const PIN_SPELLINGS: readonly ((pin: string) => readonly [written: string, redacted: string])[] = [
  (pin) => [pin, MASK],
  (pin) => [` ${pin}`, ` ${MASK}`],
  (pin) => [`\t${pin}`, `\t${MASK}`],
  (pin) => [`${pin.slice(0, 3)} ${pin.slice(3)}`, MASK],
  (pin) => [`${pin.slice(0, 3)}-${pin.slice(3)}`, MASK],
  (pin) => [`${pin.slice(0, 3)}.${pin.slice(3)}`, MASK],
  (pin) => [`${pin.slice(0, 2)} ${pin.slice(2, 4)} ${pin.slice(4)}`, MASK],
  (pin) => [toFullWidthDigits(pin), MASK],
];

const arbStar = fc.constantFrom('*', '＊');

/**
 * A built transfer rewritten the ways people and logs write one: each star ASCII or full-width,
 * the code in either width with spaces around it, the amount missing, an extra empty field, the
 * PIN spaced, split or full-width, the recipient in any accepted form, and a `#`, `＃`, line
 * break, trailing words or nothing at the end. `redacted` is the same text with the PIN, and
 * nothing else, masked.
 */
const arbSpelledTransfer = fc
  .record({
    input: arbTransferInput,
    stars: fc.tuple(arbStar, arbStar, arbStar, arbStar, arbStar),
    fullWidthCode: fc.boolean(),
    beforeCode: fc.constantFrom('', ' ', '\t'),
    afterCode: fc.constantFrom('', ' ', '\t', '\u3000'),
    amountMissing: fc.boolean(),
    extraField: fc.boolean(),
    spell: fc.constantFrom(...PIN_SPELLINGS),
    end: fc.constantFrom('#', '＃', '\n', ' sent ok', ''),
  })
  .chain((spec) => {
    const transfer = buildTransferUssd(spec.input);
    const { nsn, national } = transfer.recipient;
    return fc
      .oneof(
        fc.constant(spec.input.recipientFormat === 'nsn' ? nsn : national),
        arbWrittenNumber(nsn),
      )
      .map((recipient) => ({ spec, transfer, recipient }));
  })
  .map(({ spec, transfer, recipient }) => {
    const [open, close, afterFirst, afterSecond, extra] = spec.stars;
    const code = spec.fullWidthCode
      ? toFullWidthDigits(transfer.serviceCode)
      : transfer.serviceCode;
    const fields = spec.amountMissing
      ? `${recipient}${afterFirst}`
      : `${String(transfer.amount)}${afterFirst}${recipient}${afterSecond}`;
    const head = `${open}${spec.beforeCode}${code}${spec.afterCode}${close}${fields}${spec.extraField ? extra : ''}`;
    const pin = transfer.reveal().slice(-7, -1);
    const [written, masked] = spec.spell(pin);
    return {
      pin,
      written: written.trim(),
      end: spec.end,
      text: `${head}${written}${spec.end}`,
      redacted: `${head}${masked}${spec.end}`,
    };
  });

/** Whether `redacted` is `text` with some parts of it replaced by the mask, and nothing else. */
function isMaskingOf(text: string, redacted: string): boolean {
  const kept = redacted.split(MASK);
  let at = 0;
  return kept.every((part, i) => {
    const found = i === 0 ? (text.startsWith(part) ? 0 : -1) : text.indexOf(part, at);
    at = found + part.length;
    return found >= 0 && (i < kept.length - 1 || text.endsWith(part));
  });
}

describe('ussd laws', () => {
  it('parseTransferUssd(buildTransferUssd(x)) gives back x', () => {
    fc.assert(
      fc.property(arbTransferInput, (input) => {
        const built = buildTransferUssd(input);
        const parsed = parseTransferUssd(built.reveal());
        expect(parsed.carrier).toBe(input.carrier);
        expect(parsed.amount).toBe(input.amount);
        expect(parsed.recipient).toEqual(recipientOf(input));
        expect(parsed.recipientFormat).toBe(input.recipientFormat ?? 'national');
        expect(parsed.reveal()).toBe(built.reveal());
        expect(parsed.reveal().slice(-7, -1)).toBe(input.pin);
        expect(parsed.redacted).toBe(built.redacted);
        expect(parsed.crossCarrier).toBe(built.crossCarrier);
      }),
    );
  });

  it('parseTransferUssd(s).reveal() === s for every string it accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbTransferInput.map((input) => buildTransferUssd(input).reveal()),
          fc.string({ unit: fc.constantFrom('*', '#', '9', '2', '0', '1', '5'), maxLength: 40 }),
        ),
        (text) => {
          const parsed = safeParseTransferUssd(text);
          if (parsed.success) expect(parsed.data.reveal()).toBe(text);
        },
      ),
    );
  });

  it('every built string is a TS 22.030 MMI string *SC*AMOUNT*RECIPIENT*PIN# of at most 182 characters', () => {
    fc.assert(
      fc.property(arbTransferInput, (input) => {
        const text = buildTransferUssd(input).reveal();
        expect(text.length).toBeLessThanOrEqual(182);
        const match = GSM_MMI.exec(text);
        expect(match?.[2]).toBe('*');
        expect(match?.[3]).toBe(input.carrier === 'koryolink' ? '999' : '929');
        expect(match?.[5]).toBe(String(input.amount));
        expect(match?.[9]).toBe(input.pin);
        expect(match?.[11]).toBeUndefined();
        expect(match?.[12]).toBe('');
      }),
    );
  });

  it('buildTransferUssd succeeds exactly when TransferInputSchema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(arbTransferInput, arbLooseTransferInput), (input) => {
        const built = safeBuildTransferUssd(input as TransferInput);
        expect(built.success).toBe(TransferInputSchema.safeParse(input).success);
      }),
    );
  });

  it('the PIN never appears in any view of a transfer', () => {
    fc.assert(
      fc.property(arbTransferInput, (input) => {
        const transfer = buildTransferUssd(input);
        fc.pre(pinIsDistinct(transfer, input.pin));
        for (const view of views(transfer, { viaConsole: false })) {
          expect(view).not.toContain(input.pin);
        }
      }),
    );
  });

  it('the PIN never appears in any error, whatever the input', () => {
    fc.assert(
      fc.property(arbLooseTransferInput, arbPin, (loose, pin) => {
        // The PIN's digits must not be a run of the messages' own examples (01912345678).
        fc.pre(!'01912345678'.includes(pin));
        const input = { ...loose, pin } as unknown as TransferInput;
        const result = safeBuildTransferUssd(input);
        const texts = result.success
          ? views(result.data, { viaConsole: false })
          : serialisations(result.error);
        if (result.success) fc.pre(pinIsDistinct(result.data, pin));
        for (const text of texts) expect(text).not.toContain(pin);
      }),
    );
  });

  it('an error about a bad PIN is the same whatever the PIN', () => {
    const arbBadPin = fc
      .oneof(
        fc.string({ maxLength: 10 }),
        fc.string({ unit: fc.constantFrom('0', '4', '8', '９', '*', '#', ' '), maxLength: 8 }),
      )
      .filter((pin) => !/^[0-9]{6}$/.test(pin));
    fc.assert(
      fc.property(arbLooseTransferInput, arbBadPin, arbBadPin, (loose, a, b) => {
        const first = safeBuildTransferUssd({ ...loose, pin: a } as unknown as TransferInput);
        const second = safeBuildTransferUssd({ ...loose, pin: b } as unknown as TransferInput);
        expect(first.success || second.success).toBe(false);
        if (!first.success && !second.success) {
          expect(first.error.message).toBe(second.error.message);
          expect(first.error.issues).toEqual(second.error.issues);
        }
      }),
    );
  });

  it('redactUssd removes every PIN of a transfer string embedded in any text', () => {
    fc.assert(
      fc.property(arbTransferInput, fc.string(), fc.string(), (input, before, after) => {
        const transfer = buildTransferUssd(input);
        fc.pre(pinIsDistinct(transfer, input.pin));
        fc.pre(!before.includes(input.pin) && !after.includes(input.pin));
        const text = `${before}${transfer.reveal()}${after}`;
        expect(redactUssd(text)).not.toContain(input.pin);
        expect(redactUssd(transfer.reveal())).toBe(transfer.redacted);
      }),
    );
  });

  it('redactUssd masks exactly the PIN of transfers in every spelling, embedded in any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(arbSpelledTransfer, arbGlue), { minLength: 1, maxLength: 4 }),
        arbStarFree,
        (parts, before) => {
          const text = before + parts.map(([t, glue]) => t.text + glue).join('');
          const expected = before + parts.map(([t, glue]) => t.redacted + glue).join('');
          expect(redactUssd(text)).toBe(expected);
        },
      ),
    );
  });

  it('redactUssd removes the PIN of a transfer in any spelling, whatever surrounds it', () => {
    fc.assert(
      fc.property(arbSpelledTransfer, fc.string(), fc.string(), (spelled, before, after) => {
        const { pin, written } = spelled;
        const others = `${before}${after}${spelled.redacted}`;
        fc.pre(!others.includes(pin) && !others.includes(written));
        // A transfer without a terminator reads on into what follows; a semicolon stops its PIN
        // (a comma may join the digits of one).
        const rest = spelled.end === '' ? `; ${after}` : after;
        const redacted = redactUssd(`${before}${spelled.text}${rest}`);
        expect(redacted).not.toContain(pin);
        expect(redacted).not.toContain(written);
      }),
    );
  });

  it('redactUssd masks the PIN of every *SC*AMOUNT*RECIPIENT*PIN# whose fields hold no ASCII *, # or line break', () => {
    // The crash fuzz's reading: full-width stars and hashes inside the amount or recipient do not
    // end the transfer or move its PIN.
    const arbField = fc
      .string({
        unit: fc.oneof(
          fc.constantFrom(...REDACTION_UNITS),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        ),
        maxLength: 12,
      })
      .map((field) => field.replace(/[*#\r\n]|%2[aA]/gu, ''));
    fc.assert(
      fc.property(
        fc.constantFrom('999', '929'),
        arbField,
        arbField,
        arbPin,
        (code, amount, recipient, pin) => {
          fc.pre(!`${amount}*${recipient}`.includes(pin));
          const redacted = redactUssd(`*${code}*${amount}*${recipient}*${pin}#`);
          expect(redacted).not.toContain(pin);
        },
      ),
    );
  });

  it('redactUssd is idempotent on any string', () => {
    const arbText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: fc.constantFrom(...REDACTION_UNITS), maxLength: 60 }),
    );
    fc.assert(
      fc.property(arbText, (text) => {
        const once = redactUssd(text);
        expect(redactUssd(once)).toBe(once);
      }),
    );
  });

  it('redactUssd is idempotent on text with embedded transfers in any spelling', () => {
    const arbText = fc
      .array(
        fc.oneof(
          arbTransferInput.map((input) => buildTransferUssd(input).reveal()),
          arbSpelledTransfer.map(({ text }) => text),
          fc.constantFrom(...REDACTION_UNITS, '*999*', '*929*', '＊９２９＊', '* 999 *'),
          fc.string({ maxLength: 5 }),
        ),
        { maxLength: 8 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(arbText, (text) => {
        const once = redactUssd(text);
        expect(redactUssd(once)).toBe(once);
      }),
    );
  });

  it('redactUssd leaves text without a *999* or *929* start unchanged', () => {
    const arbText = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...REDACTION_UNITS), maxLength: 40 }),
      fc
        .array(
          fc.oneof(
            arbTransferInput.map((input) => buildTransferUssd(input).reveal()),
            fc.constantFrom('*100#', '*888*', '*99*', '*9999*', '*9 99*', '*92*9*', '#'),
          ),
          { maxLength: 6 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(arbText, (text) => {
        // A labelled PIN is masked anywhere, so the law is for texts without a label.
        fc.pre(!/pin|pwd|pass|비밀번호|암호/iu.test(text));
        fc.pre(!TRANSFER_START.test(text));
        expect(redactUssd(text)).toBe(text);
      }),
    );
  });

  it('redactUssd only changes PIN fields into xxxxxx', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('*', '＊', '#', '＃', '9', '2', '1', 'a', ' ', '-', '\n'),
          maxLength: 40,
        }),
        (text) => {
          const redacted = redactUssd(text);
          // Stars, hashes, line breaks and everything before the first transfer start are kept,
          // and what changed is only ever a token replaced by the mask.
          const marks = (t: string) => t.replace(/[^*＊#＃\n]/gu, '');
          expect(marks(redacted)).toBe(marks(text));
          const first = TRANSFER_START.exec(text)?.index ?? text.length;
          expect(redacted.slice(0, first)).toBe(text.slice(0, first));
          expect(isMaskingOf(text, redacted)).toBe(true);
        },
      ),
    );
  });

  it('a written number is read back as its nsn, in every accepted form', () => {
    fc.assert(
      fc.property(
        arbNsn.chain((nsn) => arbWrittenNumber(nsn).map((text) => ({ nsn, text }))),
        ({ nsn, text }) => {
          expect(parseKpPhoneNumber(text).nsn).toBe(nsn);
        },
      ),
    );
  });
});
