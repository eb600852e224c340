import type { Article, Extraction } from "@parallax/core";
import type { StoryData } from "../src/components/story-page.tsx";
import type { DetailState } from "../src/hooks/use-article-details.ts";
import { articleLabel, columnFromArticle, orderByDate } from "../src/model/article-column.ts";
import { ARTICLES, COMPARISON, STORY } from "./fixtures/tariff-story.ts";

function emptyExtraction(article: Article): Extraction {
  return {
    articleId: article.id,
    sentences: [],
    claims: [],
    quotes: [],
    entities: [],
    figures: [],
    dates: [],
    sources: [],
    aggregated: article.kind === "aggregation",
  };
}

/** The fixture story as the story page assembles it once everything has loaded. */
export function fixtureStoryData(): StoryData {
  const details = new Map<string, DetailState>(
    ARTICLES.map((article) => [
      article.id,
      { article, extraction: emptyExtraction(article), storyId: STORY.id },
    ]),
  );
  const columns = orderByDate(ARTICLES.map((a) => columnFromArticle(a, [])));
  const labels = new Map(columns.map((c) => [c.id, articleLabel(c, columns)]));
  return {
    story: STORY,
    comparison: COMPARISON,
    columns,
    byId: new Map(columns.map((c) => [c.id, c])),
    details,
    labelOf: (id) => labels.get(id) ?? "Unknown article",
  };
}
