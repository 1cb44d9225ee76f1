import type { Problem, ValuePatch } from './types.js';
import { parsePointer } from './pointer.js';

/** Whether a problem offers a change to render: a fix, or at least one suggestion. */
export function offersChanges(problem: Pick<Problem, 'fix' | 'suggestions'>): boolean {
  return (problem.fix?.length ?? 0) > 0 || (problem.suggestions?.length ?? 0) > 0;
}

/**
 * The value a set of patches makes of `value` (a copy; `value` is untouched), or undefined when a patch does not apply
 * (its pointer names nothing, or a rename would overwrite a key already there). Every pointer names a place in the
 * original value: the deepest are applied first, and at one pointer a replace or remove before a rename, so a rename
 * of a key never moves what another patch names.
 */
export function applyPatches(value: unknown, patches: readonly ValuePatch[]): unknown {
  let result = copy(value);
  const ordered = patches
    .map((patch, index) => ({ patch, segments: parsePointer(patch.pointer), index }))
    .sort(
      (a, b) =>
        b.segments.length - a.segments.length ||
        Number(a.patch.op === 'rename') - Number(b.patch.op === 'rename') ||
        a.index - b.index,
    );
  for (const { patch, segments } of ordered) {
    const last = segments.at(-1);
    if (last === undefined) {
      // The empty pointer names the whole value.
      if (patch.op !== 'replace') return undefined;
      result = copy(patch.value);
      continue;
    }
    const parent = walk(result, segments.slice(0, -1));
    if (parent === undefined || !has(parent, last)) return undefined;
    if (Array.isArray(parent)) {
      const index = Number(last);
      if (patch.op === 'replace') parent[index] = copy(patch.value);
      else if (patch.op === 'remove') parent.splice(index, 1);
      else return undefined;
      continue;
    }
    const object = parent as Record<string, unknown>;
    if (patch.op === 'replace') define(object, last, copy(patch.value));
    else if (patch.op === 'remove') delete object[last];
    else {
      if (patch.key === last) continue;
      if (has(object, patch.key)) return undefined;
      define(object, patch.key, object[last]);
      delete object[last];
    }
  }
  return result;
}

function walk(value: unknown, segments: readonly string[]): object | undefined {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !has(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current !== null && typeof current === 'object' ? current : undefined;
}

function has(container: object, segment: string): boolean {
  if (Array.isArray(container)) return /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < container.length;
  return Object.prototype.hasOwnProperty.call(container, segment);
}

/** An own data property, even for a key such as `__proto__` that assignment would treat specially. */
function define(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy of JSON data (JSON.parse keeps a `__proto__` key as an own property). */
function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
