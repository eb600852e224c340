import { type PrecisionRecall, precisionRecall } from "./ratio.ts";

/** Counts of a pairwise comparison; add them up over stories for micro-averaged figures. */
export type PairCounts = { gold: number; predicted: number; correct: number };

/**
 * Scores every unordered pair of items: `isGold(a, b)` says the pair belongs together,
 * `isPredicted(a, b)` says the system put it together. Only pairs `eligible(a, b)` are counted
 * (for alignment: items of different documents).
 */
export function countPairs<T>(
  items: readonly T[],
  eligible: (a: T, b: T) => boolean,
  isGold: (a: T, b: T) => boolean,
  isPredicted: (a: T, b: T) => boolean,
): PairCounts {
  const counts = { gold: 0, predicted: 0, correct: 0 };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] as T;
      const b = items[j] as T;
      if (!eligible(a, b)) continue;
      const gold = isGold(a, b);
      const predicted = isPredicted(a, b);
      if (gold) counts.gold++;
      if (predicted) counts.predicted++;
      if (gold && predicted) counts.correct++;
    }
  }
  return counts;
}

export function addPairCounts(a: PairCounts, b: PairCounts): PairCounts {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    correct: a.correct + b.correct,
  };
}

export function pairScores(counts: PairCounts): PrecisionRecall & PairCounts {
  return { ...counts, ...precisionRecall(counts.correct, counts.predicted, counts.gold) };
}
