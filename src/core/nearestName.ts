import { distance } from 'fastest-levenshtein';

/**
 * The known name closest to `name`, for "did you mean" messages; undefined when nothing is close enough
 * to be a plausible typo (more than a third of the longer name would have to change).
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
  if (best === undefined) return undefined;
  const budget = Math.max(2, Math.ceil(Math.max(name.length, best.length) / 3));
  return bestDistance <= budget ? best : undefined;
}

/** Whether `name` is close to exactly one of `known` (within nearestName's budget): a correction that is no guess. */
export function onlyCloseName(name: string, known: Iterable<string>): string | undefined {
  const best = nearestName(name, known);
  if (best === undefined) return undefined;
  const lower = name.toLowerCase();
  let close = 0;
  for (const candidate of known) {
    const budget = Math.max(2, Math.ceil(Math.max(name.length, candidate.length) / 3));
    if (distance(lower, candidate.toLowerCase()) <= budget && ++close > 1) return undefined;
  }
  return best;
}
