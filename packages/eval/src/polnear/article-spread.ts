import type { GoldOutcome } from "./judge-article.ts";
import { goldFigures } from "./summarize.ts";

/** One article's direct-quote speakers: how many were judged and how many were right. */
export type ArticleTally = { judged: number; correct: number };

/**
 * How direct speaker accuracy spreads over articles. Dev holds 84 articles, so one article with
 * many quotes can move the figure by points; this says whether a gap between train and dev is
 * larger than that article-level noise.
 */
export type ArticleSpread = {
  articles: number;
  misses: number;
  /** Misses (wrong or unknown) held by the five articles with the most. */
  topFiveMisses: number;
  /** 95% interval of the accuracy by the jackknife over articles (leave one article out). */
  low: number | null;
  high: number | null;
};

export function directTally(outcomes: readonly GoldOutcome[]): ArticleTally {
  const figures = goldFigures(outcomes.filter((o) => o.direct));
  return { judged: figures.speakerJudged, correct: figures.speakerCorrect };
}

export function articleSpread(tallies: readonly ArticleTally[]): ArticleSpread {
  const scored = tallies.filter((t) => t.judged > 0);
  const missesOf = (t: ArticleTally) => t.judged - t.correct;
  const misses = scored.reduce((n, t) => n + missesOf(t), 0);
  const topFiveMisses = scored
    .map(missesOf)
    .sort((a, b) => b - a)
    .slice(0, 5)
    .reduce((n, m) => n + m, 0);
  const n = scored.length;
  const judged = scored.reduce((sum, t) => sum + t.judged, 0);
  const correct = scored.reduce((sum, t) => sum + t.correct, 0);
  if (n < 2) return { articles: n, misses, topFiveMisses, low: null, high: null };
  // The accuracy is a ratio over articles, so articles, not quotes, are the unit of variance.
  const leftOut = scored.map((t) =>
    judged === t.judged ? correct / judged : (correct - t.correct) / (judged - t.judged),
  );
  const mean = leftOut.reduce((sum, a) => sum + a, 0) / n;
  const variance = ((n - 1) / n) * leftOut.reduce((sum, a) => sum + (a - mean) ** 2, 0);
  const accuracy = correct / judged;
  const half = 1.96 * Math.sqrt(variance);
  return {
    articles: n,
    misses,
    topFiveMisses,
    low: Math.max(0, accuracy - half),
    high: Math.min(1, accuracy + half),
  };
}
