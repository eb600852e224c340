import type { ArticleIngest } from "../articles/article-ingest.ts";
import type { ComparisonService } from "../comparisons/comparison-service.ts";
import type { Config } from "../config.ts";
import type { Store } from "../db/store.ts";
import { ApiError } from "../errors.ts";
import { ingestFeedItem } from "../feeds/feed-item-ingest.ts";
import { pollFeed } from "../feeds/feed-poller.ts";
import type { Logger } from "../logger.ts";
import { refetchArticle } from "../versions/article-refetch.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";
import type { JobHandlers, JobQueue } from "./job-queue.ts";
import { JobScheduler } from "./job-scheduler.ts";
import { createMemoryJobQueue } from "./memory-job-queue.ts";
import { createPgBossJobQueue, pgBossSchemaFor } from "./pg-boss-job-queue.ts";

export type JobDeps = {
  store: Store;
  pool: WorkerPool;
  config: Config;
  clock: () => Date;
  logger: Logger;
  alignerVersion: string;
  ingest: ArticleIngest;
  comparisons: ComparisonService;
  queue: JobQueue;
};

/** The queue the config calls for: pg-boss with DATABASE_URL, else in memory. */
export function createJobQueue(config: Config, logger: Logger): JobQueue {
  const { jobs } = config;
  const policy = {
    retryLimit: jobs.retryLimit,
    retryDelaySeconds: jobs.retryDelaySeconds,
    expireInSeconds: jobs.expireInSeconds,
  };
  if (!config.databaseUrl) return createMemoryJobQueue(policy, logger);
  return createPgBossJobQueue(
    {
      url: config.databaseUrl,
      schema: pgBossSchemaFor(config.databaseSchema),
      policy,
      maintenanceIntervalSeconds: jobs.maintenanceIntervalSeconds,
      pollingIntervalSeconds: jobs.pollingIntervalSeconds,
    },
    logger,
  );
}

/** What each kind of job does. Every write is idempotent, so a retried job changes nothing twice. */
export function createJobHandlers(deps: JobDeps): JobHandlers {
  const { store, queue, logger } = deps;
  // Jobs write without a request: this process's remembered comparison keys may be stale now.
  const written = () => deps.comparisons.invalidate();
  const compareLater = (storyId: string | null) =>
    storyId ? queue.send("story-compare", { storyId }, storyId) : Promise.resolve();
  return {
    async "feed-poll"({ feedId }) {
      const ids = await pollFeed(
        { store, policy: deps.config.fetch, clock: deps.clock, logger },
        feedId,
      );
      for (const itemId of ids) await queue.send("item-ingest", { itemId });
    },
    async "item-ingest"({ itemId }) {
      const outcome = await ingestFeedItem(
        { store, ingest: deps.ingest, logger, maxAttempts: deps.config.jobs.retryLimit + 1 },
        itemId,
      );
      if (outcome.status === "ingested") {
        written();
        await compareLater(outcome.storyId);
      }
    },
    async "article-refetch"({ articleKey }) {
      const outcome = await refetchArticle(deps, articleKey);
      if (outcome.status === "changed") {
        written();
        await compareLater(outcome.storyId);
      }
    },
    async "story-compare"({ storyId }) {
      try {
        await deps.comparisons.get(storyId);
      } catch (error) {
        // The story was deleted or emptied meanwhile: nothing to compare.
        if (error instanceof ApiError && error.status === 404) return;
        throw error;
      }
    },
  };
}

/** Runs jobs in this process: the queue's workers plus the scheduler that sends due work. */
export async function startJobs(deps: JobDeps): Promise<{ stop(): Promise<void> }> {
  await deps.queue.work(createJobHandlers(deps), deps.config.jobs.concurrency);
  const scheduler = new JobScheduler(deps);
  scheduler.start();
  deps.logger.info("jobs started", {
    backend: deps.queue.backend,
    concurrency: deps.config.jobs.concurrency,
  });
  return {
    async stop() {
      await scheduler.stop();
      await deps.queue.stop();
    },
  };
}
