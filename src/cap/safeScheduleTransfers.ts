import { toSafe, type SafeResult } from '../core/index.js';
import { scheduleTransfers } from './scheduleTransfers.js';
import type { ScheduleTransfersInput, ScheduledTransfer } from './types.js';

const safe = toSafe(scheduleTransfers);

/**
 * The non-throwing twin of {@link scheduleTransfers}.
 *
 * @param input - `{ totalWon, from, recipients, history?, policy? }`
 * @returns `{ success: true, data: transfers }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeScheduleTransfers({ totalWon: 1_000, from: '2022-08-10T00:00:00+09:00', recipients: [] }).error?.code;
 * //=> 'unreachable_total'
 * ```
 */
export function safeScheduleTransfers(
  input: ScheduleTransfersInput,
): SafeResult<readonly ScheduledTransfer[]> {
  return safe(input);
}
