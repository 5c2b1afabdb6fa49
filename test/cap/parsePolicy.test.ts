import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  POLICIES,
  POLICY_IDS,
  checkTransfer,
  parsePolicy,
  safeParsePolicy,
  type TransferPolicy,
} from '../../src/cap/index.js';
import { expectKpmmError } from '../helpers.js';

/** Whether every object reachable from a value is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

const WEEKLY: TransferPolicy = {
  ...DAILY_CAP_2020,
  id: 'WEEKLY',
  window: { rollingHours: 168 },
};

describe('parsePolicy', () => {
  it.each(POLICY_IDS.map((id) => ({ label: id, policy: POLICIES[id] })))(
    'gives back the built-in $label itself, frozen',
    ({ policy }) => {
      expect(parsePolicy(policy)).toBe(policy);
      expect(deeplyFrozen(parsePolicy(policy))).toBe(true);
    },
  );

  it.each(POLICY_IDS.map((id) => ({ label: id, policy: POLICIES[id] })))(
    'a copy of $label read from JSON equals the built-in, frozen all the way down',
    ({ policy }) => {
      const parsed = parsePolicy(JSON.parse(JSON.stringify(policy)));
      expect(parsed).toEqual(policy);
      expect(parsed).not.toBe(policy);
      expect(deeplyFrozen(parsed)).toBe(true);
    },
  );

  it('copies: a later change to the caller’s policy changes nothing', () => {
    const mine = {
      ...WEEKLY,
      rules: [{ kind: 'sender-daily', maxTransfers: 2, maxAmountWon: 500 }],
    };
    const parsed = parsePolicy(mine);
    mine.rules[0] = { kind: 'sender-daily', maxTransfers: 9, maxAmountWon: 9 };
    expect(parsed.rules).toEqual([{ kind: 'sender-daily', maxTransfers: 2, maxAmountWon: 500 }]);
  });

  it('keeps only the fields of a policy', () => {
    expect(Object.keys(parsePolicy({ ...WEEKLY, extra: 1 })).includes('extra')).toBe(false);
  });

  it('a parsed policy is parsed again as itself', () => {
    const parsed = parsePolicy(WEEKLY);
    expect(parsePolicy(parsed)).toBe(parsed);
  });

  it('a parsed policy judges as the policy it came from', () => {
    const input = {
      history: [{ at: '2020-06-08T09:00:00+09:00', amount: 100 }],
      proposed: { at: '2020-06-12T10:00:00+09:00', amount: 100 },
    };
    expect(checkTransfer({ ...input, policy: parsePolicy(WEEKLY) })).toEqual(
      checkTransfer({ ...input, policy: WEEKLY }),
    );
  });

  const refused = [
    { label: 'no rules', value: { ...WEEKLY, rules: [] }, path: ['rules'] },
    {
      label: 'a negative limit',
      value: { ...WEEKLY, rules: [{ kind: 'sender-daily', maxTransfers: -1, maxAmountWon: 500 }] },
      path: ['rules', 0, 'maxTransfers'],
    },
    { label: 'another zone', value: { ...WEEKLY, timeZone: 'Asia/Seoul' }, path: ['timeZone'] },
    {
      label: 'a day that does not exist',
      value: { ...WEEKLY, effectiveFrom: '2020-02-30' },
      path: ['effectiveFrom'],
    },
    { label: 'not an object', value: 'DAILY_CAP_2020', path: [] },
  ] as const;

  it.each(refused)('refuses $label with invalid_policy at its path', ({ value, path }) => {
    expectKpmmError(() => parsePolicy(value), 'invalid_policy', path);
    const result = safeParsePolicy(value);
    expect(result.success ? null : [result.error.code, result.error.issues[0].path]).toEqual([
      'invalid_policy',
      path,
    ]);
  });

  it('law: whatever it is given, safeParsePolicy returns a result and never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = safeParsePolicy(value);
        expect(typeof result.success).toBe('boolean');
      }),
    );
  });

  it('reads a policy from its own properties only', () => {
    const inherited = Object.create(WEEKLY) as unknown;
    expect(safeParsePolicy(inherited).success).toBe(false);
    expect(LIMITS_2022.id).toBe('LIMITS_2022');
  });
});

describe('parsePolicy reads the caller’s object as data, once', () => {
  // zod checks the length of anything that has one, even after refusing its type.
  it.each([
    { label: 'a Map', length: new Map() },
    { label: 'a symbol', length: Symbol('length') },
    { label: 'an empty object', length: {} },
    { label: 'an array of objects', length: [{ a: 1 }] },
  ])('refuses an id whose length is $label with invalid_policy', ({ length }) => {
    expectKpmmError(() => parsePolicy({ ...DAILY_CAP_2020, id: { length } }), 'invalid_policy', [
      'id',
    ]);
    expect(safeParsePolicy({ ...DAILY_CAP_2020, id: { length } }).success).toBe(false);
  });

  it('refuses a getter without calling it', () => {
    let called = 0;
    const policy = { ...DAILY_CAP_2020, id: 'MINE' };
    Object.defineProperty(policy, 'label', {
      enumerable: true,
      get: () => {
        called += 1;
        return 'a label';
      },
    });
    expectKpmmError(() => parsePolicy(policy), 'invalid_policy', []);
    expect(called).toBe(0);
  });
});
