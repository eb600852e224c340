import { splitSentences } from "@parallax/aligner";
import type { Article } from "@parallax/core";
import { contentWords } from "../polnear/pseudo-stories.ts";
import type { PerturbStory } from "./perturb-case.ts";
import { overlap } from "./perturb-case.ts";

/**
 * PolNeAR has no gold for "these two places tell one fact", so a pseudo-story (an article and its
 * most similar articles of other publishers, polnear/pseudo-stories.ts) takes two sentences to tell
 * one fact when they share at least this many content words…
 */
export const SAME_FACT_SHARED = 3;
/** …making at least this share of the shorter sentence's content words. */
export const SAME_FACT_SHARE = 0.4;

/**
 * Whether two sentences of different outlets read as one fact told twice: they share several of
 * their content words, and a good part of the shorter one's. A stand-in for ECB+'s event chains,
 * looser and noisier: two sentences about one campaign may share words and tell different facts.
 */
export function tellOneFact(a: string, b: string): boolean {
  const [x, y] = [contentWords(a), contentWords(b)];
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared >= SAME_FACT_SHARED && overlap(x, y) >= SAME_FACT_SHARE;
}

type Range = { start: number; end: number };

/** The sentence span holding `at`, or null (between sentences, outside the body). */
export function sentenceAt(sentences: readonly { span: Range }[], at: number): Range | null {
  return sentences.find((s) => s.span.start <= at && at < s.span.end)?.span ?? null;
}

/** Articles of a PolNeAR pseudo-story as a story to perturb, named by its seed article. */
export function polnearStory(name: string, articles: readonly Article[]): PerturbStory {
  const sentences = articles.map((a) => splitSentences(a));
  const textAt = (i: number, at: number) => {
    const span = sentenceAt(sentences[i] ?? [], at);
    return span ? (articles[i] as Article).body.slice(span.start, span.end) : null;
  };
  return {
    name,
    source: "polnear",
    articles,
    sameFact(i, at, j, atOther) {
      const [a, b] = [textAt(i, at), textAt(j, atOther)];
      return a !== null && b !== null && tellOneFact(a, b);
    },
  };
}
