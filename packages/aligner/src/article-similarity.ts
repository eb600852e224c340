import type { AlignUnit } from "./align/units.ts";
import type { UnitPairs } from "./blocking.ts";

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

/**
 * An article's weighted keys as key numbers and weights, in the order the article first uses each
 * key (the order the dot product sums in).
 */
type Vector = { keys: Int32Array; weights: Float64Array; norm: number };

/** A word shared by only some articles is evidence; one every article uses is the story's topic. */
export function articleVectors(counts: readonly Map<string, number>[]): {
  vectors: Vector[];
  keyCount: number;
} {
  const documentFrequency = new Map<string, number>();
  for (const map of counts)
    for (const key of map.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const keyNumber = new Map<string, number>();
  const total = counts.length;
  const vectors = counts.map((map) => {
    const keys: number[] = [];
    const weights: number[] = [];
    let sum = 0;
    for (const [key, count] of map) {
      const df = documentFrequency.get(key) as number;
      // A key in one article only cannot make two articles alike: left out, so it does not dilute.
      if (df < 2) continue;
      const weight = (1 + Math.log(count)) * Math.log(1 + total / df);
      let number = keyNumber.get(key);
      if (number === undefined) {
        number = keyNumber.size;
        keyNumber.set(key, number);
      }
      keys.push(number);
      weights.push(weight);
      sum += weight * weight;
    }
    return {
      keys: Int32Array.from(keys),
      weights: Float64Array.from(weights),
      norm: Math.sqrt(sum),
    };
  });
  return { vectors, keyCount: keyNumber.size };
}

/** Article vectors of a story spread into one dense table up to this many cells (8 bytes each). */
const DENSE_TABLE_CELLS = 1 << 21;

/**
 * Cosine of article vectors. The smaller vector is summed over in its own order (as a lookup per
 * key in a map of strings did before), each key's weight in the larger one read from a dense array
 * by key number; every weight is positive, so 0 marks an absent key. Up to DENSE_TABLE_CELLS the
 * whole story is spread once, one row per vector (a story's keys that two articles share are a few
 * hundred): the checks ask for pairs in no useful order, and spreading the larger vector again for
 * most pairs cost more than the sums (~130,000 pairs on a generated 1,000-article story, ~90,000
 * spreads). Past it the larger vector is spread alone, kept while the next pair shares it.
 */
export function cosineOver(
  vectors: readonly Vector[],
  keyCount: number,
  tableCells = DENSE_TABLE_CELLS,
): (a: number, b: number) => number {
  const table =
    vectors.length * keyCount <= tableCells
      ? new Float64Array(vectors.length * keyCount)
      : undefined;
  if (table)
    vectors.forEach((vector, row) => {
      for (let i = 0; i < vector.keys.length; i += 1)
        table[row * keyCount + (vector.keys[i] as number)] = vector.weights[i] as number;
    });
  const dense = table ? undefined : new Float64Array(keyCount);
  let spread: Vector | undefined;
  return (x, y) => {
    const a = vectors[x] as Vector;
    const b = vectors[y] as Vector;
    if (a.norm === 0 || b.norm === 0) return 0;
    // Plain variables, not a destructured array: this runs for every pair asked.
    const aSmaller = a.keys.length <= b.keys.length;
    const small = aSmaller ? a : b;
    const large = aSmaller ? b : a;
    const row = aSmaller ? y : x;
    let weights = table as Float64Array;
    let offset = row * keyCount;
    if (dense) {
      if (spread !== large) {
        if (spread) for (const key of spread.keys) dense[key] = 0;
        for (let i = 0; i < large.keys.length; i += 1)
          dense[large.keys[i] as number] = large.weights[i] as number;
        spread = large;
      }
      weights = dense;
      offset = 0;
    }
    let dot = 0;
    for (let i = 0; i < small.keys.length; i += 1) {
      const other = weights[offset + (small.keys[i] as number)] as number;
      if (other !== 0) dot += (small.weights[i] as number) * other;
    }
    return dot / (a.norm * b.norm);
  };
}

/** Stories up to this many articles keep their pair likeness in a flat array (8 bytes a pair). */
const DENSE_CACHE_ARTICLES = 2048;

/**
 * A cache of pair likeness by pair key (low × article count + high). Up to DENSE_CACHE_ARTICLES
 * articles it is a flat array: a story's checks ask it hundreds of thousands of times, and a map
 * of that many numbers costs far more to look up and to fill.
 */
function pairCache(articleCount: number): {
  get(key: number): number | undefined;
  set(key: number, value: number): void;
} {
  if (articleCount > DENSE_CACHE_ARTICLES) return new Map<number, number>();
  // Left zero as allocated, with a byte per pair marking it known: filling 8 bytes a pair with -1
  // up front wrote a thousand-article story's 8 MB before its first check (a pair is asked only
  // when blocking or an event brought its articles together).
  const values = new Float64Array(articleCount * articleCount);
  const known = new Uint8Array(articleCount * articleCount);
  return {
    get: (key) => (known[key] === 1 ? (values[key] as number) : undefined),
    set: (key, value) => {
      values[key] = value;
      known[key] = 1;
    },
  };
}

/**
 * Article likeness for a story's units. `typical` is the median likeness over `pairs` (the
 * candidate pairs blocking found, as article pairs): bounded work however many articles there are.
 */
export function articleSimilarity(
  units: readonly AlignUnit[],
  pairs: UnitPairs,
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
  const entities = articleVectors(entityCounts);
  const lemmas = articleVectors(lemmaCounts);
  const entityCosine = cosineOver(entities.vectors, entities.keyCount);
  const lemmaCosine = cosineOver(lemmas.vectors, lemmas.keyCount);
  const cache = pairCache(articleCount);
  const between = (a: number, b: number): number => {
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    const key = low * articleCount + high;
    const known = cache.get(key);
    if (known !== undefined) return known;
    // Lemma vectors of whole articles share much more by chance than their people do: doubled, the
    // two scales meet (on ECB+ train, articles of one event: median 0.23 entity, 0.16 lemma).
    const value = Math.min(1, Math.max(entityCosine(low, high), 2 * lemmaCosine(low, high)));
    cache.set(key, value);
    return value;
  };
  // The article pairs of the candidate pairs as numbers, sorted and taken once each (in article
  // order, so the dense spread of one article serves many pairs in a row); the median does not
  // depend on the order the values are taken in.
  const keys = new Float64Array(pairs.low.length);
  for (let i = 0; i < keys.length; i += 1) {
    const x = (units[pairs.low[i] as number] as AlignUnit).articleIndex;
    const y = (units[pairs.high[i] as number] as AlignUnit).articleIndex;
    keys[i] = Math.min(x, y) * articleCount + Math.max(x, y);
  }
  keys.sort();
  const values: number[] = [];
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as number;
    if (i > 0 && key === keys[i - 1]) continue;
    const low = Math.floor(key / articleCount);
    values.push(between(low, key - low * articleCount));
  }
  const sorted = Float64Array.from(values).sort();
  const typical = sorted.length === 0 ? 0 : (sorted[Math.floor(sorted.length / 2)] as number);
  return { between, typical };
}

/**
 * How alike two articles are by the details they give: figures with their unit ("$3 million",
 * "12 people") and resolved days, each weighted as `articleVectors` weighs words (a detail one
 * article alone gives counts for nothing; one every article gives, little). Cosine in [0, 1].
 */
export function detailLikeness(units: readonly AlignUnit[]): (a: number, b: number) => number {
  const articleCount = units.reduce((n, unit) => Math.max(n, unit.articleIndex + 1), 0);
  const counts = Array.from({ length: articleCount }, () => new Map<string, number>());
  for (const unit of units) {
    const map = counts[unit.articleIndex] as Map<string, number>;
    const keys = new Set<string>();
    for (const figure of unit.figures) keys.add(`${figure.unit}|${figure.value}`);
    for (const date of unit.dates) if (date.value) keys.add(`\u0000${date.value}`);
    for (const key of keys) map.set(key, (map.get(key) ?? 0) + 1);
  }
  const { vectors, keyCount } = articleVectors(counts);
  const cosine = cosineOver(vectors, keyCount);
  const cache = pairCache(articleCount);
  return (a, b) => {
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    const key = low * articleCount + high;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = cosine(low, high);
    cache.set(key, value);
    return value;
  };
}
