import { describe, expect, it } from "vitest";
import { heldOutArticles, heldOutGold } from "../test/fixtures/alignment-gold/held-out-articles.ts";
import { scoreAlignment } from "../test/fixtures/alignment-gold/score-alignment.ts";
import { compareStory } from "./compare-story.ts";

// Three invented reports written after the corpus rules (first run: F1 0.50; see the README). Kept
// as a regression check of what generalised: the conflicts and the identities.
describe("compareStory on the held-out story", () => {
  const articles = heldOutArticles();
  const score = scoreAlignment(
    articles,
    compareStory(articles.map((a) => a.article)),
    heldOutGold(),
  );

  it("finds the differing figure ($2 vs $3 billion), the same words from two people, and the 'former' secretary", () => {
    expect(score.missingConflicts).toEqual([]);
    expect(score.falseConflicts).toBe(0);
  });

  it("aligns the three translations of one remark across outlets", () => {
    expect(
      score.missed.filter((m) => m.includes("headway") || m.includes("significant progress")),
    ).toEqual([]);
    expect(score.f1).toBeGreaterThan(0.6);
  });
});
