/**
 * The most transfers `scheduleTransfers` returns. A longer schedule is refused with
 * `out_of_range`, whose issue gives the count it would need (`needed`): at 500 won a day that is
 * about 500,000 won over almost three years, well past any gift the sources describe.
 *
 * @example
 * ```ts
 * MAX_SCHEDULED_TRANSFERS;
 * //=> 1000
 * ```
 */
export const MAX_SCHEDULED_TRANSFERS = 1000;
