import type { Article, Comparison, Extraction, Outlet } from "@parallax/core";
import { errorFromResponse } from "./api-errors.ts";

// TEMPORARY mirror of the API's response shapes until apps/api exports AppType for hc.
export interface ArticleSummary {
  id: string;
  outlet: Outlet;
  headline: string | null;
  publishedAt: string | null;
  url: string | null;
  wordCount: number;
  storyId: string | null;
}
export interface StorySummary {
  id: string;
  name: string;
  articleCount: number;
  outlets: Outlet[];
  dateRange: { from: string | null; to: string | null };
  conflictCount: number | null;
}
export interface StoryDetail extends StorySummary {
  articles: ArticleSummary[];
}
export interface ArticleDetail {
  article: Article;
  extraction: Extraction;
  storyId: string | null;
}
export interface NewArticle {
  outlet: string;
  text?: string;
  html?: string;
  url?: string;
  storyId?: string;
}
export interface ArticleCreated {
  article: Article;
  storyId: string | null;
  grouping: { decision: "explicit" | "joined" | "new"; score: number; storyId: string };
}

export interface ApiClient {
  listStories(signal?: AbortSignal): Promise<StorySummary[]>;
  getStory(id: string, signal?: AbortSignal): Promise<StoryDetail>;
  getComparison(id: string, signal?: AbortSignal): Promise<Comparison>;
  getArticle(id: string, signal?: AbortSignal): Promise<ArticleDetail>;
  addArticle(input: NewArticle, signal?: AbortSignal): Promise<ArticleCreated>;
}

export function createApiClient(
  options: { baseUrl?: string; fetch?: typeof fetch } = {},
): ApiClient {
  const base = options.baseUrl ?? "";
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await doFetch(`${base}${path}`, init);
    if (!response.ok) throw await errorFromResponse(response);
    return (await response.json()) as T;
  }
  return {
    listStories: async (signal) => {
      const body = await call<StorySummary[] | { items: StorySummary[] }>("/api/stories", {
        signal: signal ?? null,
      });
      return Array.isArray(body) ? body : body.items;
    },
    getStory: (id, signal) =>
      call(`/api/stories/${encodeURIComponent(id)}`, { signal: signal ?? null }),
    getComparison: (id, signal) =>
      call(`/api/stories/${encodeURIComponent(id)}/comparison`, { signal: signal ?? null }),
    getArticle: (id, signal) =>
      call(`/api/articles/${encodeURIComponent(id)}`, { signal: signal ?? null }),
    addArticle: (input, signal) =>
      call("/api/articles", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input),
        signal: signal ?? null,
      }),
  };
}
