// readOwn's fast path (known names looked up, keys counted) gives the answer of reading every own
// key's descriptor in order, for any value: extra keys, accessors, non-enumerable, symbol and
// inherited properties, null prototypes and Proxies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOwn, type OwnRead } from '../../src/core/internal/fields.js';
import { arbAnyValue } from '../arbitraries.js';

const KNOWN = ['carrier', 'amount', 'recipient', 'pin', 'recipientFormat'] as const;

/** The definition: every own string key in order, the first accessor, or the fields and others. */
function everyKey(value: unknown, known: readonly string[]): OwnRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'not-object' };
  }
  try {
    const proto: unknown = Reflect.getPrototypeOf(value);
    const plain =
      proto === null || (typeof proto === 'object' && Reflect.getPrototypeOf(proto) === null);
    if (!plain) return { kind: 'not-plain' };
    const fields: Record<string, unknown> = Object.fromEntries(known.map((k) => [k, undefined]));
    const unknown: string[] = [];
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === 'symbol') continue;
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor?.enumerable !== true) continue;
      if (!('value' in descriptor)) return { kind: 'accessor', key };
      if (known.includes(key)) fields[key] = descriptor.value;
      else unknown.push(key);
    }
    return { kind: 'read', fields, unknown };
  } catch {
    return { kind: 'unreadable' };
  }
}

const arbKey = fc.oneof(fc.constantFrom(...KNOWN), fc.constantFrom('pim', 'amonut', '0', '__x'));

/** A property as an object literal, defineProperty or a prototype could hold it. */
const arbProperty = fc.record({
  key: arbKey,
  value: arbAnyValue,
  kind: fc.constantFrom('data', 'hidden', 'getter', 'symbol'),
});

const arbObject = fc
  .record({
    properties: fc.array(arbProperty, { maxLength: 7 }),
    nullProto: fc.boolean(),
    proxy: fc.boolean(),
  })
  .map(({ properties, nullProto, proxy }) => {
    const target = nullProto ? (Object.create(null) as object) : {};
    for (const { key, value, kind } of properties) {
      if (kind === 'data') Reflect.set(target, key, value);
      if (kind === 'hidden') Reflect.defineProperty(target, key, { value, enumerable: false });
      if (kind === 'getter') {
        Reflect.defineProperty(target, key, { get: () => value, enumerable: true });
      }
      if (kind === 'symbol') Reflect.set(target, Symbol(key), value);
    }
    return proxy ? new Proxy(target, {}) : target;
  });

describe('readOwn', () => {
  it('reads what reading every own key in order reads', () => {
    fc.assert(
      fc.property(fc.oneof(arbObject, arbAnyValue), (value) => {
        expect(readOwn(value, KNOWN)).toEqual(everyKey(value, KNOWN));
      }),
    );
  });

  const cases = [
    { label: 'the known fields only', value: { pin: '1', amount: 2 }, unknown: [] },
    { label: 'an extra field', value: { pin: '1', pim: '2' }, unknown: ['pim'] },
    { label: 'no field', value: {}, unknown: [] },
  ] as const;
  it.each(cases)('$label', ({ value, unknown }) => {
    expect(readOwn(value, KNOWN)).toMatchObject({ kind: 'read', unknown });
  });

  it('names the first accessor in key order, even an unknown one before a known one', () => {
    const value = {};
    Reflect.defineProperty(value, 'extra', { get: () => 1, enumerable: true });
    Reflect.defineProperty(value, 'pin', { get: () => '482915', enumerable: true });
    expect(readOwn(value, KNOWN)).toEqual({ kind: 'accessor', key: 'extra' });
  });
});
