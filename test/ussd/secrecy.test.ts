import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  buildTransferUssd,
  parseTransferUssd,
  safeBuildTransferUssd,
  safeParseTransferUssd,
} from '../../src/ussd/index.js';
import type { TransferInput, TransferUssd } from '../../src/ussd/index.js';
import { expectKpmmError, serialisations } from '../helpers.js';
import { logged, views } from './fixtures.js';

// 482915 does not occur in 01912345678, +8501912345678 or 300, so any sighting is a leak.
const PIN = '482915';
const REDACTED = '*999*300*01912345678*xxxxxx#';

const input = { carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: PIN } as const;

describe('a transfer keeps its PIN to itself', () => {
  const transfers = [
    { label: 'built', transfer: buildTransferUssd(input) },
    { label: 'parsed', transfer: parseTransferUssd(`*999*300*01912345678*${PIN}#`) },
  ] as const satisfies readonly { label: string; transfer: TransferUssd }[];

  it.each(transfers)('$label: no view shows the PIN', ({ transfer }) => {
    for (const view of views(transfer)) expect(view).not.toContain(PIN);
    expect(transfer.reveal()).toContain(PIN);
  });

  it.each(transfers)(
    '$label: String, template, JSON and inspect show the masked string',
    ({ transfer }) => {
      expect(String(transfer)).toBe(REDACTED);
      // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- what is tested
      expect(`${transfer}`).toBe(REDACTED);
      expect(JSON.stringify(transfer)).toBe(JSON.stringify(REDACTED));
      expect(inspect(transfer)).toBe(REDACTED);
      expect(logged(transfer)).toBe(`${REDACTED}\n`);
    },
  );

  it.each(transfers)('$label: only data is enumerable', ({ transfer }) => {
    expect(Object.keys(transfer)).toEqual([
      'carrier',
      'serviceCode',
      'amount',
      'recipient',
      'recipientFormat',
      'crossCarrier',
      'redacted',
      'reveal',
    ]);
    expect(Object.getOwnPropertySymbols(transfer)).toEqual([]);
  });

  it.each(transfers)('$label: a structured clone fails or keeps no PIN', ({ transfer }) => {
    let clone: unknown;
    try {
      clone = structuredClone(transfer);
    } catch (error) {
      expect(error).toBeInstanceOf(DOMException);
    }
    expect(inspect(clone, { depth: Infinity })).not.toContain(PIN);
    const data = Object.fromEntries(Object.entries(transfer).filter(([key]) => key !== 'reveal'));
    expect(inspect(structuredClone(data), { depth: Infinity })).not.toContain(PIN);
  });

  it.each(transfers)('$label: is frozen, and so is its recipient', ({ transfer }) => {
    expect(Object.isFrozen(transfer)).toBe(true);
    expect(Object.isFrozen(transfer.recipient)).toBe(true);
    expect(Reflect.set(transfer, 'amount', 1)).toBe(false);
    expect(Reflect.set(transfer, 'reveal', () => 'x')).toBe(false);
    expect(Reflect.defineProperty(transfer, 'pin', { value: PIN })).toBe(false);
    expect(transfer.amount).toBe(300);
  });

  it('does not let the prototype be changed to reach the PIN', () => {
    const transfer = buildTransferUssd(input);
    const prototype: unknown = Object.getPrototypeOf(transfer);
    expect(Object.isFrozen(prototype)).toBe(true);
    expect(Reflect.setPrototypeOf(transfer, {})).toBe(false);
  });
});

/** A PIN of each shape the issue names as wrong; none occurs in the messages' own digits. */
const badPins = [
  { label: '5 digits', pin: '48291' },
  { label: '7 digits', pin: '4829157' },
  { label: 'a letter', pin: '48291a' },
  { label: 'a star', pin: '48*915' },
  { label: 'a hash', pin: '48291#' },
  { label: 'full-width', pin: '４８２９１５' },
  { label: 'a leading space', pin: ' 482915' },
] as const satisfies readonly { label: string; pin: string }[];

describe('no error shows the PIN', () => {
  it.each(badPins)('an invalid PIN: $label', ({ pin }) => {
    const error = expectKpmmError(() => buildTransferUssd({ ...input, pin }), 'invalid_pin', [
      'pin',
    ]);
    for (const text of serialisations(error)) expect(text).not.toContain(pin);
    expect(error.cause).toBeUndefined();
    const safe = safeBuildTransferUssd({ ...input, pin });
    expect(inspect(safe, { depth: Infinity, showHidden: true })).not.toContain(pin);
  });

  it.each(badPins)('an invalid PIN in a string to parse: $label', ({ pin }) => {
    const text = `*999*300*01912345678*${pin}#`;
    const safe = safeParseTransferUssd(text);
    expect(safe.success).toBe(false);
    expect(inspect(safe, { depth: Infinity, showHidden: true })).not.toContain(pin);
  });

  it.each([
    { label: 'a bad amount', change: { amount: 0 } },
    { label: 'a bad recipient', change: { recipient: '0194 123 4567' } },
    { label: 'a recipient with a PIN-like tail', change: { recipient: `0191*${PIN}` } },
    { label: 'an unknown carrier', change: { carrier: 'airyo' } },
  ] as const satisfies readonly { label: string; change: Record<string, unknown> }[])(
    'a valid PIN beside $label',
    ({ change }) => {
      const bad = { ...input, ...change } as unknown as TransferInput;
      const safe = safeBuildTransferUssd(bad);
      expect(safe.success).toBe(false);
      expect(inspect(safe, { depth: Infinity, showHidden: true })).not.toContain(PIN);
      if (!safe.success)
        for (const text of serialisations(safe.error)) expect(text).not.toContain(PIN);
    },
  );

  it.each([
    { label: 'a bad amount', text: `*999*0*01912345678*${PIN}#` },
    { label: 'a bad recipient', text: `*999*300*0194*${PIN}#` },
    { label: 'an unknown code', text: `*888*300*01912345678*${PIN}#` },
    { label: 'trailing text', text: `*999*300*01912345678*${PIN}#x` },
    { label: 'a missing #', text: `*999*300*01912345678*${PIN}` },
    { label: 'too long', text: `*999*300*01912345678*${PIN}#${' '.repeat(160)}` },
  ] as const satisfies readonly { label: string; text: string }[])(
    'a valid PIN in a string refused for $label',
    ({ text }) => {
      const safe = safeParseTransferUssd(text);
      expect(safe.success).toBe(false);
      expect(inspect(safe, { depth: Infinity, showHidden: true })).not.toContain(PIN);
    },
  );
});
