import { describe, expect, it } from "vitest";
import { addPairCounts, countPairs, pairScores } from "./pairwise.ts";

describe("pairwise counts", () => {
  type S = { doc: string; event: string; group: string | null };
  const items: S[] = [
    { doc: "d1", event: "e", group: "g" },
    { doc: "d2", event: "e", group: "g" },
    { doc: "d3", event: "e", group: null },
    { doc: "d3", event: "f", group: "g" },
    { doc: "d1", event: "e", group: "g" },
  ];
  const counts = countPairs(
    items,
    (a, b) => a.doc !== b.doc,
    (a, b) => a.event === b.event,
    (a, b) => a.group !== null && a.group === b.group,
  );

  it("counts only eligible pairs (different documents)", () => {
    // eligible: 8 pairs; gold (same event): d1-d2 ×2, d1-d3 ×2, d2-d3 = 5; predicted (group g):
    // d1-d2 ×2, d1-d3f ×2, d2-d3f = 5; correct: d1-d2 ×2 = 2.
    expect(counts).toEqual({ gold: 5, predicted: 5, correct: 2 });
  });

  it("turns counts into precision, recall and F1, and adds counts up", () => {
    expect(pairScores(counts)).toMatchObject({ precision: 0.4, recall: 0.4 });
    expect(addPairCounts(counts, counts)).toEqual({ gold: 10, predicted: 10, correct: 4 });
  });
});
