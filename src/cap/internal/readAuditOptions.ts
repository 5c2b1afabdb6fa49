import { readFields, type NotObject } from '../../core/internal/fields.js';
import { compilePolicy, type CompiledPolicy } from './compilePolicy.js';

const NOT_AN_OBJECT: NotObject = { code: 'invalid_input', message: 'options must be an object' };

/** Reads the audit's options: the policy, or null to judge each row by the policy of its day. */
export function readAuditOptions(options: unknown): CompiledPolicy | null {
  if (options === undefined) return null;
  const policy = readFields(options, ['policy'], ['options'], NOT_AN_OBJECT)['policy'];
  return policy === undefined ? null : compilePolicy(policy, ['policy']);
}
