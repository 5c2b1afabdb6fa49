import { POLICIES } from '../policies.js';
import { compiledBuiltIns, type CompiledPolicy } from './compilePolicy.js';

/** The built-in policy in force on a Pyongyang day (days since 1970-01-01), and its compiled form. */
export function builtInOn(day: number): {
  readonly policy: (typeof POLICIES)[number];
  readonly compiled: CompiledPolicy;
} {
  const compiled = compiledBuiltIns();
  let found: { policy: (typeof POLICIES)[number]; compiled: CompiledPolicy } = {
    policy: POLICIES[0],
    compiled: compiled[0],
  };
  for (let i = 1; i < POLICIES.length; i += 1) {
    const policy = POLICIES[i];
    const candidate = compiled[i];
    if (policy !== undefined && candidate !== undefined && candidate.effectiveDay <= day) {
      found = { policy, compiled: candidate };
    }
  }
  return found;
}
