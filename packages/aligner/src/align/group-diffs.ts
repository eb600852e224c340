import type { ArticleId, WordDiff } from "@parallax/core";
import { wordDiff } from "../word-diff.ts";
import type { AlignUnit } from "./units.ts";

/** Each other article's statements, joined, against the group's first article's statements. */
export function groupDiffs(members: readonly AlignUnit[]): WordDiff[] {
  const byArticle = new Map<string, AlignUnit[]>();
  for (const unit of members)
    byArticle.set(unit.articleId, [...(byArticle.get(unit.articleId) ?? []), unit]);
  const sides = [...byArticle.entries()].map(([articleId, list]) => ({
    articleId: articleId as ArticleId,
    text: list.map((u) => u.text).join(" "),
  }));
  const [reference, ...others] = sides;
  if (!reference) return [];
  return others.map((other) => wordDiff(reference, other));
}
