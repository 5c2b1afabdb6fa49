import { describe, expect, it } from 'vitest';
import {
  buildTransferUssd,
  parseKpPhoneNumber,
  safeBuildTransferUssd,
  TransferInputSchema,
} from '../../src/ussd/index.js';
import type {
  CarrierId,
  KpPhoneNumber,
  RecipientFormat,
  TransferInput,
} from '../../src/ussd/index.js';
import type { KpmmErrorCode } from '../../src/core/index.js';
import { expectKpmmError } from '../helpers.js';
import { GSM_MMI } from './fixtures.js';

// The PINs below never occur inside the recipients' digits, so a leak would show.
const built = [
  {
    label: 'Koryolink to Koryolink, national by default (the article example)',
    input: { carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '482915' },
    revealed: '*999*300*01912345678*482915#',
    redacted: '*999*300*01912345678*xxxxxx#',
    crossCarrier: false,
    recipientFormat: 'national',
  },
  {
    label: 'a recipient written in international form',
    input: { carrier: 'koryolink', amount: 500, recipient: '+850 192 876 5432', pin: '735190' },
    revealed: '*999*500*01928765432*735190#',
    redacted: '*999*500*01928765432*xxxxxx#',
    crossCarrier: false,
    recipientFormat: 'national',
  },
  {
    label: 'the nsn form on request',
    input: {
      carrier: 'koryolink',
      amount: 200,
      recipient: '0191-234-5678',
      pin: '482915',
      recipientFormat: 'nsn',
    },
    revealed: '*999*200*1912345678*482915#',
    redacted: '*999*200*1912345678*xxxxxx#',
    crossCarrier: false,
    recipientFormat: 'nsn',
  },
  {
    label: 'the national form asked for by name',
    input: {
      carrier: 'koryolink',
      amount: 200,
      recipient: '1912345678',
      pin: '482915',
      recipientFormat: 'national',
    },
    revealed: '*999*200*01912345678*482915#',
    redacted: '*999*200*01912345678*xxxxxx#',
    crossCarrier: false,
    recipientFormat: 'national',
  },
  {
    label: 'Kang Song NET to Kang Song NET',
    input: { carrier: 'kangsong', amount: 500, recipient: '0195 123 4567', pin: '735190' },
    revealed: '*929*500*01951234567*735190#',
    redacted: '*929*500*01951234567*xxxxxx#',
    crossCarrier: false,
    recipientFormat: 'national',
  },
  {
    label: 'Koryolink to Kang Song NET is cross-carrier',
    input: { carrier: 'koryolink', amount: 400, recipient: '0195 123 4567', pin: '735190' },
    revealed: '*999*400*01951234567*735190#',
    redacted: '*999*400*01951234567*xxxxxx#',
    crossCarrier: true,
    recipientFormat: 'national',
  },
  {
    label: 'Kang Song NET to Koryolink is cross-carrier',
    input: { carrier: 'kangsong', amount: 250, recipient: '0191 234 5678', pin: '482915' },
    revealed: '*929*250*01912345678*482915#',
    redacted: '*929*250*01912345678*xxxxxx#',
    crossCarrier: true,
    recipientFormat: 'national',
  },
  {
    label: 'Koryolink to a KPTC 193 number is cross-carrier',
    input: { carrier: 'koryolink', amount: 300, recipient: '0193 123 4567', pin: '482915' },
    revealed: '*999*300*01931234567*482915#',
    redacted: '*999*300*01931234567*xxxxxx#',
    crossCarrier: true,
    recipientFormat: 'national',
  },
  {
    label: 'the smallest amount, 1 won, and a PIN of zeros',
    input: { carrier: 'koryolink', amount: 1, recipient: '0191 234 5678', pin: '000000' },
    revealed: '*999*1*01912345678*000000#',
    redacted: '*999*1*01912345678*xxxxxx#',
    crossCarrier: false,
    recipientFormat: 'national',
  },
  {
    label: 'the largest safe amount',
    input: {
      carrier: 'koryolink',
      amount: Number.MAX_SAFE_INTEGER,
      recipient: '0191 234 5678',
      pin: '999999',
    },
    revealed: '*999*9007199254740991*01912345678*999999#',
    redacted: '*999*9007199254740991*01912345678*xxxxxx#',
    crossCarrier: false,
    recipientFormat: 'national',
  },
  {
    label: 'full-width digits in the recipient are read as ASCII',
    input: {
      carrier: 'koryolink',
      amount: 300,
      recipient: '０１９１ ２３４ ５６７８',
      pin: '482915',
    },
    revealed: '*999*300*01912345678*482915#',
    redacted: '*999*300*01912345678*xxxxxx#',
    crossCarrier: false,
    recipientFormat: 'national',
  },
] as const satisfies readonly {
  label: string;
  input: TransferInput;
  revealed: string;
  redacted: string;
  crossCarrier: boolean;
  recipientFormat: RecipientFormat;
}[];

describe('buildTransferUssd builds', () => {
  it.each(built)('$label', ({ input, revealed, redacted, crossCarrier, recipientFormat }) => {
    const transfer = buildTransferUssd(input);
    expect(transfer.reveal()).toBe(revealed);
    expect(transfer.redacted).toBe(redacted);
    expect(transfer.crossCarrier).toBe(crossCarrier);
    expect(transfer.recipientFormat).toBe(recipientFormat);
    expect(transfer.carrier).toBe(input.carrier);
    expect(transfer.serviceCode).toBe(input.carrier === 'koryolink' ? '999' : '929');
    expect(transfer.amount).toBe(input.amount);
    expect(transfer.recipient).toEqual(parseKpPhoneNumber(input.recipient));
    expect(revealed.length).toBeLessThanOrEqual(182);
    const safe = safeBuildTransferUssd(input);
    expect(safe.success && safe.data.reveal()).toBe(revealed);
  });

  it.each(built)('a string TS 22.030 reads as *SC*SIA*SIB*SIC#: $label', ({ input, revealed }) => {
    const match = GSM_MMI.exec(revealed);
    const transfer = buildTransferUssd(input);
    const recipient =
      transfer.recipientFormat === 'nsn' ? transfer.recipient.nsn : transfer.recipient.national;
    expect(match?.slice(2)).toEqual([
      '*',
      transfer.serviceCode,
      `*${String(input.amount)}*${recipient}*${input.pin}`,
      String(input.amount),
      `*${recipient}*${input.pin}`,
      recipient,
      `*${input.pin}`,
      input.pin,
      undefined,
      undefined,
      '',
    ]);
  });

  it('takes a parsed recipient', () => {
    const recipient = parseKpPhoneNumber('+850 195 123 4567');
    const transfer = buildTransferUssd({
      carrier: 'kangsong',
      amount: 300,
      recipient,
      pin: '735190',
    });
    expect(transfer.reveal()).toBe('*929*300*01951234567*735190#');
    expect(transfer.recipient).toEqual(recipient);
  });

  it('takes a parsed recipient written out by hand when its fields agree', () => {
    const recipient = {
      nsn: '1912345678',
      national: '01912345678',
      e164: '+8501912345678',
      owner: 'koryolink',
    } as KpPhoneNumber;
    const transfer = buildTransferUssd({
      carrier: 'koryolink',
      amount: 300,
      recipient,
      pin: '482915',
    });
    expect(transfer.reveal()).toBe('*999*300*01912345678*482915#');
  });

  it('reads an explicit undefined recipientFormat as the default', () => {
    const transfer = buildTransferUssd({ ...valid, recipientFormat: undefined });
    expect(transfer.recipientFormat).toBe('national');
    expect(transfer.reveal()).toBe('*999*300*01912345678*482915#');
  });

  it.each([
    { label: 'a key it does not know', key: 'note', suggestion: undefined },
    { label: 'a misspelt pin', key: 'pn', suggestion: 'pin' },
    { label: 'a misspelt format', key: 'recipientformat', suggestion: 'recipientFormat' },
    { label: 'a misspelt carrier', key: 'carier', suggestion: 'carrier' },
  ])('refuses $label with invalid_input, naming the nearest field', ({ key, suggestion }) => {
    const input = {
      carrier: 'koryolink',
      amount: 300,
      recipient: '0191 234 5678',
      pin: '482915',
      [key]: 'nsn',
    };
    const error = expectKpmmError(
      () => buildTransferUssd(input as unknown as TransferInput),
      'invalid_input',
      [key],
    );
    expect(error.issues[0].suggestion).toBe(suggestion);
    expect(error.message).not.toContain('482915');
  });
});

const valid = {
  carrier: 'koryolink',
  amount: 300,
  recipient: '0191 234 5678',
  pin: '482915',
} as const;

// Each row breaks one field of a valid input; the value is what a JavaScript caller might pass.
const invalid = [
  { label: 'amount 0', field: 'amount', value: 0, code: 'invalid_amount' },
  { label: 'amount −5', field: 'amount', value: -5, code: 'invalid_amount' },
  { label: 'amount 1.5', field: 'amount', value: 1.5, code: 'invalid_amount' },
  { label: 'amount NaN', field: 'amount', value: Number.NaN, code: 'invalid_amount' },
  { label: 'amount Infinity', field: 'amount', value: Infinity, code: 'invalid_amount' },
  { label: 'amount −Infinity', field: 'amount', value: -Infinity, code: 'invalid_amount' },
  { label: 'amount 2^53', field: 'amount', value: 2 ** 53, code: 'invalid_amount' },
  { label: "amount '300' (a string)", field: 'amount', value: '300', code: 'invalid_amount' },
  { label: 'amount 300n (a bigint)', field: 'amount', value: 300n, code: 'invalid_amount' },
  { label: 'amount null', field: 'amount', value: null, code: 'invalid_amount' },
  { label: 'amount missing', field: 'amount', value: undefined, code: 'invalid_amount' },
  { label: 'a PIN of 5 digits', field: 'pin', value: '48291', code: 'invalid_pin' },
  { label: 'a PIN of 7 digits', field: 'pin', value: '4829157', code: 'invalid_pin' },
  { label: 'a PIN with a letter', field: 'pin', value: '48291a', code: 'invalid_pin' },
  { label: 'a PIN with *', field: 'pin', value: '48*915', code: 'invalid_pin' },
  { label: 'a PIN with #', field: 'pin', value: '48291#', code: 'invalid_pin' },
  { label: 'a full-width PIN', field: 'pin', value: '４８２９１５', code: 'invalid_pin' },
  { label: 'an Arabic-Indic PIN', field: 'pin', value: '٤٨٢٩١٥', code: 'invalid_pin' },
  { label: 'a PIN with a leading space', field: 'pin', value: ' 482915', code: 'invalid_pin' },
  { label: 'a PIN with a trailing newline', field: 'pin', value: '482915\n', code: 'invalid_pin' },
  { label: 'a PIN as a number', field: 'pin', value: 482915, code: 'invalid_pin' },
  { label: 'an empty PIN', field: 'pin', value: '', code: 'invalid_pin' },
  { label: 'a PIN missing', field: 'pin', value: undefined, code: 'invalid_pin' },
  {
    label: '* inside the recipient (USSD injection)',
    field: 'recipient',
    value: '0191*234*5678',
    code: 'invalid_phone_number',
  },
  {
    label: '# inside the recipient (USSD injection)',
    field: 'recipient',
    value: '0191#2345678',
    code: 'invalid_phone_number',
  },
  {
    label: 'a recipient carrying a second transfer',
    field: 'recipient',
    value: '01912345678*1#*999*500',
    code: 'invalid_phone_number',
  },
  {
    label: 'a recipient with prefix 194',
    field: 'recipient',
    value: '0194 123 4567',
    code: 'invalid_phone_number',
  },
  {
    label: 'a short recipient',
    field: 'recipient',
    value: '0191 234',
    code: 'invalid_phone_number',
  },
  {
    label: 'a recipient as a number',
    field: 'recipient',
    value: 1912345678,
    code: 'invalid_phone_number',
  },
  {
    label: 'a recipient missing',
    field: 'recipient',
    value: undefined,
    code: 'invalid_phone_number',
  },
  {
    label: 'a parsed recipient with only an nsn',
    field: 'recipient',
    value: { nsn: '1912345678' },
    code: 'invalid_phone_number',
  },
  {
    label: 'a parsed recipient whose fields disagree',
    field: 'recipient',
    value: {
      nsn: '1912345678',
      national: '01951234567',
      e164: '+8501951234567',
      owner: 'kangsong',
    },
    code: 'invalid_phone_number',
  },
  { label: 'an unknown carrier', field: 'carrier', value: 'airyo', code: 'unknown_carrier' },
  { label: 'a mistyped carrier', field: 'carrier', value: 'koryolnk', code: 'unknown_carrier' },
  {
    label: 'a carrier by its display name',
    field: 'carrier',
    value: 'Koryolink',
    code: 'unknown_carrier',
  },
  {
    label: 'a carrier by its service code',
    field: 'carrier',
    value: '999',
    code: 'unknown_carrier',
  },
  {
    label: 'a carrier named toString',
    field: 'carrier',
    value: 'toString',
    code: 'unknown_carrier',
  },
  {
    label: 'a carrier named __proto__',
    field: 'carrier',
    value: '__proto__',
    code: 'unknown_carrier',
  },
  { label: 'a carrier missing', field: 'carrier', value: undefined, code: 'unknown_carrier' },
  {
    label: 'recipientFormat e164',
    field: 'recipientFormat',
    value: 'e164',
    code: 'invalid_recipient_format',
  },
  {
    label: 'recipientFormat NSN',
    field: 'recipientFormat',
    value: 'NSN',
    code: 'invalid_recipient_format',
  },
  {
    label: 'recipientFormat null',
    field: 'recipientFormat',
    value: null,
    code: 'invalid_recipient_format',
  },
] as const satisfies readonly {
  label: string;
  field: keyof TransferInput;
  value: unknown;
  code: KpmmErrorCode;
}[];

/** The valid input with one field replaced, as an untyped caller would send it. */
function withField(field: string, value: unknown): TransferInput {
  return { ...valid, [field]: value };
}

describe('buildTransferUssd refuses', () => {
  it.each(invalid)('$label', ({ field, value, code }) => {
    const error = expectKpmmError(() => buildTransferUssd(withField(field, value)), code, [field]);
    expect(error.issues).toHaveLength(1);
    const safe = safeBuildTransferUssd(withField(field, value));
    expect(safe.success ? 'built' : safe.error.code).toBe(code);
    expect(TransferInputSchema.safeParse(withField(field, value)).success).toBe(false);
  });

  it('lists one issue per bad field, in input order', () => {
    const error = expectKpmmError(
      () =>
        buildTransferUssd({
          carrier: 'Koryolink',
          amount: '300',
          recipient: '0191*234',
          pin: 482915,
          recipientFormat: 'e164',
        } as unknown as TransferInput),
      'unknown_carrier',
      ['carrier'],
    );
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_carrier', ['carrier']],
      ['invalid_amount', ['amount']],
      ['invalid_phone_number', ['recipient']],
      ['invalid_pin', ['pin']],
      ['invalid_recipient_format', ['recipientFormat']],
    ]);
  });

  it.each([
    { label: 'null', value: null },
    { label: 'a string', value: '*999*300*01912345678*482915#' },
    { label: 'an array', value: [] },
    { label: 'a number', value: 300 },
  ] as const satisfies readonly { label: string; value: unknown }[])(
    'an input that is not an object: $label',
    ({ value }) => {
      expectKpmmError(
        () => buildTransferUssd(value as unknown as TransferInput),
        'invalid_input',
        [],
      );
    },
  );
});

describe('buildTransferUssd and the caller’s own errors', () => {
  it('refuses a recipient with a getter as a bad number, without calling the getter', () => {
    const recipient = {
      get nsn(): string {
        throw new RangeError('thrown by the caller');
      },
    };
    const input = { carrier: 'koryolink', amount: 300, recipient, pin: '482915' };
    expectKpmmError(
      () => buildTransferUssd(input as unknown as TransferInput),
      'invalid_phone_number',
      ['recipient'],
    );
  });
});

describe('TransferInputSchema', () => {
  it.each(built)('accepts what buildTransferUssd builds: $label', ({ input }) => {
    expect(TransferInputSchema.safeParse(input).success).toBe(true);
  });

  it('lists exactly the carriers of CARRIERS', () => {
    const ids: readonly CarrierId[] = TransferInputSchema.shape.carrier.options;
    expect(ids).toEqual(['koryolink', 'kangsong']);
  });
});
