import { IngestError } from "@parallax/core";
import type { ArticleIngest } from "../articles/article-ingest.ts";
import type { Store } from "../db/store.ts";
import { ApiError } from "../errors.ts";
import type { Logger } from "../logger.ts";

/** Errors another attempt may cure (the server was down or slow); others mark the item failed. */
const isTransient = (error: ApiError) => error.status === 502 || error.status === 504;

export type ItemOutcome =
  | { status: "ingested" | "duplicate"; articleKey: string; storyId: string | null }
  | { status: "failed" | "skipped" };

/**
 * Turns one pending feed item into an article: its page is fetched through the safe fetcher,
 * parsed, extracted and grouped (ArticleIngest). An item whose URL or content is already an
 * article is linked to it instead (duplicates never make two articles). A page that cannot be
 * used marks only this item failed; a transient fetch failure is thrown so the job is retried.
 */
export async function ingestFeedItem(
  deps: { store: Store; ingest: ArticleIngest; logger: Logger; maxAttempts: number },
  itemId: string,
): Promise<ItemOutcome> {
  const { store, logger } = deps;
  const item = await store.feedItems.find(itemId);
  if (item?.status !== "pending") return { status: "skipped" };
  const feed = await store.feeds.find(item.feed_id);
  if (!feed) return { status: "skipped" };

  const known =
    (await store.feedItems.articleKeyForUrl(item.url)) ?? (await articleKeyOfUrl(store, item.url));
  if (known) {
    // Stored by an earlier attempt at this very item (its worker died before marking it), or
    // brought by another item: only the latter is a duplicate.
    const status = (await store.feedItems.otherItemHas(known, item.id)) ? "duplicate" : "ingested";
    await store.feedItems.markDone(item.id, status, known);
    return { status, articleKey: known, storyId: null };
  }

  await store.feedItems.markAttempt(item.id);
  try {
    const result = await deps.ingest.add({ outlet: feed.outlet, url: item.url });
    const articleKey = await store.versions.keyOf(result.article.id);
    // Not created here can still be this item's own article: a killed worker stored it and the
    // retried job finds it. It is a duplicate only when another item brought it.
    const status =
      result.created || !(await store.feedItems.otherItemHas(articleKey, item.id))
        ? "ingested"
        : "duplicate";
    await store.feedItems.markDone(item.id, status, articleKey);
    logger.info("feed item ingested", { itemId, feedId: feed.id, status, storyId: result.storyId });
    return { status, articleKey, storyId: result.storyId };
  } catch (error) {
    const failure = error instanceof ApiError ? error : error instanceof IngestError ? error : null;
    if (!failure) throw error;
    const transient = failure instanceof ApiError && isTransient(failure);
    const final = !transient || item.attempts + 1 >= deps.maxAttempts;
    await store.feedItems.markError(item.id, failure.code, failure.message, final);
    logger.info("feed item failed", { itemId, code: failure.code, final });
    if (!final) throw error;
    return { status: "failed" };
  }
}

async function articleKeyOfUrl(store: Store, url: string): Promise<string | null> {
  const row = await store.database.db
    .selectFrom("articles")
    .select("id")
    .where("url", "=", url)
    .limit(1)
    .executeTakeFirst();
  return row ? store.versions.keyOf(row.id) : null;
}
