import { describe, expect, it } from "vitest";
import { corpusArticles } from "../test/fixtures/alignment-gold/corpus-articles.ts";
import { scoreAlignment } from "../test/fixtures/alignment-gold/score-alignment.ts";
import { compareStory } from "./compare-story.ts";

// The same figures `pnpm eval corpus` prints, held to the targets of the alignment issue.
describe("compareStory against the hand-written gold alignment of the corpus", () => {
  const articles = corpusArticles();
  const score = scoreAlignment(articles, compareStory(articles.map((a) => a.article)));

  it("aligns statements across outlets with pairwise F1 ≥ 0.8", () => {
    expect(
      score.f1,
      `P ${score.precision} R ${score.recall}; missed ${score.missed.join("; ")}; wrong ${score.wrong.join("; ")}`,
    ).toBeGreaterThanOrEqual(0.8);
  });

  it("finds every expected conflict (Trump's title, Trump vs Lee on the talks) and at most two false ones", () => {
    expect(score.missingConflicts).toEqual([]);
    expect(score.falseConflicts).toBeLessThanOrEqual(2);
  });

  it("keeps similar words from other speakers or other days apart, and lone statements alone", () => {
    expect(score.apartViolations).toEqual([]);
    expect(score.uniqueViolations).toEqual([]);
  });

  it("merges each person across outlets with every outlet's title, never Kim Yong-beom with Kim Jung-kwan", () => {
    expect(score.entityProblems).toEqual([]);
  });
});
