import { parsePhoneNumber } from 'libphonenumber-js/max';
import { bench, describe } from 'vitest';
import type { TransferInput } from '../src/ussd/index.js';
import { ussd } from './built.js';

const { CARRIERS, buildTransferUssd, parseKpPhoneNumber } = ussd;

// Inputs vary, so neither side can be folded into a constant.
const NUMBERS = [
  '+850 191 234 5678',
  '0191-234-5678',
  '(0192) 345 6789',
  '1931234567',
  '00850 195 123 4567',
  '+850 (0)191 876 5432',
] as const;

const TRANSFERS = Array.from({ length: 16 }, (_, i): TransferInput & { recipient: string } => ({
  carrier: i % 4 === 0 ? 'kangsong' : 'koryolink',
  amount: 200 + i,
  recipient: `0191 234 ${String(5600 + i)}`,
  pin: String(482_915 + i * 7),
}));

let sink = 0;

// Each iteration reads every sample, so the harness's own cost per call weighs less.
describe('parse a North Korean mobile number (6 forms per iteration)', () => {
  bench('parseKpPhoneNumber', () => {
    for (const text of NUMBERS) sink += parseKpPhoneNumber(text).nsn.length;
  });
  bench("libphonenumber-js/max parsePhoneNumber(x, 'KP')", () => {
    for (const text of NUMBERS) sink += parsePhoneNumber(text, 'KP').nationalNumber.length;
  });
});

describe('build a transfer string (16 inputs per iteration)', () => {
  bench('buildTransferUssd(input).reveal() (validated)', () => {
    for (const input of TRANSFERS) sink += buildTransferUssd(input).reveal().length;
  });
  bench('template literal (unvalidated floor)', () => {
    for (const input of TRANSFERS) {
      const digits = input.recipient.replaceAll(' ', '');
      sink +=
        `*${CARRIERS[input.carrier].serviceCode}*${String(input.amount)}*${digits}*${input.pin}#`
          .length;
    }
  });
});

// Keeps the results alive, so the engine cannot drop the work.
export { sink };
