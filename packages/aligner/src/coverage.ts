import type { ArticleId, ClaimGroup, Coverage } from "@parallax/core";

/**
 * Per article: the share of the story's claim groups it reports, the groups only it reports, and the
 * groups where it takes part in a disagreement.
 */
export function buildCoverage(
  articleIds: readonly ArticleId[],
  groups: readonly ClaimGroup[],
): Coverage[] {
  const claimGroups = groups.filter((group) => group.about !== "title");
  return articleIds.map((articleId) => {
    const mine = claimGroups.filter((group) =>
      group.statements.some((s) => s.articleId === articleId),
    );
    const conflictGroupIds = groups
      .filter((group) =>
        group.conflicts.some((c) => c.values.some((v) => v.articleId === articleId)),
      )
      .map((group) => group.id);
    return {
      articleId,
      share: claimGroups.length === 0 ? 0 : round(mine.length / claimGroups.length),
      uniqueGroupIds: mine.filter((group) => group.relation === "unique").map((group) => group.id),
      conflictGroupIds,
    };
  });
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
