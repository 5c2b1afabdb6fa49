import { describe, expect, it } from 'vitest';
import {
  KP_MOBILE_PREFIXES,
  KpPhoneNumberSchema,
  parseKpPhoneNumber,
  safeParseKpPhoneNumber,
} from '../../src/ussd/index.js';
import type { KpNumberOwner } from '../../src/ussd/index.js';
import { assertNever, toKpPhoneNumber } from '../../src/core/index.js';
import { expectKpmmError } from '../helpers.js';

const accepted = [
  {
    label: 'international with +850',
    text: '+850 191 234 5678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: 'international prefix 00',
    text: '00850 191 234 5678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: 'international prefix 99',
    text: '99850 191 234 5678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: 'written trunk after +850',
    text: '+850 (0)191 234 5678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: 'written trunk after 00850',
    text: '00850 (0)192 234 5678',
    nsn: '1922345678',
    owner: 'koryolink',
  },
  { label: 'national with hyphens', text: '0191-234-5678', nsn: '1912345678', owner: 'koryolink' },
  {
    label: 'national in parentheses',
    text: '(0191) 234 5678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  { label: 'bare ten digits', text: '1912345678', nsn: '1912345678', owner: 'koryolink' },
  { label: 'national, no separators', text: '01912345678', nsn: '1912345678', owner: 'koryolink' },
  { label: 'E.164', text: '+8501912345678', nsn: '1912345678', owner: 'koryolink' },
  { label: '00 and no separators', text: '008501922345678', nsn: '1922345678', owner: 'koryolink' },
  { label: 'dots', text: '0192.345.6789', nsn: '1923456789', owner: 'koryolink' },
  { label: 'hyphens after +850', text: '+850-191-234-5678', nsn: '1912345678', owner: 'koryolink' },
  {
    label: 'country code in parentheses',
    text: '(+850) 191 234 5678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  { label: 'KPTC 193', text: '+850 193 123 4567', nsn: '1931234567', owner: 'kptc' },
  {
    label: 'Kang Song NET 195',
    text: '+850 (0)195 123 4567',
    nsn: '1951234567',
    owner: 'kangsong',
  },
  { label: 'Kang Song NET, national', text: '0195 123 4567', nsn: '1951234567', owner: 'kangsong' },
  {
    label: 'leading and trailing spaces',
    text: '  0191 234 5678 ',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: 'no-break spaces',
    text: '0191\u00A0234\u00A05678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: 'narrow no-break spaces',
    text: '0191\u202F234\u202F5678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  { label: 'em spaces', text: '0191\u2003234\u20035678', nsn: '1912345678', owner: 'koryolink' },
  {
    label: 'ideographic spaces',
    text: '0191\u3000234\u30005678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  { label: 'a tab', text: '0191\t234 5678', nsn: '1912345678', owner: 'koryolink' },
  { label: 'en dashes', text: '0191\u2013234\u20135678', nsn: '1912345678', owner: 'koryolink' },
  { label: 'minus signs', text: '0191\u2212234\u22125678', nsn: '1912345678', owner: 'koryolink' },
  {
    label: 'full-width hyphens',
    text: '0191\uFF0D234\uFF0D5678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: 'full-width plus, digits and space',
    text: '＋８５０\u3000１９１\u3000２３４\u3000５６７８',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: 'full-width parentheses',
    text: '（０１９１）２３４５６７８',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: 'full-width dots',
    text: '０１９２．３４５．６７８９',
    nsn: '1923456789',
    owner: 'koryolink',
  },
  { label: 'digits mixing widths', text: '01９1 2３4 5678', nsn: '1912345678', owner: 'koryolink' },
  {
    label: 'U+2000 en quad, the first of its block',
    text: '0191\u2000234\u20005678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: 'U+200A hair space, the last of its block',
    text: '0191\u200A234\u200A5678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: 'U+2010 hyphen, the first dash',
    text: '0191\u2010234\u20105678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: 'U+2015 horizontal bar, the last dash',
    text: '0191\u2015234\u20155678',
    nsn: '1912345678',
    owner: 'koryolink',
  },
  {
    label: '64 characters, the longest',
    text: `${' '.repeat(53)}01912345678`,
    nsn: '1912345678',
    owner: 'koryolink',
  },
] as const satisfies readonly { label: string; text: string; nsn: string; owner: KpNumberOwner }[];

describe('parseKpPhoneNumber accepts', () => {
  it.each(accepted)('$label', ({ text, nsn, owner }) => {
    expect(parseKpPhoneNumber(text)).toEqual({
      nsn,
      national: `0${nsn}`,
      e164: `+850${nsn}`,
      owner,
    });
    expect(safeParseKpPhoneNumber(text)).toEqual({ success: true, data: parseKpPhoneNumber(text) });
  });
});

const rejected = [
  { label: 'the empty string', text: '' },
  { label: 'only spaces', text: '   ' },
  { label: 'only a plus', text: '+' },
  { label: 'prefix 194', text: '0194 123 4567' },
  { label: 'prefix 190', text: '0190 123 4567' },
  { label: 'prefix 196', text: '0196 123 4567' },
  { label: 'a Pyongyang fixed line', text: '02 381 2345' },
  { label: 'nine digits', text: '0191 234 567' },
  { label: 'eleven digits', text: '0191 234 56789' },
  { label: 'nine digits after +850', text: '+850 191 234 567' },
  { label: 'country code without +', text: '850 191 234 5678' },
  { label: 'another country code', text: '+851 191 234 5678' },
  { label: 'a South Korean mobile', text: '+82 10 1234 5678' },
  { label: 'two trunk zeros', text: '00191 234 5678' },
  { label: 'two zeros after +850', text: '+850 00191 234 5678' },
  { label: 'two pluses', text: '++850 191 234 5678' },
  { label: 'a plus inside', text: '0+191 234 5678' },
  { label: 'a plus at the end', text: '0191 234 5678+' },
  { label: 'nested parentheses', text: '+850 ((0)191) 234 5678' },
  { label: 'an unclosed parenthesis', text: '(0191 234 5678' },
  { label: 'an unopened parenthesis', text: '0191) 234 5678' },
  { label: 'star separators (USSD injection)', text: '0191*234*5678' },
  { label: 'a hash (USSD injection)', text: '0191#2345678' },
  { label: 'a whole transfer string', text: '*999*300*01912345678*482915#' },
  { label: 'a trailing hash', text: '01912345678#' },
  { label: 'a newline', text: '0191 234 5678\n' },
  { label: 'a zero-width space', text: '0191\u200B234 5678' },
  { label: 'U+1FFF, just before the spaces', text: '0191\u1FFF234 5678' },
  {
    label: 'U+200F right-to-left mark, between the spaces and the dashes',
    text: '0191\u200F234 5678',
  },
  { label: 'U+2016 double vertical line, just past the dashes', text: '0191\u2016234 5678' },
  { label: 'an opening parenthesis twice', text: '((0191) 234 5678' },
  { label: 'underscores', text: '0191_234_5678' },
  { label: 'slashes', text: '0191/234/5678' },
  { label: 'a letter O for a zero', text: 'O191 234 5678' },
  { label: 'a tel: URI', text: 'tel:+850-191-234-5678' },
  { label: 'SQL after the number', text: "0191 234 5678'; DROP TABLE users; --" },
  { label: 'markup', text: '<b>01912345678</b>' },
  { label: 'Arabic-Indic digits', text: '٠١٩١٢٣٤٥٦٧٨' },
  { label: 'Extended Arabic-Indic digits', text: '۰۱۹۱۲۳۴۵۶۷۸' },
  { label: 'Devanagari digits', text: '०१९१२३४५६७८' },
  { label: 'Thai digits', text: '๐๑๙๑๒๓๔๕๖๗๘' },
  { label: 'mathematical bold digits', text: '𝟎𝟏𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖' },
  { label: 'superscript digits', text: '⁰¹⁹¹²³⁴⁵⁶⁷⁸' },
  { label: 'circled digits', text: '⓪①⑨①②③④⑤⑥⑦⑧' },
  { label: 'a full-width digit from another script', text: '0191 234 567٨' },
  { label: '65 characters', text: `${' '.repeat(54)}01912345678` },
] as const satisfies readonly { label: string; text: string }[];

describe('parseKpPhoneNumber rejects', () => {
  it.each(rejected)('$label', ({ text }) => {
    expectKpmmError(() => parseKpPhoneNumber(text), 'invalid_phone_number', []);
    const result = safeParseKpPhoneNumber(text);
    expect(result.success).toBe(false);
  });

  it.each([
    { label: 'a number', value: 1912345678 },
    { label: 'null', value: null },
    { label: 'undefined', value: undefined },
    { label: 'an object', value: { nsn: '1912345678' } },
  ] as const satisfies readonly { label: string; value: unknown }[])(
    'a value that is not a string: $label',
    ({ value }) => {
      // The signature asks for a string; JavaScript callers can pass anything.
      const parse = parseKpPhoneNumber as (text: unknown) => unknown;
      expectKpmmError(() => parse(value), 'invalid_phone_number', []);
    },
  );

  it('names the phone number itself when the path joins to nothing', () => {
    const error = expectKpmmError(() => parseKpPhoneNumber('0194', ['']), 'invalid_phone_number', [
      '',
    ]);
    expect(error.message.startsWith('phone number ')).toBe(true);
  });

  it('names the path it is given', () => {
    expectKpmmError(() => parseKpPhoneNumber('0194', ['recipient']), 'invalid_phone_number', [
      'recipient',
    ]);
  });

  it.each([
    { label: 'a string', path: 'recipient' },
    { label: 'a number', path: 0 },
    { label: 'an array holding null', path: ['history', null] },
  ])('refuses a path that is $label with invalid_input, also for a valid number', ({ path }) => {
    for (const text of ['0194', '0191 234 5678']) {
      const call = (): unknown => Reflect.apply(parseKpPhoneNumber, undefined, [text, path]);
      expectKpmmError(call, 'invalid_input', ['path']);
    }
  });
});

describe('the parsed number', () => {
  it('is frozen', () => {
    expect(Object.isFrozen(parseKpPhoneNumber('0191 234 5678'))).toBe(true);
  });

  it('satisfies KpPhoneNumberSchema', () => {
    expect(KpPhoneNumberSchema.safeParse(parseKpPhoneNumber('0195 123 4567')).success).toBe(true);
  });

  it('has the owner that KP_MOBILE_PREFIXES names for its prefix', () => {
    for (const [prefix, owner] of Object.entries(KP_MOBILE_PREFIXES.owners)) {
      expect(parseKpPhoneNumber(`${prefix}1234567`).owner).toBe(owner);
    }
  });
});

describe('toKpPhoneNumber', () => {
  const parsed = parseKpPhoneNumber('0195 123 4567');

  it.each([
    { label: 'text', value: '+850 195 123 4567' },
    { label: 'a parsed number', value: parsed },
    { label: 'a copy of a parsed number', value: { ...parsed } },
    { label: 'a copy with a field more', value: { ...parsed, note: 'mum' } },
  ])('reads $label', ({ value }) => {
    expect(toKpPhoneNumber(value)).toEqual(parsed);
  });

  it.each([
    { label: 'a copy whose national disagrees', value: { ...parsed, national: '01911234567' } },
    { label: 'a copy whose e164 disagrees', value: { ...parsed, e164: '+8501911234567' } },
    { label: 'a copy whose owner disagrees', value: { ...parsed, owner: 'koryolink' } },
    { label: 'an nsn of another network', value: { ...parsed, nsn: '1941234567' } },
    { label: 'an nsn alone', value: { nsn: '1951234567' } },
    { label: 'an nsn written as a number', value: { ...parsed, nsn: 1_951_234_567 } },
    { label: 'null', value: null },
    { label: 'an array', value: ['01951234567'] },
    { label: 'a number', value: 1_951_234_567 },
  ])('refuses $label, at the path it is given', ({ value }) => {
    expectKpmmError(() => toKpPhoneNumber(value, ['recipient']), 'invalid_phone_number', [
      'recipient',
    ]);
  });
});

describe('KpPhoneNumberSchema', () => {
  const parsed = parseKpPhoneNumber('0195 123 4567');

  it.each([
    { label: 'a parsed number', value: parsed, ok: true },
    {
      label: 'national of another number',
      value: { ...parsed, national: '01951234568' },
      ok: false,
    },
    { label: 'e164 of another number', value: { ...parsed, e164: '+8501951234568' }, ok: false },
    { label: 'the owner of another prefix', value: { ...parsed, owner: 'koryolink' }, ok: false },
    {
      label: 'a Koryolink number owned by KPTC',
      value: { ...parseKpPhoneNumber('0191 234 5678'), owner: 'kptc' },
      ok: false,
    },
  ])('$label: $ok', ({ value, ok }) => {
    expect(KpPhoneNumberSchema.safeParse(value).success).toBe(ok);
  });
});

describe('assertNever', () => {
  it('throws a TypeError naming the value, a broken invariant rather than bad input', () => {
    expect(() => assertNever('weekly' as never)).toThrow(new TypeError('unexpected value: weekly'));
  });
});
