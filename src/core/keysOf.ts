import { optimized } from './optimizations.js';

/** From this many keys V8 holds an object as a hash table, and listing its keys sorts them all. */
const MANY_KEYS = 1024;

const lists = new WeakMap<object, readonly string[]>();
/** No lookup is paid for small objects until an object of many keys has been listed. */
let anyListed = false;

/**
 * `Object.keys` of an object of a parsed value, listed once when it has many keys (switch keys-listed-once). A file
 * built of 100,000 keys had its object listed by the parser's agreement check, the schema (a `for…in`, which also
 * looks each key up again), the string walk of the rules and the positions reader, each listing a sort of every key.
 * Parsed values are never changed (fixes patch a copy, core/valuePatch.ts), so a list stays true while it is kept;
 * it is kept only as long as its object. Callers must not change it.
 */
export function keysOf(object: object): readonly string[] {
  if (anyListed) {
    const listed = lists.get(object);
    if (listed) return listed;
  }
  const keys = Object.keys(object);
  if (keys.length >= MANY_KEYS && optimized('keys-listed-once')) {
    lists.set(object, keys);
    anyListed = true;
  }
  return keys;
}
