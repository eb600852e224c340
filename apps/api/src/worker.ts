import { openConfiguredDatabase } from "./db/open-configured-database.ts";
import { loadConfigOrExit } from "./load-config-or-exit.ts";
import { createLogger } from "./logger.ts";
import { createParallaxRuntime } from "./parallax-runtime.ts";

// `pnpm worker`: a process that runs feed polls, page fetches, extraction, re-fetches and
// comparisons from the PostgreSQL job queue. Start as many as needed, on any machine that
// reaches the database; API processes and workers scale independently.

async function main() {
  const config = loadConfigOrExit("parallax worker");
  if (!config.databaseUrl) {
    process.stderr.write(
      "parallax worker: DATABASE_URL is not set. Workers share their jobs through PostgreSQL; with the embedded database the API process (pnpm start) runs the jobs itself.\n",
    );
    process.exit(2);
  }
  const logger = createLogger(config.logLevel);
  const { database } = await openConfiguredDatabase(config);
  const runtime = createParallaxRuntime(database, config, logger);
  await runtime.startJobs();
  process.stdout.write(`Parallax worker running (pid ${process.pid})\n`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info("worker shutting down", { signal });
    setTimeout(() => process.exit(1), 15_000).unref();
    runtime.close().then(
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
