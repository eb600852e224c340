import { ALIGNER_VERSION } from "@parallax/aligner";
import { ArticleIngest } from "./articles/article-ingest.ts";
import { ComparisonService } from "./comparisons/comparison-service.ts";
import { ConfigError, comparisonLimits, loadConfig } from "./config.ts";
import { openConfiguredDatabase } from "./db/open-configured-database.ts";
import { createStore } from "./db/store.ts";
import { createJobQueue, startJobs } from "./jobs/job-runtime.ts";
import { createLogger } from "./logger.ts";
import { createWorkerPool } from "./workers/worker-pool.ts";

// `pnpm worker`: a process that runs feed polls, page fetches, extraction, re-fetches and
// comparisons from the PostgreSQL job queue. Start as many as needed, on any machine that
// reaches the database; API processes and workers scale independently.

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`parallax worker: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  if (!config.databaseUrl) {
    process.stderr.write(
      "parallax worker: DATABASE_URL is not set. Workers share their jobs through PostgreSQL; with the embedded database the API process (pnpm start) runs the jobs itself.\n",
    );
    process.exit(2);
  }
  const logger = createLogger(config.logLevel);
  const { database } = await openConfiguredDatabase(config);
  const store = createStore(database);
  const pool = createWorkerPool({ size: config.workers, logger });
  const clock = () => new Date();
  const queue = createJobQueue(config, logger);
  const jobs = await startJobs({
    store,
    pool,
    config,
    clock,
    logger,
    alignerVersion: ALIGNER_VERSION,
    ingest: new ArticleIngest(store, pool, config, clock, ALIGNER_VERSION),
    comparisons: new ComparisonService(
      store,
      pool,
      ALIGNER_VERSION,
      clock,
      logger,
      comparisonLimits(config),
    ),
    queue,
  });
  process.stdout.write(`Parallax worker running (pid ${process.pid})\n`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info("worker shutting down", { signal });
    setTimeout(() => process.exit(1), 15_000).unref();
    jobs
      .stop()
      .then(() => pool.close())
      .then(() => database.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `parallax worker: failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
