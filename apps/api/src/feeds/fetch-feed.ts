import type { FeedRow } from "../db/feed-tables.ts";
import { type FetchPolicy, fetchSafely } from "../ingest/fetch-article-page.ts";

const FEED_REQUEST = {
  types: {
    "application/rss+xml": "xml",
    "application/atom+xml": "xml",
    "application/rdf+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/feed+json": "json",
    "application/json": "json",
    // Many servers label feeds as plain text or HTML; the parser decides what it really is.
    "text/plain": "xml",
    "text/html": "xml",
  },
  accept:
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, application/json;q=0.8, text/xml;q=0.8, */*;q=0.1",
  noun: "feed",
} as const;

export type FetchedFeed =
  | { notModified: true }
  | {
      notModified: false;
      url: string;
      body: string;
      etag: string | null;
      lastModified: string | null;
    };

/**
 * The feed through the safe fetcher (same address policy, time and size limits, redirects), as a
 * conditional request when the last answer carried an ETag or Last-Modified.
 */
export async function fetchFeed(
  feed: Pick<FeedRow, "url" | "etag" | "last_modified">,
  policy: FetchPolicy,
): Promise<FetchedFeed> {
  const headers: Record<string, string> = {};
  if (feed.etag) headers["if-none-match"] = feed.etag;
  if (feed.last_modified) headers["if-modified-since"] = feed.last_modified;
  const page = await fetchSafely(feed.url, policy, {
    ...FEED_REQUEST,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
  });
  if ("notModified" in page) return { notModified: true };
  const body =
    typeof page.body === "string" ? page.body : new TextDecoder("utf-8").decode(page.body);
  return {
    notModified: false,
    url: page.url,
    body,
    etag: page.etag,
    lastModified: page.lastModified,
  };
}
