import type { ClaimGroup } from "@parallax/core/schemas";

/** A line of the comparison grid: a claim row, or the fold of one outlet's single-source rows. */
export type GridItem =
  | { kind: "row"; group: ClaimGroup }
  | { kind: "section"; articleId: string; count: number; expanded: boolean };

/** The one article a row comes from, or null when several report it (or it holds a conflict). */
export function soleArticle(group: ClaimGroup): string | null {
  if (group.conflicts.length > 0) return null;
  const first = group.statements[0]?.articleId ?? null;
  return group.statements.every((s) => s.articleId === first) ? first : null;
}

/**
 * Rows several outlets report come first, in story order: they are what can be compared. Rows
 * only one article reports follow, folded per article (in column order) unless expanded.
 */
export function gridItems(
  groups: readonly ClaimGroup[],
  columnOrder: readonly string[],
  isExpanded: (articleId: string) => boolean,
): GridItem[] {
  const shared: GridItem[] = [];
  const solo = new Map<string, ClaimGroup[]>();
  for (const group of groups) {
    const sole = soleArticle(group);
    if (sole === null) shared.push({ kind: "row", group });
    else solo.set(sole, [...(solo.get(sole) ?? []), group]);
  }
  const order = [...columnOrder, ...[...solo.keys()].filter((id) => !columnOrder.includes(id))];
  const items = shared;
  for (const articleId of order) {
    const rows = solo.get(articleId);
    if (!rows) continue;
    const expanded = isExpanded(articleId);
    items.push({ kind: "section", articleId, count: rows.length, expanded });
    if (expanded) for (const group of rows) items.push({ kind: "row", group });
  }
  return items;
}
