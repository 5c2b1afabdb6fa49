import { fail } from '../../core/internal/fail.js';
import { readFields, type NotObject } from '../../core/internal/fields.js';
import { compilePolicy, type CompiledPolicy } from './compilePolicy.js';

const NOT_AN_OBJECT: NotObject = { code: 'invalid_input', message: 'options must be an object' };

/** The audit's options, checked: the policy (null to judge each row by the policy of its day). */
export interface ReadAuditOptions {
  readonly policy: CompiledPolicy | null;
  readonly report: boolean;
  readonly opaque: boolean;
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    return fail(
      'invalid_input',
      ['options', name],
      `options.${name} must be one of ${allowed.join(', ')}`,
    );
  }
  return found;
}

/** Reads the audit's options: `{ policy?, onInvalid?, ids? }`. */
export function readAuditOptions(options: unknown): ReadAuditOptions {
  if (options === undefined) return { policy: null, report: false, opaque: false };
  const fields = readFields(options, ['policy', 'onInvalid', 'ids'], ['options'], NOT_AN_OBJECT);
  const policy = fields['policy'];
  return {
    policy: policy === undefined ? null : compilePolicy(policy, ['policy']),
    report: oneOf(fields['onInvalid'], ['throw', 'report'], 'onInvalid') === 'report',
    opaque: oneOf(fields['ids'], ['phone', 'opaque'], 'ids') === 'opaque',
  };
}
