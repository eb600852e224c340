// Statements as sparse TF-IDF vectors of their lemmas, and the cosine that compares them.
import type { FeatureStats } from "../blocking.ts";
import type { AlignUnit } from "./units.ts";

/**
 * A sparse TF-IDF vector: lemma keys in ascending order with their ranks in the story's vocabulary
 * (compared instead of the strings), their weights, and its norm. A context vector has no keys
 * (`keys` is empty): it is only ever compared, never named in evidence.
 */
export type LemmaVector = {
  keys: readonly string[];
  ranks: Int32Array;
  weights: Float64Array;
  norm: number;
};

/**
 * The vector of keys with their ranks and weights, in rank order (the story's sorted vocabulary, so
 * the same order as the strings: numbers are compared instead), its norm summed in that order.
 * An insertion sort: a statement has a few dozen keys at most.
 */
function sparse(keys: string[] | null, ranks: number[], weights: number[]): LemmaVector {
  const count = ranks.length;
  const order = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    const rank = ranks[i] as number;
    let at = i;
    while (at > 0 && (ranks[order[at - 1] as number] as number) > rank) {
      order[at] = order[at - 1] as number;
      at -= 1;
    }
    order[at] = i;
  }
  const sortedKeys: string[] = keys ? new Array(count) : [];
  const sortedRanks = new Int32Array(count);
  const sortedWeights = new Float64Array(count);
  let sum = 0;
  for (let j = 0; j < count; j += 1) {
    const i = order[j] as number;
    const weight = weights[i] as number;
    if (keys) sortedKeys[j] = keys[i] as string;
    sortedRanks[j] = ranks[i] as number;
    sortedWeights[j] = weight;
    sum += weight * weight;
  }
  return { keys: sortedKeys, ranks: sortedRanks, weights: sortedWeights, norm: Math.sqrt(sum) };
}

/** TF-IDF vector of a unit's lemmas (sublinear tf), with its norm precomputed. */
export function lemmaVector(unit: AlignUnit, stats: FeatureStats): LemmaVector {
  const counts = new Map<string, number>();
  for (const lemma of unit.lemmas) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  const keys: string[] = [];
  const ranks: number[] = [];
  const weights: number[] = [];
  for (const [lemma, count] of counts) {
    // The story's stock vocabulary ("talk", "issue" in a story about talks) weighs half.
    const stock = stats.storyWords.has(lemma) ? 0.5 : 1;
    keys.push(lemma);
    ranks.push(stats.lemmaRank.get(lemma) as number);
    weights.push(stock * (1 + Math.log(count)) * (stats.lemmaIdf.get(lemma) ?? 1));
  }
  return sparse(keys, ranks, weights);
}

/**
 * Every unit's lemma vector. A vector depends on the unit's lemmas alone (and the story's stats),
 * and the lemma reader hands the same list to every statement of one text: statements sharing that
 * list share one vector (a generated 1,000-article story holds ~19,000 statements of ~1,400 texts).
 * Vectors are never changed after they are made, so sharing them is safe.
 */
export function lemmaVectors(units: readonly AlignUnit[], stats: FeatureStats): LemmaVector[] {
  const byLemmas = new Map<readonly string[], LemmaVector>();
  return units.map((unit) => {
    let vector = byLemmas.get(unit.lemmas);
    if (!vector) {
      vector = lemmaVector(unit, stats);
      byLemmas.set(unit.lemmas, vector);
    }
    return vector;
  });
}

/**
 * A unit's vector plus half of each neighbouring statement's in its article: the (at most three)
 * vectors merged by rank, each key's weight summed in the order unit, previous, next. Without keys:
 * scoring only takes its cosine, and a large story's ~19,000 context vectors kept a key list each
 * (~14 MB) that survived every young-generation collection to the end of scoring.
 * The merge comes out in rank order, so it is written straight into reused work arrays and copied
 * once at its length (what `sparse` would give: its sort leaves ranked keys as they are); lists
 * grown by push and sorted again were most of this function's garbage on large stories.
 */
export function contextVector(
  units: readonly AlignUnit[],
  vectors: readonly LemmaVector[],
  index: number,
): LemmaVector {
  const unit = units[index] as AlignUnit;
  let sourceCount = 0;
  let room = 0;
  // The unit itself, then its previous and next statement when they are of its article.
  for (let step = 0; step < 3; step += 1) {
    const source = units[step === 0 ? index : step === 1 ? index - 1 : index + 1];
    if (!source || source.articleIndex !== unit.articleIndex) continue;
    const vector = vectors[source.index] as LemmaVector;
    SOURCES[sourceCount] = vector;
    SHARES[sourceCount] = step === 0 ? 1 : 0.5;
    AT[sourceCount] = 0;
    sourceCount += 1;
    room += vector.ranks.length;
  }
  if (WORK_RANKS.length < room) {
    WORK_RANKS = new Int32Array(room * 2);
    WORK_WEIGHTS = new Float64Array(room * 2);
  }
  let count = 0;
  let sum = 0;
  for (;;) {
    let rank = Number.POSITIVE_INFINITY;
    for (let k = 0; k < sourceCount; k += 1) {
      const source = SOURCES[k] as LemmaVector;
      const i = AT[k] as number;
      if (i < source.ranks.length && (source.ranks[i] as number) < rank)
        rank = source.ranks[i] as number;
    }
    if (rank === Number.POSITIVE_INFINITY) break;
    let weight = 0;
    for (let k = 0; k < sourceCount; k += 1) {
      const source = SOURCES[k] as LemmaVector;
      const i = AT[k] as number;
      if (i < source.ranks.length && source.ranks[i] === rank) {
        weight = weight + (SHARES[k] as number) * (source.weights[i] as number);
        AT[k] = i + 1;
      }
    }
    WORK_RANKS[count] = rank;
    WORK_WEIGHTS[count] = weight;
    sum += weight * weight;
    count += 1;
  }
  return {
    keys: NO_KEYS,
    ranks: WORK_RANKS.slice(0, count),
    weights: WORK_WEIGHTS.slice(0, count),
    norm: Math.sqrt(sum),
  };
}

/** Work arrays of `contextVector`, reused by every call (never returned, never kept). */
const SOURCES: LemmaVector[] = [];
const SHARES = new Float64Array(3);
const AT = new Int32Array(3);
let WORK_RANKS = new Int32Array(256);
let WORK_WEIGHTS = new Float64Array(256);
const NO_KEYS: readonly string[] = [];

/** How many shared lemmas a pair's lexical evidence names. */
const SHARED_LABEL_WORDS = 8;

/**
 * Cosine of two sparse vectors by a merge of their sorted keys; `shared` collects the first common
 * keys (as many as the evidence label names: collecting every one was garbage on large stories).
 * Keys are read from `a`: a context vector, which has none, is never `a` with `shared`.
 */
export function cosine(a: LemmaVector, b: LemmaVector, shared?: string[]): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  const left = a.ranks;
  const right = b.ranks;
  while (i < left.length && j < right.length) {
    const x = left[i] as number;
    const y = right[j] as number;
    if (x === y) {
      dot += (a.weights[i] as number) * (b.weights[j] as number);
      if (shared && shared.length < SHARED_LABEL_WORDS) shared.push(a.keys[i] as string);
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return dot / (a.norm * b.norm);
}

/** Cosine similarity of two units' lemma vectors, for conflict checks. */
export function vectorSimilarity(a: LemmaVector, b: LemmaVector): number {
  return cosine(a, b);
}
