import { isRecord } from '../../core/internal/checks.js';
import { fail } from '../../core/internal/fail.js';
import { compilePolicy, type CompiledPolicy } from './compilePolicy.js';

/** Reads the audit's options: the policy, or null to judge each row by the policy of its day. */
export function readAuditOptions(options: unknown): CompiledPolicy | null {
  if (options === undefined) return null;
  if (!isRecord(options)) return fail('invalid_input', ['options'], 'options must be an object');
  const policy = options['policy'];
  return policy === undefined ? null : compilePolicy(policy, ['policy']);
}
