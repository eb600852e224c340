/** The TF-IDF cosine baseline: how far plain word overlap gets, with no NLP at all. */

export type SparseVector = Map<string, number>;

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * TF-IDF vectors of `texts`, with document frequencies counted over `corpus` (for a story: every
 * sentence of its documents). Smoothed idf = ln((1 + N) / (1 + df)) + 1, raw term counts.
 */
export function tfidfVectors(texts: readonly string[], corpus: readonly string[]): SparseVector[] {
  const df = new Map<string, number>();
  for (const text of corpus) {
    for (const word of new Set(words(text))) df.set(word, (df.get(word) ?? 0) + 1);
  }
  const n = corpus.length;
  return texts.map((text) => {
    const vector: SparseVector = new Map();
    for (const word of words(text)) vector.set(word, (vector.get(word) ?? 0) + 1);
    for (const [word, count] of vector) {
      vector.set(word, count * (Math.log((1 + n) / (1 + (df.get(word) ?? 0))) + 1));
    }
    return vector;
  });
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [word, x] of a) {
    na += x * x;
    const y = b.get(word);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Thresholds tried when choosing the baseline's: 0.05, 0.10, … 0.95. */
export const THRESHOLD_GRID: readonly number[] = Array.from({ length: 19 }, (_, i) =>
  Number(((i + 1) * 0.05).toFixed(2)),
);

/**
 * The threshold with the best pairwise F1 over `pairs` (a similarity and whether the pair is gold);
 * ties go to the higher threshold (fewer pairs claimed).
 */
export function chooseThreshold(
  pairs: readonly { score: number; gold: boolean }[],
  grid: readonly number[] = THRESHOLD_GRID,
): { threshold: number; f1: number } {
  const gold = pairs.filter((p) => p.gold).length;
  let best = { threshold: grid[grid.length - 1] ?? 1, f1: -1 };
  for (const threshold of grid) {
    let predicted = 0;
    let correct = 0;
    for (const p of pairs) {
      if (p.score < threshold) continue;
      predicted++;
      if (p.gold) correct++;
    }
    const f1 = predicted + gold === 0 ? 0 : (2 * correct) / (predicted + gold);
    if (f1 >= best.f1) best = { threshold, f1 };
  }
  return best;
}
