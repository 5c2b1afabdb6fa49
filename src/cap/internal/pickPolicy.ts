import type { BuiltInPolicy } from '../policies.js';
import { compiledBuiltIns, type CompiledPolicy } from './compilePolicy.js';

/** The built-in policy in force on a Pyongyang day (days since 1970-01-01), and its compiled form. */
export function builtInOn(day: number): {
  readonly policy: BuiltInPolicy;
  readonly compiled: CompiledPolicy;
} {
  const builtIns = compiledBuiltIns();
  // Oldest first, so the last one in force wins.
  let found = builtIns[0];
  for (const candidate of builtIns) if (candidate.effectiveDay <= day) found = candidate;
  return { policy: found.policy, compiled: found };
}
