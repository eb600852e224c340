import type { Article, Extraction } from "@parallax/core";
import type { DetailState } from "../src/hooks/use-article-details.ts";
import { buildStoryData, type StoryData } from "../src/model/story-data.ts";
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
  return buildStoryData(STORY, COMPARISON, details);
}
