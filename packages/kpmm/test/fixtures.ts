/** A PIN that occurs in none of the numbers, amounts or dates the tests use. */
export const PIN = '482915';

/** The header of a transfer log. */
export const LOG_HEADER = 'at,sender,recipient,amount';

/** A transfer that the 2020 cap allows: 300 won from Koryolink on 2020-06-08. */
export const PLAN = [
  'plan',
  '--carrier',
  'koryolink',
  '--amount',
  '300',
  '--to',
  '0191 234 5678',
  '--at',
  '2020-06-08T10:00:00+09:00',
] as const;

/** PLAN with some options' values replaced, e.g. `planWith({ '--to': '0123' })`. */
export function planWith(values: Readonly<Record<string, string>>): string[] {
  const args: string[] = [...PLAN];
  for (const [option, value] of Object.entries(values)) {
    const at = args.indexOf(option);
    if (at < 0) args.push(option, value);
    else args[at + 1] = value;
  }
  return args;
}
