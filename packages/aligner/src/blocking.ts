import type { AlignUnit } from "./align/units.ts";
import { firstAtLeast } from "./sorted-search.ts";

/** How many neighbours of a unit one posting list may contribute: keeps blocking near-linear. */
const POSTING_WINDOW = 16;
/** Only a unit's rarest keys are looked up: common words add cost, not candidates. */
const KEYS_PER_UNIT = 12;
/** A lemma used by at least this share of the story's articles is stock vocabulary. */
const STORY_WORD_SHARE = 0.8;
const STORY_WORD_MIN_ARTICLES = 5;
/** Candidates kept per unit after blocking, scored in full afterwards. */
const CANDIDATES_PER_UNIT = 20;

export type FeatureStats = {
  /** Inverse document frequency of each blocking feature over the story's units. */
  idf: ReadonlyMap<string, number>;
  /**
   * Lemmas nearly every article of the story uses ("talk", "issue", "remain" in a story about
   * talks): the story's stock vocabulary, which says little about which statement is which.
   */
  storyWords: ReadonlySet<string>;
  /**
   * Each lemma's place in the story's sorted vocabulary: vectors compare these numbers instead of
   * the strings (same order, same matches), which was much of the cost of scoring every pair.
   */
  lemmaRank: ReadonlyMap<string, number>;
  /**
   * Each lemma's idf (its `l:` key's in `idf`), by the bare lemma: vectors read it for every lemma of
   * every statement, and building the prefixed key for each was garbage on large stories.
   */
  lemmaIdf: ReadonlyMap<string, number>;
  /**
   * The idf of an entity's, a date's and a figure's key (`e:`, `d:`, `f:` in `idf`), by the bare
   * id, date value, and unit then value: scoring reads them for every candidate pair, and building
   * the key string for each read was garbage on large stories.
   */
  entityIdf: ReadonlyMap<string, number>;
  dateIdf: ReadonlyMap<string, number>;
  figureIdf: ReadonlyMap<string, ReadonlyMap<number, number>>;
};

/** The blocking keys of a unit: resolved entities, figures, dates and lemmas. */
export function blockingKeys(unit: AlignUnit): string[] {
  const keys = new Set<string>();
  for (const id of unit.entities) keys.add(`e:${id}`);
  for (const figure of unit.figures) keys.add(`f:${figure.unit}:${figure.value}`);
  for (const date of unit.dates) if (date.value) keys.add(`d:${date.value}`);
  for (const lemma of unit.lemmas) keys.add(`l:${lemma}`);
  return [...keys];
}

/**
 * Candidate pairs as two columns of unit indices, `low[i] < high[i]`, in ascending (low, high)
 * order. Flat typed arrays, not a [low, high] array per pair: a generated 1,000-article story has
 * ~245,000 pairs, kept to the end of alignment, and an array each (~24 MB) was copied out of every
 * young-generation collection it lived through.
 */
export type UnitPairs = { readonly low: Int32Array; readonly high: Int32Array };

/**
 * Candidate pairs of units from different articles that share rare evidence, found through an
 * inverted index instead of comparing all pairs. Each posting list contributes only the units
 * nearest to the query inside it, and only the best few candidates per unit are kept, so the work
 * per unit stays bounded however many articles the story has. Pairs are returned once, low first.
 */
export function candidatePairs(units: readonly AlignUnit[]): {
  pairs: UnitPairs;
  stats: FeatureStats;
} {
  // Keys are numbered as first seen; a unit keeps its keys' numbers, not its key strings (a fresh
  // string per unit and key, kept alive to the lookups below, was ~8 MB on a large story).
  const postings = new Map<string, { number: number; list: number[] }>();
  const keyLists: number[][] = [];
  const keysOf: Int32Array[] = units.map((unit) => {
    const keys = blockingKeys(unit);
    const numbers = new Int32Array(keys.length);
    keys.forEach((key, k) => {
      let posting = postings.get(key);
      if (!posting) {
        posting = { number: keyLists.length, list: [] };
        keyLists.push(posting.list);
        postings.set(key, posting);
      }
      posting.list.push(unit.index);
      numbers[k] = posting.number;
    });
    return numbers;
  });
  const total = units.length;
  const articlesOf = new Map<string, Set<number>>();
  let articleCount = 0;
  for (const unit of units) {
    articleCount = Math.max(articleCount, unit.articleIndex + 1);
    for (const lemma of unit.lemmas) {
      const set = articlesOf.get(lemma) ?? new Set<number>();
      set.add(unit.articleIndex);
      articlesOf.set(lemma, set);
    }
  }
  const storyWords = new Set<string>();
  // With few articles, a word every article uses is as likely a claim they all report as stock
  // vocabulary: only stories of several articles tell the two apart.
  if (articleCount >= STORY_WORD_MIN_ARTICLES) {
    for (const [lemma, set] of articlesOf)
      if (set.size >= STORY_WORD_SHARE * articleCount) storyWords.add(lemma);
  }
  const lemmaRank = new Map([...articlesOf.keys()].sort().map((lemma, rank) => [lemma, rank]));
  const idf = new Map<string, number>();
  for (const [key, { list }] of postings)
    idf.set(key, Math.max(0.1, Math.log(total / list.length)));
  const lemmaIdf = new Map<string, number>();
  for (const lemma of articlesOf.keys()) {
    const weight = idf.get(`l:${lemma}`);
    if (weight !== undefined) lemmaIdf.set(lemma, weight);
  }
  const { entityIdf, dateIdf, figureIdf } = evidenceIdf(units, idf);

  // The order in which a unit looks its keys up (rarest first, ties by key), decided once for the
  // story: sorting each unit's keys as objects was a visible share of blocking on large stories.
  const lookups = [...postings]
    .filter(([, { list }]) => list.length > 1)
    .map(([key, { number, list }]) => ({ key, number, list, weight: idf.get(key) as number }))
    .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
  // By key number; -1 for a key no other unit has.
  const lookupRank = new Int32Array(keyLists.length).fill(-1);
  lookups.forEach((lookup, rank) => {
    lookupRank[lookup.number] = rank;
  });

  // Pair ids as numbers (low * total + high), collected and sorted as numbers, duplicates dropped:
  // a string (later a set entry) per candidate pair was a large share of blocking time and garbage.
  // At most CANDIDATES_PER_UNIT per unit, so one array of that size holds them all.
  const ids = new Float64Array(total * CANDIDATES_PER_UNIT);
  let idCount = 0;
  // Dense accumulator plus the list of touched slots: no per-unit allocation. The touched and best
  // lists are typed arrays with a count, not arrays emptied by `length = 0`: that drops an array's
  // storage, so every unit grew its lists again from nothing (most of blocking's garbage).
  const accumulator = new Float64Array(total);
  const touched = new Int32Array(total);
  let touchedCount = 0;
  const best = new Int32Array(CANDIDATES_PER_UNIT);
  let bestCount = 0;
  // Each unit's article, in a typed array: read once per posting-list entry, the hottest loop here.
  const articleOf = Int32Array.from(units, (unit) => unit.articleIndex);
  // A unit's rarest keys (lowest lookup ranks, ascending), kept as they come in one reused array:
  // no list, typed copy, sort and view per unit. A unit's keys are distinct, so are their ranks.
  const keys = new Int32Array(KEYS_PER_UNIT);
  for (const unit of units) {
    touchedCount = 0;
    let keyCount = 0;
    for (const key of keysOf[unit.index] as Int32Array) {
      const rank = lookupRank[key] as number;
      if (rank < 0) continue;
      let at = keyCount;
      while (at > 0 && (keys[at - 1] as number) > rank) at -= 1;
      if (at >= KEYS_PER_UNIT) continue;
      let slot = keyCount < KEYS_PER_UNIT ? keyCount : KEYS_PER_UNIT - 1;
      if (slot === keyCount) keyCount += 1;
      for (; slot > at; slot -= 1) keys[slot] = keys[slot - 1] as number;
      keys[at] = rank;
    }
    for (let k = 0; k < keyCount; k += 1) {
      const rank = keys[k] as number;
      const { list, weight } = lookups[rank] as { list: number[]; weight: number };
      // Lists are in unit order: the unit's own place in it is found by binary search.
      const at = firstAtLeast(list, unit.index);
      const from = Math.max(0, at - POSTING_WINDOW);
      const to = Math.min(list.length, at + POSTING_WINDOW + 1);
      for (let i = from; i < to; i += 1) {
        const other = list[i] as number;
        if (articleOf[other] === unit.articleIndex) continue;
        if (accumulator[other] === 0) {
          touched[touchedCount] = other;
          touchedCount += 1;
        }
        accumulator[other] = (accumulator[other] as number) + weight;
      }
    }
    // The best few by accumulated weight (ties by index), kept in order as they come: sorting all
    // touched units was the costliest line of blocking.
    bestCount = 0;
    for (let t = 0; t < touchedCount; t += 1) {
      const other = touched[t] as number;
      const weight = accumulator[other] as number;
      let at = bestCount;
      while (at > 0) {
        const ahead = best[at - 1] as number;
        const aheadWeight = accumulator[ahead] as number;
        if (aheadWeight > weight || (aheadWeight === weight && ahead < other)) break;
        at -= 1;
      }
      if (at >= CANDIDATES_PER_UNIT) continue;
      // Shifted by hand, not `splice`: it returns a new (empty) array on every call.
      let slot = bestCount < CANDIDATES_PER_UNIT ? bestCount : CANDIDATES_PER_UNIT - 1;
      if (slot === bestCount) bestCount += 1;
      for (; slot > at; slot -= 1) best[slot] = best[slot - 1] as number;
      best[at] = other;
    }
    for (let t = 0; t < touchedCount; t += 1) accumulator[touched[t] as number] = 0;
    for (let k = 0; k < bestCount; k += 1) {
      const other = best[k] as number;
      const low = Math.min(unit.index, other);
      const high = Math.max(unit.index, other);
      ids[idCount] = low * total + high;
      idCount += 1;
    }
  }
  const sorted = ids.subarray(0, idCount).sort();
  let count = 0;
  for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[i - 1]) count += 1;
  const low = new Int32Array(count);
  const high = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const id = sorted[i] as number;
    if (i > 0 && id === sorted[i - 1]) continue;
    const first = Math.floor(id / total);
    low[at] = first;
    high[at] = id - first * total;
    at += 1;
  }
  return {
    pairs: { low, high },
    stats: { idf, storyWords, lemmaRank, lemmaIdf, entityIdf, dateIdf, figureIdf },
  };
}

/** The idf of each entity, date and figure key, by its parts (see `FeatureStats`), read once each. */
function evidenceIdf(
  units: readonly AlignUnit[],
  idf: ReadonlyMap<string, number>,
): Pick<FeatureStats, "entityIdf" | "dateIdf" | "figureIdf"> {
  const entityIdf = new Map<string, number>();
  const dateIdf = new Map<string, number>();
  const figureIdf = new Map<string, Map<number, number>>();
  for (const unit of units) {
    for (const id of unit.entities)
      if (!entityIdf.has(id)) entityIdf.set(id, idf.get(`e:${id}`) as number);
    for (const date of unit.dates)
      if (date.value && !dateIdf.has(date.value))
        dateIdf.set(date.value, idf.get(`d:${date.value}`) as number);
    for (const figure of unit.figures) {
      let byValue = figureIdf.get(figure.unit);
      if (!byValue) {
        byValue = new Map();
        figureIdf.set(figure.unit, byValue);
      }
      if (!byValue.has(figure.value))
        byValue.set(figure.value, idf.get(`f:${figure.unit}:${figure.value}`) as number);
    }
  }
  return { entityIdf, dateIdf, figureIdf };
}
