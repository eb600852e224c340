import type { ArticleSimilarity } from "../article-similarity.ts";

/**
 * Share of the story's typical article likeness two groups of articles need, on average over their
 * article pairs, to tell one happening for sure. Above 1: a story of two alike happenings (two
 * earthquakes, two offers to one player) has many pairs across the two as alike as the typical pair.
 */
const SAME_THREAD_LIKENESS = 1.1;
/**
 * Below that, two groups still tell one happening when their articles are, on average, this share
 * as alike across the groups as within the less close-knit one: in a story of one happening the
 * typical pair is a pair of that happening, so half its pairs fall below the first bar, but the
 * parts are about as alike to each other as within. On ECB+ train, 0.75 keeps a topic's two alike
 * happenings apart (event precision 0.853 mixed) while one happening's story stays nearly whole
 * (event F1 of single sub-topics 0.686, against 0.397 with the first bar alone).
 */
const WITHIN_SHARE = 0.75;
/** Articles up to which threads are found by average linkage (cubic); beyond, by a greedy pass. */
const AVERAGE_LINK_ARTICLES = 160;
/** Members of a thread the greedy pass compares an article with. */
const GREEDY_SAMPLE = 8;

/**
 * Splits a story's articles into threads, each telling one happening: groups of articles whose
 * average likeness (who they name, which words they use) is above the story's typical pair, or
 * near their likeness within (WITHIN_SHARE). Average linkage, not single: one background article
 * alike to both of two happenings must not chain them. Returns each article's thread number.
 *
 * Large stories (over AVERAGE_LINK_ARTICLES articles) are threaded greedily in article order, each
 * article joining the thread its first members are most alike to (WITHIN_SHARE of the typical
 * likeness, a lone article's closeness): linear in articles × threads.
 */
export function articleThreads(articleCount: number, articles: ArticleSimilarity): number[] {
  const threshold = SAME_THREAD_LIKENESS * articles.typical;
  return articleCount <= AVERAGE_LINK_ARTICLES
    ? averageLink(articleCount, articles, threshold)
    : greedy(articleCount, articles, WITHIN_SHARE * articles.typical);
}

function averageLink(n: number, articles: ArticleSimilarity, threshold: number): number[] {
  // Sum of likeness between clusters i and j (row-major), cluster sizes; merged rows are dropped.
  const sum = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v = articles.between(i, j);
      sum[i * n + j] = v;
      sum[j * n + i] = v;
    }
  const size = new Array<number>(n).fill(1);
  // Sum of likeness within each cluster (over its pairs).
  const inner = new Array<number>(n).fill(0);
  // A lone article's closeness within is taken as the story's typical likeness.
  const withinOf = (i: number) => {
    const k = size[i] as number;
    return k < 2 ? articles.typical : (inner[i] as number) / ((k * (k - 1)) / 2);
  };
  const alive = new Array<boolean>(n).fill(true);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (!alive[j]) continue;
        const mean = (sum[i * n + j] as number) / ((size[i] as number) * (size[j] as number));
        const passes =
          mean >= threshold || mean >= WITHIN_SHARE * Math.min(withinOf(i), withinOf(j));
        if (passes && (bi < 0 || mean > best)) {
          best = mean;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    // Cluster bj joins bi: sums of likeness add up (the average is the sum over the sizes).
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const merged = (sum[bi * n + k] as number) + (sum[bj * n + k] as number);
      sum[bi * n + k] = merged;
      sum[k * n + bi] = merged;
    }
    inner[bi] = (inner[bi] as number) + (inner[bj] as number) + (sum[bi * n + bj] as number);
    size[bi] = (size[bi] as number) + (size[bj] as number);
    alive[bj] = false;
    (members[bi] as number[]).push(...(members[bj] as number[]));
  }
  return numbered(
    n,
    members.filter((_, i) => alive[i]),
  );
}

function greedy(n: number, articles: ArticleSimilarity, threshold: number): number[] {
  const threads: number[][] = [];
  for (let a = 0; a < n; a++) {
    let best = -1;
    let bestMean = threshold;
    threads.forEach((thread, t) => {
      const sample = thread.slice(0, GREEDY_SAMPLE);
      const mean = sample.reduce((s, m) => s + articles.between(a, m), 0) / sample.length;
      if (mean >= bestMean) {
        bestMean = mean;
        best = t;
      }
    });
    if (best < 0) threads.push([a]);
    else (threads[best] as number[]).push(a);
  }
  return numbered(n, threads);
}

/** Each article's thread number, threads numbered by their first article. */
function numbered(n: number, threads: readonly number[][]): number[] {
  const out = new Array<number>(n).fill(0);
  const sorted = threads
    .map((t) => [...t].sort((a, b) => a - b))
    .sort((a, b) => (a[0] as number) - (b[0] as number));
  sorted.forEach((thread, t) => {
    for (const a of thread) out[a] = t;
  });
  return out;
}
