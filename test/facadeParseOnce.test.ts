// planTransfer reads each field of its input once and hands the parsed values on, and the
// config is parsed once, when the facade is made.
import { describe, expect, it } from 'vitest';
import { DAILY_CAP_2020 } from '../src/cap/index.js';
import { DEFAULT_RATE_TABLE } from '../src/exchange/index.js';
import { createMobileMoney, type PlanTransferInput } from '../src/index.js';

/** The object behind a Proxy that counts, per field, how often it is looked at or read. */
function counted<T extends object>(target: T): { value: T; reads: Map<PropertyKey, number> } {
  const reads = new Map<PropertyKey, number>();
  const count = (key: PropertyKey) => reads.set(key, (reads.get(key) ?? 0) + 1);
  const value = new Proxy(target, {
    get(object, key, receiver) {
      count(key);
      return Reflect.get(object, key, receiver) as unknown;
    },
    getOwnPropertyDescriptor(object, key) {
      count(key);
      return Reflect.getOwnPropertyDescriptor(object, key);
    },
  });
  return { value, reads };
}

const seed = {
  carrier: 'koryolink',
  amount: 300,
  recipient: '0191 234 5678',
  pin: '482915',
  at: '2020-06-08T10:00:00+09:00',
  history: [{ at: '2020-06-07T10:00:00+09:00', amount: 300 }],
} as const satisfies PlanTransferInput;

const facades = [
  { label: 'the defaults', config: {} },
  {
    label: 'a bound policy and rate table',
    config: { policy: DAILY_CAP_2020, rates: DEFAULT_RATE_TABLE },
  },
  { label: 'a caller policy', config: { policy: { ...DAILY_CAP_2020, id: 'MINE' } } },
] as const;

describe('planTransfer parses its input once', () => {
  it.each(facades)('under $label, each field of the input is read once', ({ config }) => {
    const mm = createMobileMoney(config);
    const { value, reads } = counted({ ...seed });
    const plan = mm.planTransfer(value);
    expect(plan.allowed).toBe(true);
    expect(Object.fromEntries(Object.keys(seed).map((key) => [key, reads.get(key)]))).toEqual({
      carrier: 1,
      amount: 1,
      recipient: 1,
      pin: 1,
      at: 1,
      history: 1,
    });
  });

  it('reads the bound config never again after createMobileMoney', () => {
    const { value: policy, reads } = counted({ ...DAILY_CAP_2020, id: 'MINE' });
    const mm = createMobileMoney({ policy });
    reads.clear();
    mm.planTransfer(seed);
    mm.planTransfer({ ...seed, at: '2020-06-09T10:00:00+09:00' });
    expect(reads.size).toBe(0);
  });

  it('a bound caller policy judges as the same policy given to checkTransfer each time', () => {
    const policy = { ...DAILY_CAP_2020, id: 'MINE', window: { rollingHours: 48 } };
    const plan = createMobileMoney({ policy }).planTransfer(seed);
    expect([plan.allowed, plan.cap.policyId]).toEqual([false, 'MINE']);
  });
});
