import type { TextEdit } from './types.js';

/** The text with the edits applied; they must not overlap one another (any order). */
export function applyEdits(text: string, edits: ReadonlyArray<Pick<TextEdit, 'start' | 'end' | 'text'>>): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error('overlapping text edits');
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/**
 * Which groups of edits can be applied together in one pass, ESLint's way: sorted by where they start, a group is
 * taken when none of its edits overlaps (or touches the same point as) an edit already taken, else left for the next
 * pass. Returns the indices of the groups taken.
 */
export function nonOverlapping(groups: ReadonlyArray<ReadonlyArray<Pick<TextEdit, 'start' | 'end'>>>): number[] {
  const order = groups
    .flatMap((edits, index) =>
      edits.length === 0
        ? []
        : [{ index, start: Math.min(...edits.map((e) => e.start)), end: Math.max(...edits.map((e) => e.end)) }],
    )
    .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  const taken: number[] = [];
  let lastEnd = -1;
  for (const group of order) {
    // A group is one span from its first edit to its last: another group's edit between them would interleave.
    if (group.start <= lastEnd) continue;
    taken.push(group.index);
    lastEnd = group.end;
  }
  return taken.sort((a, b) => a - b);
}
