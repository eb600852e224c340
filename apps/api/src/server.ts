import { createApp } from "./app.ts";
import type { Config } from "./config.ts";
import { openConfiguredDatabase } from "./db/open-configured-database.ts";
import { loadDemoStory } from "./demo/load-demo-story.ts";
import { createLogger, type Logger } from "./logger.ts";
import { createParallaxRuntime } from "./parallax-runtime.ts";

/** Everything main.ts starts: database (migrated), workers, demo data and the app. */
export async function openParallax(config: Config, logger: Logger = createLogger(config.logLevel)) {
  const { database, migration } = await openConfiguredDatabase(config);
  if (migration.applied.length > 0)
    logger.info("migrations applied", { applied: migration.applied });
  const runtime = createParallaxRuntime(database, config, logger);
  const { store, pool, clock, jobs, ingest, comparisons } = runtime;
  const app = createApp({ store, config, clock, logger, pool, jobs, ingest, comparisons });

  if (migration.created && config.demo) {
    try {
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
  if (config.jobs.runInApi) await runtime.startJobs();

  return { app, store, pool, close: () => runtime.close() };
}
