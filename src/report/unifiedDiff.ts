/**
 * A unified diff of two texts by whole lines (`diff -u`'s format, as `git apply` and `patch` read it), with `context`
 * lines around each change. The lines in common are found with Myers' O(ND) algorithm: a fix changes a few lines, so
 * D is small whatever the file's size.
 */
export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const script = editScript(a, b);
  const hunks = groupHunks(script, context);
  let out = `--- a/${file}\n+++ b/${file}\n`;
  for (const hunk of hunks) {
    const aStart = hunk[0]?.aIndex ?? 0;
    const bStart = hunk[0]?.bIndex ?? 0;
    const aCount = hunk.filter((op) => op.kind !== '+').length;
    const bCount = hunk.filter((op) => op.kind !== '-').length;
    out += `@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@\n`;
    for (const op of hunk) {
      const line = op.kind === '+' ? b[op.bIndex] : a[op.aIndex];
      if (line === undefined) throw new Error(`internal: the edit script of ${file} names a line past the end`);
      const prefix = op.kind === '=' ? ' ' : op.kind;
      if (line.endsWith(NO_NEWLINE))
        out += `${prefix}${line.slice(0, -NO_NEWLINE.length)}\n\\ No newline at end of file\n`;
      else out += `${prefix}${line}\n`;
    }
  }
  return out;
}

interface Op {
  kind: '=' | '-' | '+';
  /** The line's index in `a` (for '+', where it goes in `a`). */
  aIndex: number;
  /** The line's index in `b` (for '-', where it was in `b`). */
  bIndex: number;
}

/** Marks a last line without a line break: it differs from the same text with one (a line can hold no `\n`). */
const NO_NEWLINE = '\n';

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += NO_NEWLINE;
  return lines;
}

/** `@@ -start,count` in diff's convention: 1-based, and the line before when the count is 0. */
function range(start: number, count: number): string {
  return count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`;
}

/** The shortest edit script from `a` to `b` (Myers 1986), as keeps, deletions and insertions in order. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // The furthest x on diagonal k: the search reads |k| <= d + 1 <= max + 1, and the walk back the same diagonals, so
  // offset + k is always inside the 2 * max + 3 entries.
  const at = (frontier: Int32Array, k: number): number => frontier[offset + k]!;
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && at(v, k - 1) < at(v, k + 1)) ? at(v, k + 1) : at(v, k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers to recover the path.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (const [d, frontier] of [...trace.entries()].reverse()) {
    const k = x - y;
    const down = k === -d || (k !== d && at(frontier, k - 1) < at(frontier, k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(frontier, previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      ops.push({ kind: '=', aIndex: x, bIndex: y });
    }
    if (d === 0) break;
    if (down) {
      y--;
      ops.push({ kind: '+', aIndex: x, bIndex: y });
    } else {
      x--;
      ops.push({ kind: '-', aIndex: x, bIndex: y });
    }
  }
  return ops.reverse();
}

/** The changes with up to `context` unchanged lines around each; changes closer than twice that share a hunk. */
function groupHunks(script: readonly Op[], context: number): Op[][] {
  const hunks: Op[][] = [];
  let current: Op[] | undefined;
  let trailing = 0;
  // Where the changes are, and which of them is the first after the current place.
  const changes = script.flatMap((op, i) => (op.kind === '=' ? [] : [i]));
  let upcoming = 0;
  for (const [i, op] of script.entries()) {
    if (op.kind !== '=') {
      upcoming++;
      if (!current) {
        current = script.slice(Math.max(0, i - context), i).filter((o) => o.kind === '=');
        hunks.push(current);
      }
      current.push(op);
      trailing = 0;
      continue;
    }
    if (!current) continue;
    // Is another change within reach? Then this unchanged line joins the hunk.
    const next = changes[upcoming];
    if (next !== undefined && next - i <= 2 * context) {
      current.push(op);
      continue;
    }
    if (trailing < context) {
      current.push(op);
      trailing++;
    } else {
      current = undefined;
    }
  }
  return hunks;
}
