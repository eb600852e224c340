import { ALIGNER_VERSION } from "@parallax/aligner";
import { ArticleIngest } from "./articles/article-ingest.ts";
import { ComparisonService } from "./comparisons/comparison-service.ts";
import { type Config, comparisonLimits } from "./config.ts";
import type { Database } from "./db/open-database.ts";
import { createStore } from "./db/store.ts";
import { createJobQueue, startJobs } from "./jobs/job-runtime.ts";
import type { Logger } from "./logger.ts";
import { createWorkerPool } from "./workers/worker-pool.ts";

/**
 * The parts an API process, a `pnpm worker` process and the test app are made of, wired once:
 * the store over an opened database, the worker-thread pool, one ingest (so grouping shares its
 * lock), one comparison service (so the cache is shared) and the job queue the config calls for.
 */
export function createParallaxRuntime(
  database: Database,
  config: Config,
  logger: Logger,
  clock: () => Date = () => new Date(),
) {
  const store = createStore(database);
  const pool = createWorkerPool({ size: config.workers, logger });
  const comparisons = new ComparisonService(
    store,
    pool,
    ALIGNER_VERSION,
    clock,
    logger,
    comparisonLimits(config),
  );
  const ingest = new ArticleIngest(store, pool, config, clock, ALIGNER_VERSION);
  const jobs = createJobQueue(config, logger);
  let running: { stop(): Promise<void> } | null = null;
  return {
    database,
    store,
    pool,
    clock,
    comparisons,
    ingest,
    jobs,
    /** Runs feed polls, item ingests, re-fetches and comparisons in this process. */
    async startJobs() {
      running ??= await startJobs({
        store,
        pool,
        config,
        clock,
        logger,
        alignerVersion: ALIGNER_VERSION,
        ingest,
        comparisons,
        queue: jobs,
      });
    },
    /** Stops the jobs (letting running ones finish), the workers, then the database. */
    async close() {
      await running?.stop();
      await jobs.stop();
      await pool.close();
      await database.close();
    },
  };
}

export type ParallaxRuntime = ReturnType<typeof createParallaxRuntime>;
