/** Row types of the feed and article-version tables (migration 002). */

export type FeedStatus = "ok" | "not_modified" | "error";

export type FeedRow = {
  id: string;
  url: string;
  /** The outlet name given to every article of this feed. */
  outlet: string;
  /** 1: not polled until resumed. */
  paused: number;
  interval_seconds: number;
  /** Validators from the last 200 answer, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_status: FeedStatus | null;
  last_error_code: string | null;
  last_error: string | null;
  /** Failed polls in a row: the next poll waits interval × 2^failures (capped). */
  consecutive_failures: number;
  next_poll_at: string;
  created_at: string;
  updated_at: string;
};

export type FeedItemStatus = "pending" | "ingested" | "duplicate" | "failed";

export type FeedItemRow = {
  id: string;
  feed_id: string;
  /** The item's GUID / Atom id / JSON Feed id; its link when it has none. */
  guid: string;
  url: string;
  title: string | null;
  /** The item's own date (ISO) as the feed gave it; null when missing or unreadable. */
  published_at: string | null;
  first_seen_at: string;
  status: FeedItemStatus;
  /** `article_versions.article_key` of the article made from this item (stable across versions). */
  article_key: string | null;
  error_code: string | null;
  error: string | null;
  attempts: number;
  /** When a job for this item was last sent; a pending item older than the lease is sent again. */
  enqueued_at: string;
};

export type ArticleVersionRow = {
  article_key: string;
  version: number;
  content_id: string;
  headline: string | null;
  fetched_at: string;
  article_json: string;
  extraction_json: string;
};

export type ArticleWatchRow = {
  article_key: string;
  /** The articles row id (content hash of the latest version). */
  current_id: string;
  /** Null: not re-fetched (no page URL, or the article was added as text). */
  url: string | null;
  first_seen_at: string;
  fetch_count: number;
  /** Null when the schedule is used up. */
  next_fetch_at: string | null;
  last_fetched_at: string | null;
  last_error: string | null;
  /** When the latest new version was stored; null while the article never changed. */
  changed_at: string | null;
};
