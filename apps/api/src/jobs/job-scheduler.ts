import type { Config } from "../config.ts";
import type { Store } from "../db/store.ts";
import { plusSeconds } from "../iso-timestamps.ts";
import type { Logger } from "../logger.ts";
import { nextRefetchAt } from "../versions/article-refetch.ts";
import type { JobQueue } from "./job-queue.ts";

const WATCH_BATCH = 200;

/**
 * Sends the work that is due, read from the database (the source of truth, so work lost with a
 * crashed process is found again): feeds whose next poll has come, pending feed items whose job
 * is older than the lease, and articles due for a re-fetch. Each is claimed by moving its due
 * time past the lease in one UPDATE, so several schedulers sharing PostgreSQL send each once.
 */
export class JobScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly deps: {
      store: Store;
      config: Config;
      clock: () => Date;
      logger: Logger;
      queue: JobQueue;
    },
  ) {}

  start(): void {
    const loop = () => {
      this.running = this.tick()
        .then(() => undefined)
        .catch((error: unknown) =>
          this.deps.logger.error("job scheduler tick failed", {
            error: error instanceof Error ? error.message : String(error),
          }),
        )
        .finally(() => {
          this.running = null;
          if (this.timer) this.timer = setTimeout(loop, this.deps.config.jobs.tickMs).unref();
        });
    };
    this.timer = setTimeout(loop, 0).unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass; returns how much was sent (for tests and logs). */
  async tick(): Promise<{ feeds: number; items: number; refetches: number; watched: number }> {
    const { store, queue, config } = this.deps;
    const now = this.deps.clock().toISOString();
    const lease = config.jobs.itemLeaseSeconds;

    const feeds = await store.feeds.claimDue(now, plusSeconds(now, lease));
    for (const feedId of feeds) await queue.send("feed-poll", { feedId }, feedId);

    const items = await store.feedItems.claimStale(plusSeconds(now, -lease), now);
    for (const itemId of items) await queue.send("item-ingest", { itemId });

    let watched = 0;
    for (const row of await store.versions.unwatched(WATCH_BATCH)) {
      // Only pages are fetched again; an article pasted as text has nothing to compare with.
      const format = (JSON.parse(row.article_json) as { format?: string }).format;
      const url = format === "html" ? row.url : null;
      const headline = (JSON.parse(row.article_json) as { headline?: string | null }).headline;
      await store.versions.watch(
        {
          id: row.id,
          url,
          addedAt: row.added_at,
          articleJson: row.article_json,
          extractionJson: row.extraction_json,
          headline: headline ?? null,
        },
        url
          ? nextRefetchAt({ first_seen_at: row.added_at }, 0, config.jobs.refetchAfterSeconds)
          : null,
      );
      watched++;
    }

    const refetches = await store.versions.claimDue(now, plusSeconds(now, lease));
    for (const articleKey of refetches)
      await queue.send("article-refetch", { articleKey }, articleKey);

    if (feeds.length + items.length + refetches.length > 0) {
      this.deps.logger.debug("jobs scheduled", {
        feeds: feeds.length,
        items: items.length,
        refetches: refetches.length,
      });
    }
    return { feeds: feeds.length, items: items.length, refetches: refetches.length, watched };
  }
}
