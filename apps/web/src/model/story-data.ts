import type { Comparison, Span } from "@parallax/core/schemas";
import type { StoryDetail } from "../api-client.ts";
import type { DetailState } from "../hooks/use-article-details.ts";
import {
  type ArticleColumn,
  articleLabel,
  columnFromArticle,
  orderByDate,
} from "./article-column.ts";

export interface StoryData {
  story: StoryDetail;
  comparison: Comparison;
  /** Every article as a column, oldest first, enriched as full articles arrive. */
  columns: ArticleColumn[];
  byId: ReadonlyMap<string, ArticleColumn>;
  details: ReadonlyMap<string, DetailState>;
  labelOf: (articleId: string) => string;
}

export function buildColumns(
  story: StoryDetail,
  comparison: Comparison,
  details: ReadonlyMap<string, DetailState>,
): ArticleColumn[] {
  const summaries = new Map(story.articles.map((a) => [a.id, a]));
  const ids = [...new Set([...comparison.articleIds, ...story.articles.map((a) => a.id)])];
  const columns: ArticleColumn[] = [];
  for (const id of ids) {
    const detail = details.get(id);
    if (detail && !(detail instanceof Error)) {
      columns.push(columnFromArticle(detail.article, detail.extraction.sources));
      continue;
    }
    const summary = summaries.get(id);
    if (summary) {
      columns.push({
        id,
        outlet: summary.outlet,
        headline: summary.headline,
        publishedAt: summary.publishedAt,
        url: summary.url,
      });
    }
  }
  return orderByDate(columns);
}

/** Everything the story views draw from, once the story and its comparison have loaded. */
export function buildStoryData(
  story: StoryDetail,
  comparison: Comparison,
  details: ReadonlyMap<string, DetailState>,
): StoryData {
  const columns = buildColumns(story, comparison, details);
  const labels = new Map(columns.map((c) => [c.id, articleLabel(c, columns)]));
  return {
    story,
    comparison,
    columns,
    byId: new Map(columns.map((c) => [c.id, c])),
    details,
    labelOf: (id: string) => labels.get(id) ?? "Unknown article",
  };
}

/** Where a person is mentioned in each article, from the loaded extractions. */
export function mentionSpans(data: StoryData, personId: string | null): Span[] {
  const person = data.comparison.entities.find((e) => e.id === personId);
  if (!person) return [];
  const spans: Span[] = [];
  for (const member of person.members) {
    const detail = data.details.get(member.articleId);
    if (!detail || detail instanceof Error) continue;
    const entity = detail.extraction.entities.find((e) => e.id === member.entityId);
    if (entity) spans.push(...entity.mentions.map((m) => m.span));
  }
  return spans;
}
