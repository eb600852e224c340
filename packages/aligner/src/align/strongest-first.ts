import type { ScoredPair } from "./groups.ts";

function byStrength(x: ScoredPair, y: ScoredPair): number {
  return y.score - x.score || x.a - y.a || x.b - y.b;
}

/** Score steps of the bucket sort: scores are rounded to four decimals. */
const SCORE_STEPS = 10_000;
/** Lists shorter than this are sorted by comparison. */
const BUCKETED_LENGTH = 4096;

/**
 * Pairs strongest first, ties by unit index. Scores in [0, 1] are spread into buckets of their
 * rounded value (monotone in the score), highest first, each bucket sorted by the full order:
 * the same order as one comparison sort of all pairs, which was a visible share of grouping on a
 * story of 200,000 pairs.
 */
export function strongestFirst(pairs: ScoredPair[]): ScoredPair[] {
  // A short list (a small story, most clusters' edges) is sorted directly: walking the buckets'
  // range would cost more than the sort.
  if (pairs.length < BUCKETED_LENGTH || pairs.some((pair) => !(pair.score >= 0 && pair.score <= 1)))
    return pairs.sort(byStrength);
  const buckets: ScoredPair[][] = [];
  let first = SCORE_STEPS;
  for (const pair of pairs) {
    const step = SCORE_STEPS - Math.round(pair.score * SCORE_STEPS);
    first = Math.min(first, step);
    const bucket = buckets[step];
    if (bucket) bucket.push(pair);
    else buckets[step] = [pair];
  }
  const ordered: ScoredPair[] = [];
  for (let step = first; step < buckets.length; step += 1) {
    const bucket = buckets[step];
    if (!bucket) continue;
    if (bucket.length > 1) bucket.sort(byStrength);
    for (const pair of bucket) ordered.push(pair);
  }
  return ordered;
}
