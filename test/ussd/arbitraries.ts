import fc from 'fast-check';
import { parseKpPhoneNumber } from '../../src/ussd/index.js';
import type {
  CarrierId,
  KpPhoneNumber,
  RecipientFormat,
  TransferInput,
} from '../../src/ussd/index.js';

const DIGIT = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

/** Ten national digits of a North Korean mobile number: 191, 192, 193 or 195 and seven more. */
export const arbNsn: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('191', '192', '193', '195'),
    fc.string({ unit: DIGIT, minLength: 7, maxLength: 7 }),
  )
  .map(([prefix, rest]) => prefix + rest);

/** A carrier id of `CARRIERS`. */
export const arbCarrier: fc.Arbitrary<CarrierId> = fc.constantFrom('koryolink', 'kangsong');

/** A valid amount: small gifts most of the time, any safe integer from 1 up sometimes. */
export const arbAmount: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 1, max: 1000 }),
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
);

/** A valid card password: six ASCII digits. */
export const arbPin: fc.Arbitrary<string> = fc.string({ unit: DIGIT, minLength: 6, maxLength: 6 });

/** A recipient format, or none (the default). */
export const arbRecipientFormat: fc.Arbitrary<RecipientFormat | undefined> = fc.constantFrom(
  undefined,
  'national',
  'nsn',
);

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

function toFullWidth(text: string): string {
  return text.replace(/[0-9+]/g, (ch) =>
    ch === '+' ? '\uFF0B' : String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET),
  );
}

/** Separators that both this library and libphonenumber-js read between digit groups. */
export const SHARED_SEPARATORS = [
  ' ',
  '-',
  '.',
  '\u00A0',
  '\u2013',
  '\u2212',
  '\uFF0D',
  '\u3000',
] as const;

/**
 * Separators only this library reads: a tab and Unicode spaces that libphonenumber-js refuses
 * (the issue asks for any Unicode space).
 */
export const EXTRA_SEPARATORS = ['\t', '\u2003', '\u2009', '\u202F', '\u205F', '\u1680'] as const;

/**
 * A way of writing a number that the parser accepts: international (`+850`, `00850`, `99850`,
 * with or without a written trunk `(0)`), national (`0…`, `(0191) …`) or bare, with separators,
 * optionally in full-width digits.
 */
export function arbWrittenNumber(
  nsn: string,
  separators: readonly string[] = [...SHARED_SEPARATORS, ...EXTRA_SEPARATORS],
): fc.Arbitrary<string> {
  const head = nsn.slice(0, 3);
  const mid = nsn.slice(3, 6);
  const tail = nsn.slice(6);
  return fc
    .record({
      form: fc.constantFrom(
        'plus',
        'plus-trunk',
        '00',
        '99',
        'national',
        'national-parens',
        'bare',
      ),
      sep: fc.constantFrom(...separators),
      fullWidth: fc.boolean(),
    })
    .map(({ form, sep, fullWidth }) => {
      const groups = `${head}${sep}${mid}${sep}${tail}`;
      const text = {
        plus: `+850${sep}${groups}`,
        'plus-trunk': `+850${sep}(0)${groups}`,
        '00': `00850${sep}${groups}`,
        '99': `99850${sep}${groups}`,
        national: `0${groups}`,
        'national-parens': `(0${head})${sep}${mid}${sep}${tail}`,
        bare: nsn,
      }[form];
      return fullWidth ? toFullWidth(text) : text;
    });
}

/** A parsed number. */
export const arbKpPhoneNumber: fc.Arbitrary<KpPhoneNumber> = arbNsn.map((nsn) =>
  parseKpPhoneNumber(nsn),
);

/** A valid transfer input; the recipient is written text or a parsed number. */
export const arbTransferInput: fc.Arbitrary<TransferInput> = fc
  .record({
    carrier: arbCarrier,
    amount: arbAmount,
    nsn: arbNsn,
    pin: arbPin,
    recipientFormat: arbRecipientFormat,
    parsed: fc.boolean(),
  })
  .chain(({ nsn, parsed, recipientFormat, ...rest }) =>
    (parsed ? fc.constant(parseKpPhoneNumber(nsn)) : arbWrittenNumber(nsn)).map(
      (recipient): TransferInput =>
        recipientFormat === undefined
          ? { ...rest, recipient }
          : { ...rest, recipient, recipientFormat },
    ),
  );

/**
 * Any value a caller might pass for one field: valid ones, near misses (wrong type, wrong
 * length, full-width digits, `*` and `#`), and junk.
 */
export const arbAnyField: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: fc.oneof(DIGIT, fc.constantFrom('*', '#', ' ', '+', 'x')), maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('１', '٤', '0', '9', ' ', 'a'), maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom('koryolink', 'kangsong', 'national', 'nsn', '0191 234 5678', '482915'),
  fc.constantFrom(null, undefined, true, {}, []),
);

/** A transfer input whose fields may each be anything, for error and leak laws. */
export const arbLooseTransferInput: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    carrier: fc.oneof(arbCarrier, arbAnyField),
    amount: fc.oneof(arbAmount, arbAnyField),
    recipient: fc.oneof(
      arbNsn.chain((nsn) => arbWrittenNumber(nsn)),
      arbAnyField,
    ),
    pin: fc.oneof(arbPin, arbAnyField),
    recipientFormat: fc.oneof(arbRecipientFormat, arbAnyField),
  },
  { requiredKeys: ['carrier', 'amount', 'recipient', 'pin'] },
);
