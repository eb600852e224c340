import type { Article, Extraction } from "@parallax/core";
import { topicTerms } from "./topic-terms.ts";

/** What an article is about, reduced to comparable keys; stored per article for grouping. */
export type GroupingSignature = {
  /** Normalised names of people and organisations. */
  actors: string[];
  places: string[];
  /** "unit:value" of each figure, e.g. "USD:350000000000". */
  figures: string[];
  /** Resolved ISO days mentioned in the text. */
  dates: string[];
  /** The body's most frequent content words. */
  terms: string[];
  /** Publication day (YYYY-MM-DD), null when the article has none. */
  publishedOn: string | null;
};

// "Han Do Yun" and "Han Do-yun" must meet: case, hyphens and punctuation are ignored.
const normaliseName = (name: string) =>
  name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "");

const unique = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort();

export function buildGroupingSignature(
  article: Article,
  extraction: Extraction,
): GroupingSignature {
  return {
    actors: unique(
      extraction.entities.filter((e) => e.kind !== "place").map((e) => normaliseName(e.name)),
    ),
    places: unique(
      extraction.entities.filter((e) => e.kind === "place").map((e) => normaliseName(e.name)),
    ),
    figures: unique(extraction.figures.map((f) => `${f.unit}:${f.value}`)),
    dates: unique(extraction.dates.flatMap((d) => (d.value ? [d.value] : []))),
    terms: topicTerms(article.body),
    publishedOn: article.publishedAt?.value.slice(0, 10) ?? null,
  };
}
