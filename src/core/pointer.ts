/** RFC 6901 JSON pointers. */

export function escapeSegment(segment: string | number): string {
  if (typeof segment === 'number') return String(segment);
  // Most keys need no escape; testing first avoids two regex replacements per key on hot paths.
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function toPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + escapeSegment(s)).join('');
}

/** Splits a pointer into unescaped segments; `''` is the whole document. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Appends one segment to a pointer. */
export function childPointer(pointer: string, segment: string | number): string {
  return pointer + '/' + escapeSegment(segment);
}

/** The value at `pointer`, or undefined when any segment is missing. Own properties only. */
export function getAtPointer(value: unknown, pointer: string): unknown {
  let current = value;
  for (const segment of parsePointer(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
