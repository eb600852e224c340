import type { Article, Source } from "@parallax/core/schemas";

/**
 * What a comparison column shows about its article. The story listing gives the first four
 * fields; the rest arrive with the full article and its extraction, so they may be missing.
 */
export interface ArticleColumn {
  id: string;
  outlet: Article["outlet"];
  headline: string | null;
  /** ISO date or date-time of publication, null when unknown. */
  publishedAt: string | null;
  url: string | null;
  bylines?: readonly string[];
  kind?: Article["kind"];
  translation?: Article["translation"];
  sources?: readonly Source[];
}

/** The column facts of a full article (and its extraction's sources). */
export function columnFromArticle(article: Article, sources?: readonly Source[]): ArticleColumn {
  return {
    id: article.id,
    outlet: article.outlet,
    headline: article.headline,
    publishedAt: article.publishedAt?.value ?? null,
    url: article.url,
    bylines: article.bylines,
    kind: article.kind,
    translation: article.translation,
    ...(sources ? { sources } : {}),
  };
}

/** Oldest first; articles without a date go last, keeping their given order. */
export function orderByDate<T extends Pick<ArticleColumn, "publishedAt">>(
  articles: readonly T[],
): T[] {
  return articles
    .map((article, index) => ({ article, index, time: publishedTime(article) }))
    .sort((a, b) => {
      if (a.time === null && b.time === null) return a.index - b.index;
      if (a.time === null) return 1;
      if (b.time === null) return -1;
      return a.time - b.time || a.index - b.index;
    })
    .map((entry) => entry.article);
}

function publishedTime(article: Pick<ArticleColumn, "publishedAt">): number | null {
  if (!article.publishedAt) return null;
  const time = Date.parse(article.publishedAt);
  return Number.isNaN(time) ? null : time;
}

const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "24 Oct 2025" from "2025-10-24" or a date-time, read as the outlet wrote it (no zone shift). */
export function formatDay(value: string): string {
  const day = value.slice(0, 10);
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? value : DAY.format(time);
}

/**
 * A short name for an article: its outlet, plus its date when the story holds several articles
 * from the same outlet (three JoongAng pieces in the demo story).
 */
export function articleLabel(
  article: Pick<ArticleColumn, "id" | "outlet" | "publishedAt">,
  all: readonly Pick<ArticleColumn, "id" | "outlet" | "publishedAt">[],
): string {
  const sameOutlet = all.filter((other) => other.outlet.id === article.outlet.id);
  if (sameOutlet.length < 2) return article.outlet.name;
  const date = article.publishedAt ? formatDay(article.publishedAt) : null;
  const sameDate = sameOutlet.filter(
    (other) => other.publishedAt?.slice(0, 10) === article.publishedAt?.slice(0, 10),
  );
  if (date && sameDate.length < 2) return `${article.outlet.name}, ${date}`;
  return `${article.outlet.name} #${sameOutlet.findIndex((other) => other.id === article.id) + 1}`;
}
