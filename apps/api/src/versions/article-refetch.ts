import { type Article, IngestError } from "@parallax/core";
import type { ArticleWatchRow } from "../db/feed-tables.ts";
import { parseStoredArticle } from "../db/repositories/article-repository.ts";
import { ApiError } from "../errors.ts";
import { fetchArticlePage } from "../ingest/fetch-article-page.ts";
import { plusSeconds } from "../iso-timestamps.ts";
import type { JobDeps } from "../jobs/job-runtime.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";

/** When the fetch after `done` fetches is due: first seen + the schedule's next delay. */
export function nextRefetchAt(
  watch: Pick<ArticleWatchRow, "first_seen_at">,
  done: number,
  schedule: readonly number[],
): string | null {
  const delay = schedule[done];
  return delay === undefined ? null : plusSeconds(watch.first_seen_at, delay);
}

/** Page chrome, ads and timestamps change the hash of a page; only headline and body count. */
const sameContent = (a: Article, b: Article) => a.headline === b.headline && a.body === b.body;

export type RefetchOutcome =
  | { status: "changed"; version: number; storyId: string | null }
  | { status: "unchanged" | "failed" | "skipped" };

/**
 * Fetches a watched article's page again. A changed headline or body is stored as a new version
 * and becomes the article the story compares; the next fetch is scheduled from the decaying
 * schedule. A failed fetch is recorded on the watch and the schedule goes on.
 */
export async function refetchArticle(
  deps: Pick<JobDeps, "store" | "pool" | "config" | "clock" | "logger" | "alignerVersion">,
  articleKey: string,
): Promise<RefetchOutcome> {
  const { store, logger } = deps;
  const watch = await store.versions.findWatch(articleKey);
  if (!watch?.url) return { status: "skipped" };
  const row = await store.articles.find(watch.current_id);
  if (!row) {
    await store.versions.stopWatching(articleKey);
    return { status: "skipped" };
  }
  const fetchedAt = deps.clock().toISOString();
  const next = nextRefetchAt(watch, watch.fetch_count + 1, deps.config.jobs.refetchAfterSeconds);
  let fresh: Awaited<ReturnType<WorkerPool["run"]>> & { article: Article };
  try {
    const page = await fetchArticlePage(watch.url, deps.config.fetch);
    fresh = await deps.pool.run(
      "ingest",
      page.kind === "html"
        ? { outlet: row.outlet_name, url: page.url, html: page.body }
        : { outlet: row.outlet_name, url: page.url, text: page.body },
    );
  } catch (error) {
    if (!(error instanceof ApiError || error instanceof IngestError)) throw error;
    await store.versions.recordFetch(articleKey, {
      fetchedAt,
      nextFetchAt: next,
      error: `${error.code}: ${error.message}`,
    });
    logger.info("article re-fetch failed", { articleKey, code: error.code });
    return { status: "failed" };
  }
  const current = parseStoredArticle(row.article_json);
  let version: number | null = null;
  if (!sameContent(current, fresh.article)) {
    version = await store.versions.storeVersion({
      watch,
      article: fresh.article,
      extractionJson: fresh.extractionJson,
      extractionVersion: deps.alignerVersion,
      signature: fresh.signature,
      fetchedAt,
    });
  }
  await store.versions.recordFetch(articleKey, { fetchedAt, nextFetchAt: next, error: null });
  if (version === null) return { status: "unchanged" };
  logger.info("article changed", { articleKey, version, storyId: row.story_id });
  return { status: "changed", version, storyId: row.story_id };
}
