import { describe, expect, it } from 'vitest';
import {
  parseKpPhoneNumber,
  parseTransferUssd,
  safeParseTransferUssd,
} from '../../src/ussd/index.js';
import type { CarrierId, RecipientFormat } from '../../src/ussd/index.js';
import type { KpmmErrorCode, PathSegment } from '../../src/core/index.js';
import { expectKpmmError } from '../helpers.js';

const parsed = [
  {
    label: 'Koryolink, national recipient',
    text: '*999*300*01912345678*482915#',
    carrier: 'koryolink',
    amount: 300,
    nsn: '1912345678',
    recipientFormat: 'national',
    crossCarrier: false,
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'Kang Song NET, nsn recipient',
    text: '*929*500*1951234567*735190#',
    carrier: 'kangsong',
    amount: 500,
    nsn: '1951234567',
    recipientFormat: 'nsn',
    crossCarrier: false,
    redacted: '*929*500*1951234567*xxxxxx#',
  },
  {
    label: 'Koryolink to Kang Song NET',
    text: '*999*200*01951234567*735190#',
    carrier: 'koryolink',
    amount: 200,
    nsn: '1951234567',
    recipientFormat: 'national',
    crossCarrier: true,
    redacted: '*999*200*01951234567*xxxxxx#',
  },
  {
    label: 'Kang Song NET to KPTC',
    text: '*929*1*1931234567*000000#',
    carrier: 'kangsong',
    amount: 1,
    nsn: '1931234567',
    recipientFormat: 'nsn',
    crossCarrier: true,
    redacted: '*929*1*1931234567*xxxxxx#',
  },
  {
    label: 'the largest safe amount',
    text: '*999*9007199254740991*01928765432*482915#',
    carrier: 'koryolink',
    amount: Number.MAX_SAFE_INTEGER,
    nsn: '1928765432',
    recipientFormat: 'national',
    crossCarrier: false,
    redacted: '*999*9007199254740991*01928765432*xxxxxx#',
  },
] as const satisfies readonly {
  label: string;
  text: string;
  carrier: CarrierId;
  amount: number;
  nsn: string;
  recipientFormat: RecipientFormat;
  crossCarrier: boolean;
  redacted: string;
}[];

describe('parseTransferUssd reads', () => {
  it.each(parsed)(
    '$label',
    ({ text, carrier, amount, nsn, recipientFormat, crossCarrier, redacted }) => {
      const transfer = parseTransferUssd(text);
      expect(transfer.carrier).toBe(carrier);
      expect(transfer.serviceCode).toBe(text.slice(1, 4));
      expect(transfer.amount).toBe(amount);
      expect(transfer.recipient).toEqual(parseKpPhoneNumber(nsn));
      expect(transfer.recipientFormat).toBe(recipientFormat);
      expect(transfer.crossCarrier).toBe(crossCarrier);
      expect(transfer.redacted).toBe(redacted);
      expect(transfer.reveal()).toBe(text);
      const safe = safeParseTransferUssd(text);
      expect(safe.success && safe.data.reveal()).toBe(text);
    },
  );
});

const refused = [
  { label: 'the empty string', text: '', code: 'malformed_ussd', path: [] },
  {
    label: 'a balance check *100#',
    text: '*100#',
    code: 'unknown_service_code',
    path: ['serviceCode'],
  },
  {
    label: 'an unknown three-digit code',
    text: '*888*300*01912345678*482915#',
    code: 'unknown_service_code',
    path: ['serviceCode'],
  },
  {
    label: 'an unknown two-digit code',
    text: '*21*01912345678#',
    code: 'unknown_service_code',
    path: ['serviceCode'],
  },
  {
    label: 'a four-digit code',
    text: '*9999*300*01912345678*482915#',
    code: 'malformed_ussd',
    path: [],
  },
  {
    label: 'a code of letters',
    text: '*abc*300*01912345678*482915#',
    code: 'malformed_ussd',
    path: [],
  },
  { label: 'the IMEI code *#06#', text: '*#06#', code: 'malformed_ussd', path: [] },
  {
    label: 'a registration **999*',
    text: '**999*300*01912345678*482915#',
    code: 'malformed_ussd',
    path: [],
  },
  {
    label: 'an erasure #999*',
    text: '#999*300*01912345678*482915#',
    code: 'malformed_ussd',
    path: [],
  },
  {
    label: 'a leading space',
    text: ' *999*300*01912345678*482915#',
    code: 'malformed_ussd',
    path: [],
  },
  {
    label: 'another first character before a valid rest',
    text: 'x999*300*01912345678*482915#',
    code: 'malformed_ussd',
    path: [],
  },
  {
    label: 'an unknown code after another first character',
    text: 'x12*300*01912345678*482915#',
    code: 'malformed_ussd',
    path: [],
  },
  { label: 'only the code', text: '*999#', code: 'malformed_ussd', path: [] },
  { label: 'a missing recipient and PIN', text: '*999*300#', code: 'malformed_ussd', path: [] },
  { label: 'a missing PIN field', text: '*999*300*01912345678#', code: 'malformed_ussd', path: [] },
  { label: 'a missing #', text: '*999*300*01912345678*482915', code: 'malformed_ussd', path: [] },
  {
    label: 'an extra field',
    text: '*999*300*01912345678*482915*1#',
    code: 'malformed_ussd',
    path: [],
  },
  {
    label: 'trailing text',
    text: '*999*300*01912345678*482915#1',
    code: 'malformed_ussd',
    path: [],
  },
  {
    label: 'a second transfer after it',
    text: '*999*300*01912345678*482915#*999*1*1912345678*482915#',
    code: 'malformed_ussd',
    path: [],
  },
  { label: 'an early #', text: '*999*300#01912345678*482915#', code: 'malformed_ussd', path: [] },
  {
    label: 'a trailing newline',
    text: '*999*300*01912345678*482915#\n',
    code: 'malformed_ussd',
    path: [],
  },
  {
    label: 'amount with a leading zero',
    text: '*999*0300*01912345678*482915#',
    code: 'invalid_amount',
    path: ['amount'],
  },
  {
    label: 'amount 0',
    text: '*999*0*01912345678*482915#',
    code: 'invalid_amount',
    path: ['amount'],
  },
  {
    label: 'amount −5',
    text: '*999*-5*01912345678*482915#',
    code: 'invalid_amount',
    path: ['amount'],
  },
  {
    label: 'amount 1.5',
    text: '*999*1.5*01912345678*482915#',
    code: 'invalid_amount',
    path: ['amount'],
  },
  {
    label: 'an empty amount',
    text: '*999**01912345678*482915#',
    code: 'invalid_amount',
    path: ['amount'],
  },
  {
    label: 'amount 2^53',
    text: '*999*9007199254740992*01912345678*482915#',
    code: 'invalid_amount',
    path: ['amount'],
  },
  {
    label: 'a full-width amount',
    text: '*999*３００*01912345678*482915#',
    code: 'invalid_amount',
    path: ['amount'],
  },
  {
    label: 'a recipient in E.164',
    text: '*999*300*+8501912345678*482915#',
    code: 'invalid_phone_number',
    path: ['recipient'],
  },
  {
    label: 'a recipient with spaces',
    text: '*999*300*0191 234 5678*482915#',
    code: 'invalid_phone_number',
    path: ['recipient'],
  },
  {
    label: 'a recipient with prefix 194',
    text: '*999*300*01941234567*482915#',
    code: 'invalid_phone_number',
    path: ['recipient'],
  },
  {
    label: 'a short recipient',
    text: '*999*300*0191234*482915#',
    code: 'invalid_phone_number',
    path: ['recipient'],
  },
  {
    label: 'a recipient with two trunk zeros',
    text: '*999*300*001912345678*482915#',
    code: 'invalid_phone_number',
    path: ['recipient'],
  },
  {
    label: 'a PIN of 5 digits',
    text: '*999*300*01912345678*48291#',
    code: 'invalid_pin',
    path: ['pin'],
  },
  {
    label: 'a PIN of 7 digits',
    text: '*999*300*01912345678*4829157#',
    code: 'invalid_pin',
    path: ['pin'],
  },
  {
    label: 'a PIN with a letter',
    text: '*999*300*01912345678*48291a#',
    code: 'invalid_pin',
    path: ['pin'],
  },
  {
    label: 'a full-width PIN',
    text: '*999*300*01912345678*４８２９１５#',
    code: 'invalid_pin',
    path: ['pin'],
  },
  { label: 'an empty PIN', text: '*999*300*01912345678*#', code: 'invalid_pin', path: ['pin'] },
  {
    label: '183 characters',
    text: `*999*300*01912345678*482915#${'1'.repeat(155)}`,
    code: 'ussd_too_long',
    path: [],
  },
  { label: '183 characters of anything', text: 'x'.repeat(183), code: 'ussd_too_long', path: [] },
  {
    label: '182 characters is not too long',
    text: 'x'.repeat(182),
    code: 'malformed_ussd',
    path: [],
  },
] as const satisfies readonly {
  label: string;
  text: string;
  code: KpmmErrorCode;
  path: readonly PathSegment[];
}[];

const SHAPE = 'a transfer is *SC*AMOUNT*RECIPIENT*PIN#';

// Each refusal says what is wrong in words of its own, field by field.
const worded = [
  {
    text: '',
    code: 'malformed_ussd',
    message: `ussd must begin with a service code such as *999*; ${SHAPE}`,
  },
  {
    text: '#999*300*01912345678*482915#',
    code: 'malformed_ussd',
    message: `ussd must begin with a service code such as *999*; ${SHAPE}`,
  },
  {
    text: '*999',
    code: 'malformed_ussd',
    message: `ussd must end with #, with nothing after it; ${SHAPE}`,
  },
  {
    text: '*999*300*01912345678*482915',
    code: 'malformed_ussd',
    message: `ussd must end with #, with nothing after it; ${SHAPE}`,
  },
  {
    text: '*999*300*01912345678*482915#1',
    code: 'malformed_ussd',
    message: `ussd must end with #, with nothing after it; ${SHAPE}`,
  },
  {
    text: '*999*300#',
    code: 'malformed_ussd',
    message: `ussd must have exactly four fields; ${SHAPE}`,
  },
  {
    text: '*929*300*01912345678*482915*1#',
    code: 'malformed_ussd',
    message: `ussd must have exactly four fields; ${SHAPE}`,
  },
  {
    text: '*888*300*01912345678*482915#',
    code: 'unknown_service_code',
    message: 'serviceCode must be 999 (Koryolink) or 929 (Kang Song NET)',
  },
  {
    text: 'x'.repeat(183),
    code: 'ussd_too_long',
    message: 'ussd must be at most 182 characters long',
  },
  {
    text: '*999*0300*01912345678*482915#',
    code: 'invalid_amount',
    message: 'amount must be whole won, at least 1, without leading zeros',
  },
  {
    text: '*999*300*0181234567*482915#',
    code: 'invalid_phone_number',
    message: 'recipient must be a mobile number in national (01912345678) or nsn (1912345678) form',
  },
  {
    text: '*999*300*01912345678*48291#',
    code: 'invalid_pin',
    message: 'pin must be exactly 6 ASCII digits',
  },
] as const satisfies readonly { text: string; code: KpmmErrorCode; message: string }[];

describe('parseTransferUssd says what is wrong', () => {
  it.each(worded)('$text', ({ text, code, message }) => {
    const error = expectKpmmError(() => parseTransferUssd(text), code);
    expect(error.message).toBe(message);
  });

  it('with a value that is not a string', () => {
    const parse = parseTransferUssd as (text: unknown) => unknown;
    const error = expectKpmmError(() => parse(999), 'malformed_ussd', []);
    expect(error.message).toBe(`ussd must be a string; ${SHAPE}`);
  });
});

describe('parseTransferUssd refuses', () => {
  it.each(refused)('$label', ({ text, code, path }) => {
    expectKpmmError(() => parseTransferUssd(text), code, path);
    const safe = safeParseTransferUssd(text);
    expect(safe.success ? 'parsed' : safe.error.code).toBe(code);
  });

  it('lists every bad field of a transfer string', () => {
    const error = expectKpmmError(() => parseTransferUssd('*999*0*0194*12#'), 'invalid_amount');
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_amount', ['amount']],
      ['invalid_phone_number', ['recipient']],
      ['invalid_pin', ['pin']],
    ]);
  });

  it.each([
    { label: 'a number', value: 999 },
    { label: 'null', value: null },
    {
      label: 'a built transfer is not text',
      value: { reveal: () => '*999*300*01912345678*482915#' },
    },
  ] as const satisfies readonly { label: string; value: unknown }[])(
    'a value that is not a string: $label',
    ({ value }) => {
      const parse = parseTransferUssd as (text: unknown) => unknown;
      expectKpmmError(() => parse(value), 'malformed_ussd', []);
    },
  );
});
