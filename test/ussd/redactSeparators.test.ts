import { describe, expect, it } from 'vitest';
import { redactUssd } from '../../src/ussd/index.js';

const cases = [
  // A PIN split by separators.
  {
    label: 'a zero-width space in the PIN',
    text: '*999*300*01912345678*48\u200b2915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a soft hyphen in the PIN',
    text: '*999*300*01912345678*482\u00ad915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a word joiner in the PIN',
    text: '*999*300*01912345678*4\u20608\u20602915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'an underscore in the PIN',
    text: '*999*300*01912345678*482_915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'commas in the PIN',
    text: '*999*300*01912345678*48,29,15#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a slash in the PIN',
    text: '*999*300*01912345678*482/915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'an apostrophe in the PIN',
    text: "*999*300*01912345678*482'915#",
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a plus in the PIN',
    text: '*999*300*01912345678*482+915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    // Found by the noise property: U+0F01 was not among the listed separators.
    label: 'a Tibetan sign and a space in the PIN',
    text: '*999*1*01910000000*00\u0f01 0000#',
    redacted: '*999*1*01910000000*xxxxxx#',
  },
  {
    label: 'an astral symbol in the PIN',
    text: '*999*300*01912345678*482\u{1f600}915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a combining mark after a space in the PIN',
    text: '*999*300*01912345678*482 \u0301915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a letter between the digits of the PIN',
    text: '*999*300*01912345678*48 a 2915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'words before the PIN',
    text: '*999*300*01912345678*ab cd 482915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  {
    label: 'a percent sign before PIN digits 23 in a tel: URI',
    text: 'tel:*999*300*01912345678*48%2315%23',
    redacted: 'tel:*999*300*01912345678*xxxxxx%23',
  },
  {
    label: 'a code and a lone PIN with a word inside',
    text: '*999*48 a 2915#',
    redacted: '*999*xxxxxx#',
  },
  {
    label: 'a labelled PIN split by symbols in a log line',
    text: 'pin: 48§29¤15, ok',
    redacted: 'pin: xxxxxx, ok',
  },
  {
    label: 'format characters before the PIN',
    text: '*999*300*01912345678*\u200b\u2060482915#',
    redacted: '*999*300*01912345678*\u200b\u2060xxxxxx#',
  },
  // A labelled PIN.
  {
    label: 'a PIN field labelled PIN=',
    text: '*999*300*01912345678*PIN=482915#',
    redacted: '*999*300*01912345678*xxxxxx#',
  },
  { label: 'a labelled PIN alone', text: '*PIN=482915#', redacted: '*PIN=xxxxxx#' },
  {
    label: 'a labelled PIN in a log line',
    text: 'sent gift, pin: 482 915, ok',
    redacted: 'sent gift, pin: xxxxxx, ok',
  },
  // Stars, hashes and digits written otherwise.
  {
    label: 'Arabic-Indic digits in the service code',
    text: '*٩٩٩*300*01912345678*482915#',
    redacted: '*٩٩٩*300*01912345678*xxxxxx#',
  },
  {
    label: 'Devanagari digits in the service code and PIN',
    text: '*९२९*500*1951234567*७३५१९०#',
    redacted: '*९२९*500*1951234567*xxxxxx#',
  },
  {
    label: 'mathematical digits in the service code',
    text: '*𝟗𝟗𝟗*300*01912345678*482915#',
    redacted: '*𝟗𝟗𝟗*300*01912345678*xxxxxx#',
  },
  {
    label: 'asterisk operators as stars',
    text: '∗999∗300∗01912345678∗482915#',
    redacted: '∗999∗300∗01912345678∗xxxxxx#',
  },
  {
    label: 'small asterisks as stars',
    text: '﹡999﹡300﹡01912345678﹡482915#',
    redacted: '﹡999﹡300﹡01912345678﹡xxxxxx#',
  },
  {
    label: 'low asterisks as stars',
    text: '⁎999⁎300⁎01912345678⁎482915#',
    redacted: '⁎999⁎300⁎01912345678⁎xxxxxx#',
  },
  {
    label: 'heavy asterisks as stars',
    text: '✱999✱300✱01912345678✱482915#',
    redacted: '✱999✱300✱01912345678✱xxxxxx#',
  },
  {
    label: 'escaped stars',
    text: '\\*999\\*300\\*01912345678\\*482915#',
    redacted: '\\*999\\*300\\*01912345678\\*xxxxxx#',
  },
  {
    label: 'percent-encoded stars',
    text: 'tel:%2A999%2A300%2A01912345678%2A482915%23',
    redacted: 'tel:%2A999%2A300%2A01912345678%2Axxxxxx%23',
  },
  {
    label: 'lower-case percent-encoded stars',
    text: 'tel:%2a999%2a300%2a01912345678%2a482915%23',
    redacted: 'tel:%2a999%2a300%2a01912345678%2axxxxxx%23',
  },
  // Leaks once documented, now masked.
  { label: 'a code and a lone PIN', text: '*999*482915#', redacted: '*999*xxxxxx#' },
  {
    label: 'a line break before the PIN',
    text: '*999*300*01912345678*\n482915#',
    redacted: '*999*300*01912345678*\nxxxxxx#',
  },
  {
    label: 'a line break before the PIN field',
    text: '*999*300*01912345678\n*482915#',
    redacted: '*999*300*01912345678\n*xxxxxx#',
  },
  {
    label: 'the PIN before the recipient',
    text: '*999*300*482915*01912345678#',
    redacted: '*999*300*xxxxxx*xxxxxx#',
  },
  // Still kept.
  { label: 'a code and an amount', text: '*999*300#', redacted: '*999*300#' },
  {
    label: 'a short recipient',
    text: '*999*300*0191*482915#',
    redacted: '*999*300*0191*xxxxxx#',
  },
  { label: 'a word with pin in it', text: 'spin: 482915', redacted: 'spin: 482915' },
] as const satisfies readonly { label: string; text: string; redacted: string }[];

describe('redactUssd masks the PIN whatever stands inside or before it', () => {
  it.each(cases)('$label', ({ text, redacted }) => {
    expect(redactUssd(text)).toBe(redacted);
    expect(redactUssd(redacted)).toBe(redacted);
  });
});
