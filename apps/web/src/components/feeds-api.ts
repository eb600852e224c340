import type { InferResponseType } from "hono/client";
import { rawClient } from "../api-client.ts";
import { errorFromResponse } from "../api-errors.ts";

// The Feeds page's calls, typed from the server's routes like api-client.ts.

const client = () => rawClient(window.location.origin);
type Client = ReturnType<typeof client>;

export type Feed = InferResponseType<Client["api"]["feeds"]["$get"], 200>["items"][number];
export type FeedDetail = InferResponseType<Client["api"]["feeds"][":id"]["$get"], 200>;
export type JobStats = InferResponseType<Client["api"]["jobs"]["stats"]["$get"], 200>;

async function body<T>(pending: Promise<Response>): Promise<T> {
  const response = await pending;
  if (!response.ok) throw await errorFromResponse(response);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const feedsApi = {
  list: async () => (await body<{ items: Feed[] }>(client().api.feeds.$get())).items,
  detail: (id: string, signal?: AbortSignal) =>
    body<FeedDetail>(
      client().api.feeds[":id"].$get({ param: { id } }, signal ? { init: { signal } } : undefined),
    ),
  stats: () => body<JobStats>(client().api.jobs.stats.$get()),
  add: (url: string, outlet: string) =>
    body<Feed>(client().api.feeds.$post({ json: { url, outlet } })),
  setPaused: (id: string, paused: boolean) =>
    body<Feed>(client().api.feeds[":id"].$patch({ param: { id }, json: { paused } })),
  remove: (id: string) => body<void>(client().api.feeds[":id"].$delete({ param: { id } })),
};
