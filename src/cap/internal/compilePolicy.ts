import type { PathSegment } from '../../core/index.js';
import { daysFromCivil } from '../../core/internal/civil.js';
import { POLICIES, POLICY_IDS, type BuiltInPolicy } from '../policies.js';
import type { TransferPolicy } from '../types.js';
import { dataSnapshot, ownCopy } from '../../core/internal/fields.js';
import { isPolicy, policyIssues } from './checkPolicy.js';
import { throwIssues } from './rows.js';

const HOUR_MS = 3_600_000;

/** A checked policy reduced to what the judge needs. */
export interface CompiledPolicy {
  readonly id: string;
  readonly maxTransfers: number;
  readonly maxAmountWon: number;
  /** The per-recipient monthly limit, or null without that rule. */
  readonly monthlyMax: number | null;
  /** The rolling window in milliseconds, or null for the Pyongyang calendar day. */
  readonly rollingMs: number | null;
  /** `effectiveFrom` as days since 1970-01-01. */
  readonly effectiveDay: number;
}

function compile(policy: TransferPolicy): CompiledPolicy {
  let maxTransfers = 0;
  let maxAmountWon = 0;
  let monthlyMax: number | null = null;
  for (const rule of policy.rules) {
    if (rule.kind === 'sender-daily') {
      maxTransfers = rule.maxTransfers;
      maxAmountWon = rule.maxAmountWon;
    } else {
      monthlyMax = rule.maxTransfers;
    }
  }
  const [y = 0, m = 1, d = 1] = policy.effectiveFrom.split('-').map(Number);
  return {
    id: policy.id,
    maxTransfers,
    maxAmountWon,
    monthlyMax,
    rollingMs: policy.window === 'calendar-day' ? null : policy.window.rollingHours * HOUR_MS,
    effectiveDay: daysFromCivil(y, m, d),
  };
}

/** A built-in policy compiled, with the policy it was compiled from. */
export interface CompiledBuiltIn extends CompiledPolicy {
  readonly policy: BuiltInPolicy;
}

function compileBuiltIn(policy: BuiltInPolicy): CompiledBuiltIn {
  return { ...compile(policy), policy };
}

let builtIns: readonly [CompiledBuiltIn, ...CompiledBuiltIn[]] | undefined;

/** The built-in policies compiled once, in the order of POLICY_IDS. */
export function compiledBuiltIns(): readonly [CompiledBuiltIn, ...CompiledBuiltIn[]] {
  builtIns ??= [
    compileBuiltIn(POLICIES[POLICY_IDS[0]]),
    ...POLICY_IDS.slice(1).map((id) => compileBuiltIn(POLICIES[id])),
  ];
  return builtIns;
}

// A policy that parsePolicy has made is frozen all the way down, so its compiled form can be kept
// beside it and found again: a facade that binds a policy compiles it once, not on every call.
const parsed = new WeakMap<object, CompiledPolicy & { readonly policy: TransferPolicy }>();

/** Checks a policy, or fails with `invalid_policy`; returns a frozen copy, compiled once. */
export function parseCheckedPolicy(value: unknown, path: readonly PathSegment[]): TransferPolicy {
  const builtIn = compiledBuiltIns().find((compiled) => compiled.policy === value);
  if (builtIn !== undefined) return builtIn.policy;
  const remembered = typeof value === 'object' && value !== null ? parsed.get(value) : undefined;
  if (remembered !== undefined) return remembered.policy;
  // Read once, as data: the check and the copy both read the snapshot, never the caller's object.
  const data = dataSnapshot(value);
  if (!isPolicy(data)) return throwIssues(policyIssues(data, path));
  const policy = frozenPolicy(data);
  parsed.set(policy, { ...compile(policy), policy });
  return policy;
}

/** A frozen copy of a checked policy, with only the fields of a policy. */
function frozenPolicy(policy: TransferPolicy): TransferPolicy {
  const { window, grade, assumptions, note } = policy;
  return Object.freeze({
    id: policy.id,
    label: policy.label,
    rules: Object.freeze(
      policy.rules.map((rule) =>
        Object.freeze(
          rule.kind === 'sender-daily'
            ? { kind: rule.kind, maxTransfers: rule.maxTransfers, maxAmountWon: rule.maxAmountWon }
            : { kind: rule.kind, maxTransfers: rule.maxTransfers },
        ),
      ),
    ),
    window:
      window === 'calendar-day' ? window : Object.freeze({ rollingHours: window.rollingHours }),
    timeZone: policy.timeZone,
    effectiveFrom: policy.effectiveFrom,
    sources: Object.freeze([...policy.sources]),
    ...(grade === undefined ? {} : { grade }),
    ...(assumptions === undefined ? {} : { assumptions: Object.freeze([...assumptions]) }),
    ...(note === undefined ? {} : { note }),
  });
}

/** Checks a policy (PolicySchema's rules) and compiles it, or fails with `invalid_policy`. */
export function compilePolicy(value: unknown, path: readonly PathSegment[]): CompiledPolicy {
  const known = compiledBuiltIns()[POLICY_IDS.findIndex((id) => POLICIES[id] === value)];
  if (known !== undefined) return known;
  const remembered = typeof value === 'object' && value !== null ? parsed.get(value) : undefined;
  if (remembered !== undefined) return remembered;
  // Compiled from an own copy: the checked fields, read again, cannot change or throw.
  return isPolicy(value) ? compile(ownCopy(value, path)) : throwIssues(policyIssues(value, path));
}
