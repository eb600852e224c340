import type { ClaimGroup } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf } from "../test/fixtures/alignment-gold/make-unit.ts";
import { buildCoverage } from "./coverage.ts";

const [A, B, C] = [articleIdOf(0), articleIdOf(1), articleIdOf(2)] as [string, string, string];
function group(
  id: string,
  articles: string[],
  relation: ClaimGroup["relation"],
  about?: ClaimGroup["about"],
): ClaimGroup {
  return {
    id,
    statements: articles.map((articleId, i) => ({
      articleId,
      claimId: `c${i}`,
      span: { articleId, start: 0, end: 1 },
      text: "x",
      attribution: {
        kind: "none" as const,
        speaker: { status: "unknown" as const, entityId: null, name: null },
        quotes: [],
      },
    })),
    relation,
    conflicts:
      relation === "conflict"
        ? [
            {
              kind: "figure",
              subject: "s",
              values: articles.map((articleId) => ({ articleId, text: "v", span: null })),
            },
          ]
        : [],
    evidence: [],
    score: 1,
    diffs: [],
    about,
  };
}

describe("buildCoverage", () => {
  it("gives each article its share of claim groups, its unique groups and its conflict groups", () => {
    const groups = [
      group("g1", [A, B, C], "agree"),
      group("g2", [A, B], "conflict"),
      group("g3", [A], "unique"),
      group("g4", [C], "unique"),
      group("g5", [A, C], "conflict", "title"),
    ];
    const coverage = buildCoverage([A, B, C], groups);
    expect(coverage.map((c) => c.articleId)).toEqual([A, B, C]);
    // Title findings are not statements: four claim groups.
    expect(coverage.map((c) => c.share)).toEqual([0.75, 0.5, 0.5]);
    expect(coverage.map((c) => c.uniqueGroupIds)).toEqual([["g3"], [], ["g4"]]);
    expect(coverage.map((c) => c.conflictGroupIds)).toEqual([["g2", "g5"], ["g2"], ["g5"]]);
  });

  it("gives a share of 0 in a story without groups", () => {
    expect(buildCoverage([A], [])).toEqual([
      { articleId: A, share: 0, uniqueGroupIds: [], conflictGroupIds: [] },
    ]);
  });
});
