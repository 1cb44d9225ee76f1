import { afterEach, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { keysOf } from '../../src/core/keysOf.js';

afterEach(() => {
  delete process.env.LP_APP_MANIFEST_CHECK_WITHOUT;
});

/** An object of `count` keys, some integer-like (listed first), as a parser builds one. */
function objectOf(count: number, prefix = 'k'): Record<string, number> {
  const object: Record<string, number> = {};
  for (let i = count - 1; i >= 0; i--) object[i % 5 === 0 ? String(i) : `${prefix}${i}`] = i;
  return object;
}

describe('keysOf', () => {
  test('lists the keys Object.keys lists, in its order, for objects small and large', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 40 }), (object) => {
        expect(keysOf(object)).toEqual(Object.keys(object));
      }),
    );
    for (const count of [0, 1, 1_023, 1_024, 3_000]) {
      const object = objectOf(count);
      expect(keysOf(object)).toEqual(Object.keys(object));
      expect(keysOf(object)).toEqual(Object.keys(object));
    }
  });

  test('lists an object of 1,024 keys or more once, and a smaller one each time', () => {
    const large = objectOf(1_024);
    expect(keysOf(large)).toBe(keysOf(large));
    const small = objectOf(1_023);
    expect(keysOf(small)).not.toBe(keysOf(small));
    // Another large object has its own list.
    const other = objectOf(1_024, 'o');
    expect(keysOf(other)).not.toBe(keysOf(large));
    expect(keysOf(other)).toEqual(Object.keys(other));
  });

  test('switched off (keys-listed-once), lists every object each time', () => {
    process.env.LP_APP_MANIFEST_CHECK_WITHOUT = 'keys-listed-once';
    const large = objectOf(2_000);
    const first = keysOf(large);
    expect(first).toEqual(Object.keys(large));
    expect(keysOf(large)).not.toBe(first);
  });
});
