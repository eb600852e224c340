import type { ArticleIngest } from "./articles/article-ingest.ts";
import type { ComparisonService } from "./comparisons/comparison-service.ts";
import type { Config } from "./config.ts";
import type { Store } from "./db/store.ts";
import type { JobQueue } from "./jobs/job-queue.ts";
import type { Logger } from "./logger.ts";
import type { WorkerPool } from "./workers/worker-pool.ts";

/** Everything a route needs, built once by createApp. */
export type AppContext = {
  store: Store;
  config: Config;
  clock: () => Date;
  logger: Logger;
  pool: WorkerPool;
  alignerVersion: string;
  comparisons: ComparisonService;
  ingest: ArticleIngest;
  /** Background jobs (feeds, re-fetches, comparisons); only read by routes (stats). */
  jobs: JobQueue;
};
