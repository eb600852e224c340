import type { Store } from "../db/store.ts";
import { ApiError } from "../errors.ts";
import type { FetchPolicy } from "../ingest/fetch-article-page.ts";
import type { Logger } from "../logger.ts";
import { fetchFeed } from "./fetch-feed.ts";
import { FeedFormatError, readFeed } from "./parse-feed.ts";

/** A failed poll as the feed's status shows it; null for errors that are not the feed's fault. */
export function feedError(
  error: unknown,
  policy: FetchPolicy,
): { code: string; message: string } | null {
  if (error instanceof FeedFormatError) return { code: error.code, message: error.message };
  if (error instanceof ApiError) {
    if (error.code === "PAGE_TOO_LARGE") {
      return {
        code: "FEED_TOO_LARGE",
        message: `the feed is larger than ${policy.maxBytes} bytes (PARALLAX_FETCH_MAX_BYTES)`,
      };
    }
    if (error.code === "FETCH_TIMEOUT") {
      return { code: error.code, message: `the feed did not arrive within ${policy.timeoutMs} ms` };
    }
    return { code: error.code, message: error.message };
  }
  return null;
}

/**
 * Polls one feed: a conditional GET through the safe fetcher, then every item not seen before
 * (by GUID) is stored as pending. Returns the new items' ids. A feed's own failure (refused,
 * too large, not a feed, timeout…) is recorded on the feed, which backs off; it never throws
 * for those, so one bad feed never holds up the others.
 */
export async function pollFeed(
  deps: { store: Store; policy: FetchPolicy; clock: () => Date; logger: Logger },
  feedId: string,
): Promise<string[]> {
  const { store, policy, logger } = deps;
  const feed = await store.feeds.find(feedId);
  if (!feed || feed.paused === 1) return [];
  const now = deps.clock().toISOString();
  try {
    const fetched = await fetchFeed(feed, policy);
    if (fetched.notModified) {
      await store.feeds.recordPoll(feed, { status: "not_modified" }, now);
      logger.info("feed not modified", { feedId });
      return [];
    }
    const parsed = readFeed(fetched.body, fetched.url);
    const ids = await store.feedItems.insertNew(feed.id, parsed.entries, now);
    await store.feeds.recordPoll(
      feed,
      { status: "ok", etag: fetched.etag, lastModified: fetched.lastModified },
      now,
    );
    logger.info("feed polled", {
      feedId,
      format: parsed.format,
      items: parsed.entries.length,
      new: ids.length,
      skipped: parsed.skipped,
    });
    return ids;
  } catch (error) {
    const failure = feedError(error, policy);
    if (!failure) throw error;
    await store.feeds.recordPoll(feed, { status: "error", ...failure }, now);
    logger.info("feed failed", { feedId, ...failure });
    return [];
  }
}
