import { compiledBuiltIns, type CompiledPolicy } from './compilePolicy.js';
import { POLICIES } from '../policies.js';
import type { TransferPolicy } from '../types.js';

/** The index in POLICIES of the policy in force on a Pyongyang day (days since 1970-01-01). */
export function builtInIndexOn(day: number): number {
  let found = 0;
  for (let i = 0; i < POLICIES.length; i += 1) {
    const policy = POLICIES[i];
    if (policy !== undefined && compiledFor(policy).effectiveDay <= day) found = i;
  }
  return found;
}

/** The compiled form of a built-in policy. */
export function compiledFor(policy: TransferPolicy): CompiledPolicy {
  const compiled = compiledBuiltIns().get(policy);
  if (compiled === undefined) throw new TypeError('not a built-in policy');
  return compiled;
}
