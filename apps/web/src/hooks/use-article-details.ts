import { useEffect, useState } from "react";
import type { ApiClient, ArticleDetail } from "../api-client.ts";

export type DetailState = ArticleDetail | Error;

// Articles are immutable (their id is a content hash), so one fetch per id serves the session.
const cache = new Map<string, Promise<ArticleDetail>>();

// A story of fifty articles would otherwise fire fifty requests at once and hold up whatever
// the reader asks for next (another story's comparison, say).
const MAX_IN_FLIGHT = 4;
let inFlight = 0;
const waiting: (() => void)[] = [];

async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
  inFlight++;
  try {
    return await task();
  } finally {
    inFlight--;
    waiting.shift()?.();
  }
}

function fetchDetail(api: ApiClient, id: string): Promise<ArticleDetail> {
  let pending = cache.get(id);
  if (!pending) {
    pending = limited(() => api.getArticle(id));
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}

/**
 * Full articles and extractions for the given ids, filled in as they arrive. The grid renders
 * from the comparison alone; these add bylines, sources, the article text and quotes.
 */
export function useArticleDetails(
  api: ApiClient,
  ids: readonly string[],
): ReadonlyMap<string, DetailState> {
  const [details, setDetails] = useState<ReadonlyMap<string, DetailState>>(new Map());
  const key = ids.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `ids`.
  useEffect(() => {
    let live = true;
    for (const id of ids) {
      fetchDetail(api, id).then(
        (detail) => live && setDetails((current) => new Map(current).set(id, detail)),
        (error: unknown) =>
          live &&
          setDetails((current) =>
            new Map(current).set(id, error instanceof Error ? error : new Error(String(error))),
          ),
      );
    }
    return () => {
      live = false;
    };
  }, [api, key]);
  return details;
}
