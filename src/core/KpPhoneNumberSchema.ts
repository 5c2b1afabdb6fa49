import * as z from 'zod/mini';
import { toKpPhoneNumber } from './parseKpPhoneNumber.js';
import { KP_MOBILE_PREFIXES, type KpPhoneNumber } from './phoneNumber.js';

/** Whether `national`, `e164` and `owner` are what `nsn` makes them, as the parser writes them. */
function isConsistent(number: {
  readonly nsn: string;
  readonly national: string;
  readonly e164: string;
  readonly owner: string;
}): boolean {
  const owners: Readonly<Record<string, string>> = KP_MOBILE_PREFIXES.owners;
  return (
    number.national === `0${number.nsn}` &&
    number.e164 === `+850${number.nsn}` &&
    number.owner === owners[number.nsn.slice(0, 3)]
  );
}

/**
 * The zod schema of a parsed North Korean mobile number: `nsn`, and `national`, `e164` and
 * `owner` as `nsn` makes them. Its output is the frozen {@link KpPhoneNumber} that
 * {@link parseKpPhoneNumber} returns for the same number; a hand-made object whose fields
 * disagree is refused.
 *
 * @example
 * ```ts
 * KpPhoneNumberSchema.safeParse({ nsn: '1912345678' }).success;
 * //=> false
 * ```
 */
export const KpPhoneNumberSchema = z.pipe(
  z
    .object({
      nsn: z.string().check(z.regex(/^19[1235][0-9]{7}$/)),
      national: z.string().check(z.regex(/^019[1235][0-9]{7}$/)),
      e164: z.string().check(z.regex(/^\+85019[1235][0-9]{7}$/)),
      owner: z.enum(['koryolink', 'kangsong', 'kptc']),
    })
    .check(z.refine(isConsistent, 'national, e164 and owner must be what nsn makes them')),
  z.transform((value): KpPhoneNumber => toKpPhoneNumber(value)),
);
