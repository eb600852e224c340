import type { AppType } from "@parallax/api";
import type { Comparison } from "@parallax/core/schemas";
import { hc, type InferRequestType, type InferResponseType } from "hono/client";
import { errorFromResponse } from "./api-errors.ts";
import { readApiToken } from "./api-token.ts";
import { takeEarlyRequest } from "./early-requests.ts";

/** The hc client typed from the server's routes; writes carry the token from `token()`. */
export function rawClient(
  baseUrl: string,
  fetcher?: typeof fetch,
  token: () => string | null = readApiToken,
) {
  const send = fetcher ?? ((input, init) => fetch(input, init));
  return hc<AppType>(baseUrl, {
    // The write token goes with writes only: reads need none, and the first read of
    // sessionStorage in a new tab blocks for tens of milliseconds while the page loads.
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      const method = (init?.method ?? "GET").toUpperCase();
      const value = method === "GET" || method === "HEAD" ? null : token();
      if (!value) return send(input, init);
      const headers = new Headers(init?.headers);
      headers.set("authorization", `Bearer ${value}`);
      return send(input, { ...init, headers });
    }) as typeof fetch,
  });
}
type RawClient = ReturnType<typeof rawClient>;

export type StorySummary = InferResponseType<
  RawClient["api"]["stories"]["$get"],
  200
>["items"][number];
export type StoryDetail = InferResponseType<RawClient["api"]["stories"][":id"]["$get"], 200>;
export type ArticleSummary = StoryDetail["articles"][number];
export type ArticleDetail = InferResponseType<RawClient["api"]["articles"][":id"]["$get"], 200>;
export type NewArticle = InferRequestType<RawClient["api"]["articles"]["$post"]>["json"];
export type ArticleCreated = InferResponseType<RawClient["api"]["articles"]["$post"], 201>;
type VersionsRoute = RawClient["api"]["articles"][":id"]["versions"];
export type ArticleVersions = InferResponseType<VersionsRoute["$get"], 200>;
export type VersionDiff = InferResponseType<VersionsRoute["diff"]["$get"], 200>;

/** The calls the UI makes; each resolves with the typed body or throws an ApiRequestError. */
export interface ApiClient {
  listStories(signal?: AbortSignal): Promise<StorySummary[]>;
  getStory(id: string, signal?: AbortSignal): Promise<StoryDetail>;
  getComparison(id: string, signal?: AbortSignal): Promise<Comparison>;
  getArticle(id: string, signal?: AbortSignal): Promise<ArticleDetail>;
  addArticle(input: NewArticle, signal?: AbortSignal): Promise<ArticleCreated>;
  createStory(name: string): Promise<StorySummary>;
  renameStory(id: string, name: string): Promise<StorySummary>;
  deleteStory(id: string): Promise<void>;
  /** Takes an article out of a story; it stays stored, ungrouped. */
  removeArticle(storyId: string, articleId: string): Promise<void>;
  /** Puts an ungrouped article into a story. */
  placeArticle(storyId: string, articleId: string): Promise<void>;
  /** Every stored version of an article (`id`: any version's id), oldest first. */
  getArticleVersions(id: string, signal?: AbortSignal): Promise<ArticleVersions>;
  /** What changed between two versions, claim by claim. */
  getVersionDiff(
    id: string,
    range: { from: number; to: number },
    signal?: AbortSignal,
  ): Promise<VersionDiff>;
  /** Where the story's report downloads from, as Markdown or JSON. */
  exportUrl(storyId: string, format: "md" | "json"): string;
}

async function noContent(pending: Promise<Response>): Promise<void> {
  const response = await pending;
  if (!response.ok) throw await errorFromResponse(response);
}

async function ok<T>(
  pending: Promise<{ ok: boolean; json(): Promise<unknown> } & Response>,
): Promise<T> {
  const response = await pending;
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as T;
}

/**
 * A client for the Parallax API, typed from the server's routes by `hc<AppType>`. In the
 * browser it calls the page's own origin (the API serves the UI); tests may pass an in-process
 * fetch.
 */
export function createApiClient(
  options: { baseUrl?: string; fetch?: typeof fetch; token?: () => string | null } = {},
): ApiClient {
  const baseUrl =
    options.baseUrl ??
    (typeof window === "undefined" ? "http://localhost" : window.location.origin);
  const client = rawClient(baseUrl, options.fetch, options.token ?? readApiToken);
  const init = (signal?: AbortSignal) => (signal ? { init: { signal } } : undefined);
  return {
    listStories: async (signal) =>
      (await ok<{ items: StorySummary[] }>(client.api.stories.$get({ query: {} }, init(signal))))
        .items,
    getStory: (id, signal) =>
      ok(
        takeEarlyRequest("story", id) ??
          client.api.stories[":id"].$get({ param: { id } }, init(signal)),
      ),
    getComparison: (id, signal) =>
      ok(
        takeEarlyRequest("comparison", id) ??
          client.api.stories[":id"].comparison.$get({ param: { id } }, init(signal)),
      ),
    getArticle: (id, signal) =>
      ok(client.api.articles[":id"].$get({ param: { id } }, init(signal))),
    addArticle: (input, signal) => ok(client.api.articles.$post({ json: input }, init(signal))),
    createStory: (name) => ok(client.api.stories.$post({ json: { name } })),
    renameStory: (id, name) =>
      ok(client.api.stories[":id"].$patch({ param: { id }, json: { name } })),
    deleteStory: (id) => noContent(client.api.stories[":id"].$delete({ param: { id } })),
    removeArticle: (id, articleId) =>
      noContent(
        client.api.stories[":id"].articles[":articleId"].$delete({ param: { id, articleId } }),
      ),
    placeArticle: (id, articleId) =>
      noContent(client.api.stories[":id"].articles.$post({ param: { id }, json: { articleId } })),
    getArticleVersions: (id, signal) =>
      ok(client.api.articles[":id"].versions.$get({ param: { id } }, init(signal))),
    getVersionDiff: (id, range, signal) =>
      ok(
        client.api.articles[":id"].versions.diff.$get(
          { param: { id }, query: { from: String(range.from), to: String(range.to) } },
          init(signal),
        ),
      ),
    exportUrl: (id, format) =>
      `${baseUrl}/api/stories/${encodeURIComponent(id)}/comparison.${format}`,
  };
}
