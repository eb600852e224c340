import type { AlignUnit } from "./align/units.ts";

/**
 * How much alike two articles of a story are as wholes: who they name and which words they use,
 * over every statement. A story can hold two similar events (one coach hired, another fired; two
 * actresses entering rehab): "checked into rehab" in two articles naming the same people is one
 * fact, in two articles about different people it is two. Article-level likeness tells the two
 * cases apart where one sentence ("She checked in today.") cannot.
 */
export type ArticleSimilarity = {
  /** Likeness of two articles in [0, 1]: the larger of entity cosine and twice the lemma cosine. */
  between(a: number, b: number): number;
  /**
   * The story's typical likeness of two articles: what two articles of this story share anyway.
   * Only likeness above it says that two articles tell the same event.
   */
  typical: number;
};

type Vector = { weights: Map<string, number>; norm: number };

/** A word shared by only some articles is evidence; one every article uses is the story's topic. */
function articleVectors(counts: readonly Map<string, number>[]): Vector[] {
  const documentFrequency = new Map<string, number>();
  for (const map of counts)
    for (const key of map.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const total = counts.length;
  return counts.map((map) => {
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [key, count] of map) {
      const df = documentFrequency.get(key) as number;
      // A key in one article only cannot make two articles alike: left out, so it does not dilute.
      if (df < 2) continue;
      const weight = (1 + Math.log(count)) * Math.log(1 + total / df);
      weights.set(key, weight);
      sum += weight * weight;
    }
    return { weights, norm: Math.sqrt(sum) };
  });
}

function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, weight] of small.weights) {
    const other = large.weights.get(key);
    if (other !== undefined) dot += weight * other;
  }
  return dot / (a.norm * b.norm);
}

/**
 * Article likeness for a story's units. `typical` is the median likeness over `pairs` (the
 * candidate pairs blocking found, as article pairs): bounded work however many articles there are.
 */
export function articleSimilarity(
  units: readonly AlignUnit[],
  pairs: readonly (readonly [number, number])[],
): ArticleSimilarity {
  const articleCount = units.reduce((n, unit) => Math.max(n, unit.articleIndex + 1), 0);
  const entityCounts = Array.from({ length: articleCount }, () => new Map<string, number>());
  const lemmaCounts = Array.from({ length: articleCount }, () => new Map<string, number>());
  for (const unit of units) {
    const entities = entityCounts[unit.articleIndex] as Map<string, number>;
    for (const id of unit.entities) entities.set(id, (entities.get(id) ?? 0) + 1);
    const lemmas = lemmaCounts[unit.articleIndex] as Map<string, number>;
    for (const lemma of unit.lemmas) lemmas.set(lemma, (lemmas.get(lemma) ?? 0) + 1);
  }
  const entityVectors = articleVectors(entityCounts);
  const lemmaVectors = articleVectors(lemmaCounts);
  const cache = new Map<number, number>();
  const between = (a: number, b: number): number => {
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = low * articleCount + high;
    const known = cache.get(key);
    if (known !== undefined) return known;
    // Lemma vectors of whole articles share much more by chance than their people do: doubled, the
    // two scales meet (on ECB+ train, articles of one event: median 0.23 entity, 0.16 lemma).
    const value = Math.min(
      1,
      Math.max(
        cosine(entityVectors[low] as Vector, entityVectors[high] as Vector),
        2 * cosine(lemmaVectors[low] as Vector, lemmaVectors[high] as Vector),
      ),
    );
    cache.set(key, value);
    return value;
  };
  const seen = new Set<number>();
  const values: number[] = [];
  for (const [a, b] of pairs) {
    const x = (units[a] as AlignUnit).articleIndex;
    const y = (units[b] as AlignUnit).articleIndex;
    const key = Math.min(x, y) * articleCount + Math.max(x, y);
    if (seen.has(key)) continue;
    seen.add(key);
    values.push(between(x, y));
  }
  values.sort((p, q) => p - q);
  const typical = values.length === 0 ? 0 : (values[Math.floor(values.length / 2)] as number);
  return { between, typical };
}
