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

  it('redactUssd is idempotent', () => {
    const arbText = fc.oneof(
      fc.string(),
      fc.string({
        unit: fc.constantFrom(
          '*',
          '*',
          '#',
          '9',
          '9',
          '2',
          '0',
          '1',
          ' ',
          '\n',
          'a',
          '%',
          '４',
          'x',
        ),
        maxLength: 60,
      }),
      fc
        .array(
          fc.oneof(
            arbTransferInput.map((input) => buildTransferUssd(input).reveal()),
            fc.constantFrom('*999*', '*929*', '*', '#', ' ', '\n', 'x'),
            fc.string({ maxLength: 5 }),
          ),
          { maxLength: 8 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(arbText, (text) => {
        const once = redactUssd(text);
        expect(redactUssd(once)).toBe(once);
      }),
    );
  });

  it('redactUssd only changes PIN fields into xxxxxx', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('*', '#', '9', '2', '1', 'a', ' '), maxLength: 40 }),
        (text) => {
          const redacted = redactUssd(text);
          // Stars, hashes and everything before the first transfer code are kept.
          expect(redacted.replace(/[^*#]/g, '')).toBe(text.replace(/[^*#]/g, ''));
          const first = Math.min(
            ...['*999*', '*929*'].map((c) => text.indexOf(c)).map((i) => (i < 0 ? text.length : i)),
          );
          expect(redacted.slice(0, first)).toBe(text.slice(0, first));
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
