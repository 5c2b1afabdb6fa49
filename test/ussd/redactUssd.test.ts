import { describe, expect, it } from 'vitest';
import { buildTransferUssd, redactUssd, toTelUri } from '../../src/ussd/index.js';
import { expectKpmmError } from '../helpers.js';
import type { TransferUssd } from '../../src/ussd/index.js';

const redactions = [
  {
    label: 'a Koryolink transfer',
    text: '*999*300*01912345678*482915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a Kang Song NET transfer',
    text: '*929*500*1951234567*735190#',
    redacted: '*929*500*1951234567*xxxxxx#',
  },
  {
    label: 'a transfer inside a log line',
    text: '2020-06-08 10:02 dialled *999*300*01912345678*482915# ok',
    redacted: '2020-06-08 10:02 dialled *999*300*01912345678*xxxxxx# ok',
  },
  {
    label: 'a transfer in JSON',
    text: '{"ussd":"*929*200*01951234567*735190#","at":"2020-06-08"}',
    redacted: '{"ussd":"*929*200*01951234567*xxxxxx#","at":"2020-06-08"}',
  },
  {
    label: 'a transfer missing its #',
    text: 'sent *999*300*01912345678*482915',
    redacted: 'sent *999*300*01912345678*xxxxxx',
  },
  {
    label: 'a transfer missing its # inside quotes',
    text: "'*999*300*01912345678*482915'",
    redacted: "'*999*300*01912345678*xxxxxx'",
  },
  {
    label: 'a short number',
    text: '*999*300*0191*482915#',
    redacted: '*999*300*0191*xxxxxx#',
  },
  {
    label: 'a number written with spaces',
    text: '*999*300*0191 234 5678*482915#',
    redacted: '*999*300*0191 234 5678*xxxxxx#',
  },
  {
    label: 'an empty amount and recipient',
    text: '*999***482915#',
    redacted: '*999***xxxxxx#',
  },
  {
    label: 'a PIN of the wrong length',
    text: '*999*300*01912345678*4829#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a PIN with letters',
    text: '*999*300*01912345678*ab12cd#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a full-width PIN',
    text: '*999*300*01912345678*４８２９１５#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a PIN followed by text',
    text: '*999*300*01912345678*482915 then hung up',
    redacted: '*999*300*01912345678*xxxxxx then hung up',
  },
  {
    label: 'two transfers on one line',
    text: '*999*300*01912345678*482915# *929*500*01951234567*735190#',
    redacted: '*999*300*01912345678*xxxxxx# *929*500*01951234567*xxxxxx#',
  },
  {
    label: 'transfers on two lines',
    text: '*999*300*01912345678*482915\n*929*500*01951234567*735190',
    redacted: '*999*300*01912345678*xxxxxx\n*929*500*01951234567*xxxxxx',
  },
  {
    label: 'a transfer right after a broken one',
    text: '*929*1**999*300*0191*482915#',
    redacted: '*929*1**xxxxxx*300*0191*xxxxxx#',
  },
  {
    label: 'a tel: URI',
    text: 'tel:*999*300*01912345678*482915%23',
    redacted: 'tel:*999*300*01912345678*xxxxxx%23',
  },
  {
    label: 'an already redacted transfer',
    text: '*999*300*01912345678*xxxxxx#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  { label: 'a balance check', text: '*100#', redacted: '*100#' },
  {
    label: 'another operator code',
    text: '*888*300*01912345678*482915#',
    redacted: '*888*300*01912345678*482915#',
  },
  { label: 'a transfer code alone', text: '*999#', redacted: '*999#' },
  {
    label: 'a transfer without a PIN field',
    text: '*999*300*01912345678#',
    redacted: '*999*300*01912345678#',
  },
  {
    label: 'an empty PIN field',
    text: '*999*300*01912345678*#',
    redacted: '*999*300*01912345678*#',
  },
  {
    label: 'a code split by a line break',
    text: '*999*300\n*01912345678*482915#',
    redacted: '*999*300\n*01912345678*482915#',
  },
  { label: 'the empty string', text: '', redacted: '' },
  { label: 'text without stars', text: 'gift of 500 won', redacted: 'gift of 500 won' },
] as const satisfies readonly { label: string; text: string; redacted: string }[];

describe('redactUssd', () => {
  it.each(redactions)('$label', ({ text, redacted }) => {
    expect(redactUssd(text)).toBe(redacted);
    expect(redactUssd(redacted)).toBe(redacted);
  });

  it('masks a built transfer exactly as its redacted form', () => {
    const transfer = buildTransferUssd({
      carrier: 'kangsong',
      amount: 500,
      recipient: '0195 123 4567',
      pin: '735190',
      recipientFormat: 'nsn',
    });
    expect(redactUssd(transfer.reveal())).toBe(transfer.redacted);
  });

  it.each([
    { label: 'undefined', value: undefined },
    { label: 'a number', value: 482_915 },
    { label: 'a String object', value: new String('*999*300*01912345678*482915#') },
    {
      label: 'an object whose toString holds a transfer',
      value: { toString: () => '*999*1*1912345678*482915#' },
    },
  ])('refuses $label with invalid_input, printing nothing of it', ({ value }) => {
    const error = expectKpmmError(
      () => Reflect.apply(redactUssd, undefined, [value]),
      'invalid_input',
      ['text'],
    );
    expect(error.message).not.toContain('482915');
  });

  it('masks every one of many transfers in one text', () => {
    const text = '*999*300*01912345678*482915#\n'.repeat(10_000);
    expect(redactUssd(text)).toBe('*999*300*01912345678*xxxxxx#\n'.repeat(10_000));
  });
});

describe('toTelUri', () => {
  it('writes # as %23 and keeps the PIN (the article example)', () => {
    const transfer = buildTransferUssd({
      carrier: 'koryolink',
      amount: 300,
      recipient: '0191 234 5678',
      pin: '482915',
    });
    expect(toTelUri(transfer)).toBe('tel:*999*300*01912345678*482915%23');
  });

  it('writes a Kang Song NET transfer in nsn form', () => {
    const transfer = buildTransferUssd({
      carrier: 'kangsong',
      amount: 500,
      recipient: '+850 195 123 4567',
      pin: '735190',
      recipientFormat: 'nsn',
    });
    expect(toTelUri(transfer)).toBe('tel:*929*500*1951234567*735190%23');
  });

  it('percent-encodes anything but digits and * from a hand-made value', () => {
    const fake = {
      ...buildTransferUssd({
        carrier: 'koryolink',
        amount: 1,
        recipient: '1912345678',
        pin: '482915',
      }),
      reveal: () => '*1#?a=b&c/é',
    } satisfies TransferUssd;
    expect(toTelUri(fake)).toBe('tel:*1%23%3F%61%3D%62%26%63%2F%C3%A9');
  });

  it.each([
    { label: 'undefined', value: undefined },
    { label: 'a string', value: '*999*300*01912345678*482915#' },
    { label: 'an object without reveal', value: { redacted: '*999*300*01912345678*xxxxxx#' } },
    { label: 'a reveal that returns a number', value: { reveal: () => 482_915 } },
  ])('refuses $label with invalid_input', ({ value }) => {
    const error = expectKpmmError(
      () => Reflect.apply(toTelUri, undefined, [value]),
      'invalid_input',
      ['transfer'],
    );
    expect(error.message).not.toContain('482915');
  });
});
