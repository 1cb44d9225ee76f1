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
