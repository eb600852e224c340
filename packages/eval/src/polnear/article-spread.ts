import type { GoldOutcome } from "./judge-article.ts";
import { goldFigures } from "./summarize.ts";

/** One article's direct-quote speakers: how many were judged and how many were right. */
export type ArticleTally = { judged: number; correct: number };

/**
 * How direct speaker accuracy spreads over articles. Dev holds 84 articles, so one long
 * interview with many unattributed quotes can move the figure by points; this says whether a
 * gap between train and dev is larger than that article-level noise.
 */
export type ArticleSpread = {
  articles: number;
  misses: number;
  /** Misses (wrong or unknown) held by the five articles with the most. */
  topFiveMisses: number;
  /** 95% interval of the accuracy over articles resampled with replacement (fixed seed). */
  low: number | null;
  high: number | null;
};

export function directTally(outcomes: readonly GoldOutcome[]): ArticleTally {
  const figures = goldFigures(outcomes.filter((o) => o.direct));
  return { judged: figures.speakerJudged, correct: figures.speakerCorrect };
}

/** Small deterministic generator (mulberry32), so the interval is the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function articleSpread(
  tallies: readonly ArticleTally[],
  rounds = 2000,
  seed = 11,
): ArticleSpread {
  const scored = tallies.filter((t) => t.judged > 0);
  const missesOf = (t: ArticleTally) => t.judged - t.correct;
  const misses = scored.reduce((n, t) => n + missesOf(t), 0);
  const topFiveMisses = scored
    .map(missesOf)
    .sort((a, b) => b - a)
    .slice(0, 5)
    .reduce((n, m) => n + m, 0);
  if (scored.length === 0) return { articles: 0, misses, topFiveMisses, low: null, high: null };
  const next = generator(seed);
  const accuracies: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let judged = 0;
    let correct = 0;
    for (let i = 0; i < scored.length; i += 1) {
      const pick = scored[Math.floor(next() * scored.length)] as ArticleTally;
      judged += pick.judged;
      correct += pick.correct;
    }
    accuracies.push(correct / judged);
  }
  accuracies.sort((a, b) => a - b);
  const at = (q: number) => accuracies[Math.min(rounds - 1, Math.floor(q * rounds))] as number;
  return { articles: scored.length, misses, topFiveMisses, low: at(0.025), high: at(0.975) };
}
