import { ALIGNER_VERSION } from "@parallax/aligner";
import { createApp } from "./app.ts";
import { ArticleIngest } from "./articles/article-ingest.ts";
import { ComparisonService } from "./comparisons/comparison-service.ts";
import { type Config, comparisonLimits } from "./config.ts";
import { openConfiguredDatabase } from "./db/open-configured-database.ts";
import { createStore } from "./db/store.ts";
import { loadDemoStory } from "./demo/load-demo-story.ts";
import { createJobQueue, startJobs } from "./jobs/job-runtime.ts";
import { createLogger, type Logger } from "./logger.ts";
import { createWorkerPool } from "./workers/worker-pool.ts";

/** Everything main.ts starts: database (migrated), workers, demo data and the app. */
export async function openParallax(config: Config, logger: Logger = createLogger(config.logLevel)) {
  const { database, migration } = await openConfiguredDatabase(config);
  if (migration.applied.length > 0)
    logger.info("migrations applied", { applied: migration.applied });
  const store = createStore(database);
  const pool = createWorkerPool({ size: config.workers, logger });
  const clock = () => new Date();
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
  const app = createApp({ store, config, clock, logger, pool, jobs, ingest, comparisons });

  if (migration.created && config.demo) {
    try {
      const ingest = new ArticleIngest(store, pool, config, clock, ALIGNER_VERSION);
      const demo = await loadDemoStory(store, ingest, clock());
      logger.info("demo story loaded", demo);
      // Compare now, in the background, so the first visitor sees the story's conflicts at once.
      comparisons
        .get(demo.storyId)
        .then(() => logger.info("demo comparison cached", { storyId: demo.storyId }))
        .catch((error: unknown) =>
          logger.error("demo comparison failed", {
            error: error instanceof Error ? error.message : String(error),
          }),
        );
    } catch (error) {
      logger.error("demo story could not be loaded", {
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  }

  // With the embedded database this process runs the feeds and re-fetches itself; on PostgreSQL
  // `pnpm worker` processes do unless PARALLAX_API_JOBS=1.
  const running = config.jobs.runInApi
    ? await startJobs({
        store,
        pool,
        config,
        clock,
        logger,
        alignerVersion: ALIGNER_VERSION,
        ingest,
        comparisons,
        queue: jobs,
      })
    : null;

  return {
    app,
    store,
    pool,
    async close() {
      await running?.stop();
      await jobs.stop();
      await pool.close();
      await database.close();
    },
  };
}
