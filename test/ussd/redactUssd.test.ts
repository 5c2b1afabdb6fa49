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
    // The broken *929*1* has only two fields; the *999* that follows is the next transfer's code.
    label: 'a transfer right after a broken one',
    text: '*929*1**999*300*0191*482915#',
    redacted: '*929*1**999*300*0191*xxxxxx#',
  },
  {
    label: 'a transfer after one missing its recipient and PIN',
    text: '*999*300 *929*500*01951234567*735190#',
    redacted: '*999*300 *929*500*01951234567*xxxxxx#',
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
  // Spellings an audit found the PIN shown in.
  {
    label: 'a space before the PIN',
    text: '*999*300*01912345678* 482915#',
    redacted: '*999*300*01912345678* xxxxxx#',
  },
  {
    label: 'a PIN split by a space',
    text: '*999*300*01912345678*482 915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a PIN split by a hyphen',
    text: '*999*300*01912345678*482-915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'an extra empty field before the PIN',
    text: '*999*300*01912345678**482915#',
    redacted: '*999*300*01912345678**xxxxxx#',
  },
  {
    label: 'a missing amount',
    text: '*999*01912345678*482915#',
    redacted: '*999*01912345678*xxxxxx#',
  },
  {
    label: 'a space around a star',
    text: '*999 *300*01912345678*482915#',
    redacted: '*999 *300*01912345678*xxxxxx#',
  },
  {
    label: 'full-width service code digits',
    text: '*９９９*300*01912345678*482915#',
    redacted: '*９９９*300*01912345678*xxxxxx#',
  },
  {
    label: 'full-width stars and hash',
    text: '＊999＊300＊01912345678＊482915＃',
    redacted: '＊999＊300＊01912345678＊xxxxxx＃',
  },
  // More spellings of the same rule.
  {
    label: 'two transfers on one line without # between them',
    text: '*999*300*01912345678*482915 *929*500*01951234567*735190',
    redacted: '*999*300*01912345678*xxxxxx *929*500*01951234567*xxxxxx',
  },
  {
    label: 'two transfers run together',
    text: '*999*300*01912345678*482915*929*500*01951234567*735190#',
    redacted: '*999*300*01912345678*xxxxxx*929*500*01951234567*xxxxxx#',
  },
  {
    label: 'a transfer followed by log text without #',
    text: '10:02 *999*300*01912345678*482915 sent ok, balance 200',
    redacted: '10:02 *999*300*01912345678*xxxxxx sent ok, balance 200',
  },
  {
    label: 'tabs around the code and before the PIN',
    text: '*999\t*300*01912345678*\t482915#',
    redacted: '*999\t*300*01912345678*\txxxxxx#',
  },
  {
    label: 'a tab-separated log line',
    text: '2020-06-08\t*929*500*1951234567*735190\tok',
    redacted: '2020-06-08\t*929*500*1951234567*xxxxxx\tok',
  },
  {
    label: 'a Kang Song NET transfer missing its amount and #',
    text: 'retry *929*01951234567*735190',
    redacted: 'retry *929*01951234567*xxxxxx',
  },
  {
    label: 'a missing recipient',
    text: '*999*300*482915#',
    redacted: '*999*300*xxxxxx#',
  },
  {
    label: 'a missing recipient and #',
    text: '*999*300*482915',
    redacted: '*999*300*xxxxxx',
  },
  {
    label: 'a missing recipient and #, then spaces',
    text: '*999*300*482915  ',
    redacted: '*999*300*xxxxxx  ',
  },
  {
    label: 'a missing recipient and a PIN of 8 digits',
    text: '*999*300*73519046#',
    redacted: '*999*300*xxxxxx#',
  },
  {
    label: 'a short number and a PIN without #',
    text: '*999*300*0191*482915',
    redacted: '*999*300*0191*xxxxxx',
  },
  {
    label: 'an amount of 8 digits and a short number',
    text: '*999*12345678*0191*482915#',
    redacted: '*999*12345678*0191*xxxxxx#',
  },
  {
    // Nine digits are too many for an amount: they are the recipient, so the amount is missing.
    label: 'a first field of 9 digits, then a short field and a PIN',
    text: '*999*123456789*0191*482915#',
    redacted: '*999*123456789*xxxxxx*xxxxxx#',
  },
  {
    label: 'a PIN in pairs',
    text: '*999*300*01912345678*48 29 15#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a PIN split by a dot and several spaces',
    text: '*999*300*01912345678*482.  915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a PIN in quotes',
    text: '*999*300*01912345678*"482915"',
    redacted: '*999*300*01912345678*"xxxxxx"',
  },
  {
    label: 'a PIN then a time without #',
    text: '*999*300*01912345678*482915 at 10:02',
    redacted: '*999*300*01912345678*xxxxxx at 10:02',
  },
  {
    label: 'a full-width transfer',
    text: '＊９９９＊３００＊０１９１２３４５６７８＊４８２９１５＃',
    redacted: '＊９９９＊３００＊０１９１２３４５６７８＊xxxxxx＃',
  },
  {
    label: 'a full-width code with ideographic spaces',
    text: '＊\u3000９２９\u3000＊500＊1951234567＊735190＃',
    redacted: '＊\u3000９２９\u3000＊500＊1951234567＊xxxxxx＃',
  },
  {
    label: 'a full-width # ends a transfer: the code after it is left alone',
    text: '＊999＊300＊01912345678＊482915＃ then *100*1*2#',
    redacted: '＊999＊300＊01912345678＊xxxxxx＃ then *100*1*2#',
  },
  {
    label: 'a full-width # in the amount of an ASCII transfer',
    text: '*999*3＃00*01912345678*482915#',
    redacted: '*999*3＃00*01912345678*xxxxxx#',
  },
  {
    label: 'a recipient that reads as a transfer code',
    text: '*999*300*999*482915#',
    redacted: '*999*300*999*xxxxxx#',
  },
  {
    label: 'a recipient ending in a full-width transfer code',
    text: '*999*300*0191＊999*482915#',
    redacted: '*999*300*xxxxxx＊999*xxxxxx#',
  },
  {
    label: 'a full-width # after the PIN of an ASCII transfer',
    text: '*999*300*01912345678*482915＃ then *100*1*2#',
    redacted: '*999*300*01912345678*xxxxxx＃ then *100*1*2#',
  },
  {
    label: 'a missing amount, then a stray star',
    text: '*999*01912345678*482915*',
    redacted: '*999*01912345678*xxxxxx*',
  },
  {
    // Without a #, the stars of the log text read as more fields, and their tokens are masked too.
    label: 'a missing recipient, then log text with stars',
    text: '*999*300*482915 sent *ok*',
    redacted: '*999*300*xxxxxx sent *xxxxxx*',
  },
  {
    label: 'a missing amount and a PIN with letters',
    text: '*999*01912345678*ab12cd#',
    redacted: '*999*01912345678*xxxxxx#',
  },
  {
    label: 'a missing amount and a PIN run into a word',
    text: '*999*01912345678*482915ok',
    redacted: '*999*01912345678*xxxxxx',
  },
  {
    label: 'a number in parentheses and no PIN',
    text: '*999*300*(0191) 234 5678#',
    redacted: '*999*300*(0191) 234 5678#',
  },
  {
    label: 'a transfer on a CRLF line, then another code',
    text: '*999*300*01912345678*482915\r\n*100*1*2#',
    redacted: '*999*300*01912345678*xxxxxx\r\n*100*1*2#',
  },
  {
    label: 'a transfer ended by a lone CR, then another code',
    text: '*999*300*01912345678*482915\r*100*1*2#',
    redacted: '*999*300*01912345678*xxxxxx\r*100*1*2#',
  },
  {
    // Fewer than two ASCII stars have passed at the ＃, so it is stray and the PIN field follows.
    label: 'full-width stars and a full-width # in the recipient of an ASCII transfer',
    text: '*999*300*0191＊234＊5678＃*482915#',
    redacted: '*999*300*0191＊xxxxxx＊xxxxxx＃*xxxxxx#',
  },
  {
    label: 'a number written with spaces and no PIN',
    text: '*999*300*0191 234 5678#',
    redacted: '*999*300*0191 234 5678#',
  },
  {
    label: 'a number written internationally and no PIN',
    text: '*929*500*+850 195 123 4567#',
    redacted: '*929*500*+850 195 123 4567#',
  },
  { label: 'a transfer code and one field', text: '*999*300#', redacted: '*999*300#' },
  {
    label: 'a transfer, then a transfer code and one field',
    text: '*999*300*01912345678*482915# *999*300#',
    redacted: '*999*300*01912345678*xxxxxx# *999*300#',
  },
  {
    // The first transfer has its PIN field, so the start after it cut nothing short.
    label: 'a transfer without #, then a transfer code and one field',
    text: '*999*300*01912345678*482915 *929*500#',
    redacted: '*999*300*01912345678*xxxxxx *929*500#',
  },
  {
    label: 'another code, then a transfer code and one field',
    text: '*100# *999*300#',
    redacted: '*100# *999*300#',
  },
  {
    label: 'a recipient of 9 digits and no PIN',
    text: '*999*300*123456789#',
    redacted: '*999*300*123456789#',
  },
  {
    label: 'a code of four nines',
    text: '*9999*300*0191*482915#',
    redacted: '*9999*300*0191*482915#',
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
    // A line break before the PIN field does not end the transfer: when in doubt, mask.
    label: 'a transfer split by a line break before its PIN field',
    text: '*999*300\n*01912345678*482915#',
    redacted: '*999*300\n*01912345678*xxxxxx#',
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
    { label: 'null', value: null },
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

  it('masks every one of many transfers on one line without #', () => {
    const text = '*999*300*01912345678*482915 '.repeat(10_000);
    expect(redactUssd(text)).toBe('*999*300*01912345678*xxxxxx '.repeat(10_000));
  });

  it('leaves 100,000 stars as they are', () => {
    const text = '*'.repeat(100_000);
    expect(redactUssd(text)).toBe(text);
  });

  it('reads long runs of spaces, joiners and stars in a transfer once', () => {
    const spaces = ' '.repeat(100_000);
    expect(redactUssd(`*999*300*01912345678*1${spaces}a`)).toBe(
      `*999*300*01912345678*xxxxxx${spaces}a`,
    );
    const pairs = '1 '.repeat(50_000);
    expect(redactUssd(`*999*300*01912345678*${pairs}#`)).toBe(`*999*300*01912345678*xxxxxx #`);
    const stars = '* '.repeat(50_000);
    expect(redactUssd(`*929*${stars}`)).toBe(`*929*${stars}`);
  });

  it('leaves 50,000 transfer codes without a terminator as they are', () => {
    // Each *999* is cut short by the next one, so none has a field to mask.
    const text = '*999*'.repeat(50_000);
    expect(redactUssd(text)).toBe(text);
    expect(redactUssd(`${text}300*01912345678*482915`)).toBe(`${text}300*01912345678*xxxxxx`);
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

  it('writes a byte below 0x10 from a hand-made value with two hex digits', () => {
    const fake = {
      ...buildTransferUssd({
        carrier: 'koryolink',
        amount: 1,
        recipient: '1912345678',
        pin: '482915',
      }),
      reveal: () => '*1\t2\u0000#',
    } satisfies TransferUssd;
    expect(toTelUri(fake)).toBe('tel:*1%092%00%23');
  });

  it('calls reveal once, with no arguments', () => {
    const calls: unknown[][] = [];
    const fake = {
      ...buildTransferUssd({
        carrier: 'koryolink',
        amount: 1,
        recipient: '1912345678',
        pin: '482915',
      }),
      reveal: (...args: unknown[]) => {
        calls.push(args);
        return args.length === 0 ? '*1#' : '*0#';
      },
    } satisfies TransferUssd;
    expect(toTelUri(fake)).toBe('tel:*1%23');
    expect(calls).toEqual([[]]);
  });

  it.each([
    { label: 'undefined', value: undefined },
    { label: 'null', value: null },
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
