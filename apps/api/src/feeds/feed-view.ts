import type { FeedItemRow, FeedRow } from "../db/feed-tables.ts";
import type { ItemCounts } from "../db/repositories/feed-item-repository.ts";
import type { Feed } from "../schemas/feed-schemas.ts";

const NO_ITEMS: ItemCounts = { pending: 0, ingested: 0, duplicate: 0, failed: 0 };

/** A feed row as the API shows it. */
export function toFeed(row: FeedRow, counts: ItemCounts | undefined): Feed {
  return {
    id: row.id,
    url: row.url,
    outlet: row.outlet,
    paused: Number(row.paused) === 1,
    intervalSeconds: Number(row.interval_seconds),
    status: row.last_status ?? "new",
    lastPolledAt: row.last_polled_at,
    lastError:
      row.last_error_code && row.last_error
        ? { code: row.last_error_code, message: row.last_error }
        : null,
    consecutiveFailures: Number(row.consecutive_failures),
    nextPollAt: row.next_poll_at,
    createdAt: row.created_at,
    items: counts ?? NO_ITEMS,
  };
}

export function toFeedItem(
  row: FeedItemRow,
  currentIds: Map<string, string>,
  storyIds: Map<string, string | null>,
) {
  const articleId = row.article_key ? (currentIds.get(row.article_key) ?? row.article_key) : null;
  return {
    id: row.id,
    guid: row.guid,
    url: row.url,
    title: row.title,
    publishedAt: row.published_at,
    firstSeenAt: row.first_seen_at,
    status: row.status,
    articleId,
    storyId: articleId ? (storyIds.get(articleId) ?? null) : null,
    error: row.error_code && row.error ? { code: row.error_code, message: row.error } : null,
  };
}
