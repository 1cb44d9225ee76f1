import { distance } from 'fastest-levenshtein';

/**
 * The known name closest to `name`, for "did you mean" messages; undefined when nothing is close enough to be a
 * plausible typo: more than a third of the longer name (at least two characters) would have to change, or every
 * character of the shorter one (`xz` is not a typo of `id`).
 */
export function nearestName(name: string, known: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const other = candidate.toLowerCase();
    // The distance is at least the difference in length: such a candidate cannot beat the best so far.
    if (Math.abs(lower.length - other.length) >= bestDistance) continue;
    const d = distance(lower, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && close(name, best, bestDistance) ? best : undefined;
}

/** Whether `name` is close to exactly one of `known` (within nearestName's budget): a correction that is no guess. */
export function onlyCloseName(name: string, known: Iterable<string>): string | undefined {
  const best = nearestName(name, known);
  if (best === undefined) return undefined;
  const lower = name.toLowerCase();
  let count = 0;
  for (const candidate of known) {
    if (close(name, candidate, distance(lower, candidate.toLowerCase())) && ++count > 1) return undefined;
  }
  return best;
}

function close(name: string, candidate: string, edits: number): boolean {
  const budget = Math.max(2, Math.ceil(Math.max(name.length, candidate.length) / 3));
  return edits <= budget && edits < Math.min(name.length, candidate.length);
}
