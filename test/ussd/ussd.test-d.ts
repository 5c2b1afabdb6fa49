import * as z from 'zod/mini';
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildTransferUssd,
  parseKpPhoneNumber,
  parseTransferUssd,
  redactUssd,
  safeBuildTransferUssd,
  toTelUri,
  TransferInputSchema,
} from '../../src/ussd/index.js';
import type {
  CarrierId,
  KpPhoneNumber,
  RecipientFormat,
  ServiceCode,
  TransferInput,
  TransferUssd,
} from '../../src/ussd/index.js';
import type { KpmmError } from '../../src/core/index.js';

const input = {
  carrier: 'koryolink',
  amount: 300,
  recipient: '0191 234 5678',
  pin: '482915',
} as const;

describe('ussd types', () => {
  it('names the carriers and their codes as literals', () => {
    expectTypeOf<CarrierId>().toEqualTypeOf<'koryolink' | 'kangsong'>();
    expectTypeOf<ServiceCode>().toEqualTypeOf<'999' | '929'>();
    expectTypeOf<RecipientFormat>().toEqualTypeOf<'national' | 'nsn'>();
  });

  it('types a transfer as readonly data plus reveal()', () => {
    const transfer = buildTransferUssd(input);
    expectTypeOf(transfer).toEqualTypeOf<TransferUssd>();
    expectTypeOf(transfer.carrier).toEqualTypeOf<CarrierId>();
    expectTypeOf(transfer.recipient).toEqualTypeOf<KpPhoneNumber>();
    expectTypeOf(transfer.reveal).toEqualTypeOf<() => string>();
    expectTypeOf(parseTransferUssd('*999*300*01912345678*482915#')).toEqualTypeOf<TransferUssd>();
    // @ts-expect-error a transfer is read-only
    transfer.amount = 1;
    expectTypeOf(transfer).not.toHaveProperty('pin');
  });

  it('checks the input at compile time too', () => {
    // @ts-expect-error an unknown carrier
    buildTransferUssd({ ...input, carrier: 'airyo' });
    // @ts-expect-error an amount as a string
    buildTransferUssd({ ...input, amount: '300' });
    // @ts-expect-error a PIN as a number
    buildTransferUssd({ ...input, pin: 482915 });
    // @ts-expect-error an unknown recipient format
    buildTransferUssd({ ...input, recipientFormat: 'e164' });
    buildTransferUssd({ ...input, recipient: parseKpPhoneNumber('0191 234 5678') });
  });

  it('brands parsed numbers: a look-alike object is not one', () => {
    const lookAlike = {
      nsn: '1912345678',
      national: '01912345678',
      e164: '+8501912345678',
      owner: 'koryolink',
    } as const;
    // @ts-expect-error only parseKpPhoneNumber makes a KpPhoneNumber
    const number: KpPhoneNumber = lookAlike;
    expectTypeOf(number).toEqualTypeOf<KpPhoneNumber>();
  });

  it('returns zod-shaped safe results', () => {
    const result = safeBuildTransferUssd(input);
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<TransferUssd>();
    else expectTypeOf(result.error).toEqualTypeOf<KpmmError>();
  });

  it('keeps TransferInputSchema and TransferInput in step', () => {
    expectTypeOf<z.output<typeof TransferInputSchema>>().toExtend<TransferInput>();
    const accepts = (value: TransferInput): z.input<typeof TransferInputSchema> => value;
    expectTypeOf(accepts).returns.toEqualTypeOf<z.input<typeof TransferInputSchema>>();
  });

  it('types the string helpers', () => {
    expectTypeOf(redactUssd).toEqualTypeOf<(text: string) => string>();
    expectTypeOf(toTelUri).parameter(0).toEqualTypeOf<TransferUssd>();
  });
});
