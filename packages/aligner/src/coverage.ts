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
  // Each group indexed once by the articles it holds: linear in the story, not articles × groups.
  const mineOf = new Map<string, ClaimGroup[]>();
  for (const group of claimGroups)
    for (const articleId of new Set(group.statements.map((s) => s.articleId)))
      mineOf.set(articleId, [...(mineOf.get(articleId) ?? []), group]);
  const conflictsOf = new Map<string, string[]>();
  for (const group of groups)
    for (const articleId of new Set(
      group.conflicts.flatMap((c) => c.values.map((v) => v.articleId)),
    ))
      conflictsOf.set(articleId, [...(conflictsOf.get(articleId) ?? []), group.id]);
  return articleIds.map((articleId) => {
    const mine = mineOf.get(articleId) ?? [];
    const conflictGroupIds = conflictsOf.get(articleId) ?? [];
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
