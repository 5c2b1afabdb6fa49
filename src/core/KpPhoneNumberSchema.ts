import * as z from 'zod/mini';

/**
 * The zod schema of a parsed North Korean mobile number. The brand means the value came from
 * {@link parseKpPhoneNumber}.
 *
 * @example
 * ```ts
 * KpPhoneNumberSchema.safeParse({ nsn: '1912345678' }).success;
 * //=> false
 * ```
 */
export const KpPhoneNumberSchema = z
  .object({
    nsn: z.string().check(z.regex(/^19[1235][0-9]{7}$/)),
    national: z.string().check(z.regex(/^019[1235][0-9]{7}$/)),
    e164: z.string().check(z.regex(/^\+85019[1235][0-9]{7}$/)),
    owner: z.enum(['koryolink', 'kangsong', 'kptc']),
  })
  .brand<'KpPhoneNumber'>();
