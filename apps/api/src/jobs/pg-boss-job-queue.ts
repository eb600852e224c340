import pg from "pg";
import PgBoss from "pg-boss";
import type { Logger } from "../logger.ts";
import {
  emptyQueueStats,
  JOB_NAMES,
  type JobName,
  type JobQueue,
  type RetryPolicy,
  SINGLETON_JOBS,
  singletonKeyOf,
} from "./job-queue.ts";
import { runLoggedJob } from "./run-logged-job.ts";

export type PgBossOptions = {
  url: string;
  /** Schema of pg-boss's own tables. */
  schema: string;
  policy: RetryPolicy;
  /** How often expired (crashed) jobs are found and retried. */
  maintenanceIntervalSeconds: number;
  pollingIntervalSeconds: number;
};

const deadLetterOf = (name: JobName) => `${name}-dead`;

/** pg-boss's schema for a Parallax schema: beside it, so dropping one test schema's pair is easy. */
export function pgBossSchemaFor(databaseSchema: string | null): string {
  return databaseSchema ? `${databaseSchema.slice(0, 58)}_jobs` : "parallax_jobs";
}

/**
 * Runs `work` while holding a PostgreSQL session advisory lock named by `name`, on a connection
 * of its own. Processes started together on a fresh database all create pg-boss's tables and
 * queue partitions at once, and PostgreSQL then aborted one with "deadlock detected" (the
 * worker exited); one process at a time, the later ones find everything made.
 */
async function oneAtATime(url: string, name: string, work: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext($1))", [name]);
    await work();
  } finally {
    await client.end();
  }
}

/**
 * Jobs on PostgreSQL through pg-boss 10: retries with exponential back-off, a dead-letter queue
 * per kind, "stately" queues (one queued and one active job per singleton key, e.g. per feed),
 * and expiry, so a job whose worker was killed is retried by another. Started on first use, so an
 * API process that never sends a job creates no pg-boss schema.
 */
export function createPgBossJobQueue(options: PgBossOptions, logger: Logger): JobQueue {
  let boss: PgBoss | null = null;
  let started: Promise<PgBoss> | null = null;
  const start = () => {
    started ??= (async () => {
      const created = new PgBoss({
        connectionString: options.url,
        schema: options.schema,
        max: 4,
        maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
        schedule: false,
      });
      created.on("error", (error) => logger.error("pg-boss", { error: error.message }));
      boss = created;
      await oneAtATime(options.url, `parallax pg-boss set-up ${options.schema}`, async () => {
        await created.start();
        await createQueues(created);
      });
      return created;
    })();
    return started;
  };
  const createQueues = async (created: PgBoss) => {
    for (const name of JOB_NAMES) {
      await created.createQueue(deadLetterOf(name), {
        name: deadLetterOf(name),
        policy: "standard",
      });
      await created.createQueue(name, {
        name,
        policy: SINGLETON_JOBS.has(name) ? "stately" : "standard",
        retryLimit: options.policy.retryLimit,
        retryDelay: options.policy.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: options.policy.expireInSeconds,
        deadLetter: deadLetterOf(name),
      });
    }
  };

  return {
    backend: "pg-boss",
    async send(name, data, singletonKey) {
      const boss = await start();
      const key = singletonKeyOf(name, singletonKey);
      await boss.send(name, data, key ? { singletonKey: key } : {});
    },
    async work(handlers, concurrency) {
      const boss = await start();
      for (const name of JOB_NAMES) {
        const handler = handlers[name] as (data: unknown) => Promise<void>;
        // pg-boss 10 runs one batch at a time per work() call: one call per concurrent slot.
        for (let slot = 0; slot < Math.max(1, concurrency); slot++) {
          await boss.work(
            name,
            { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds },
            async ([job]) => {
              if (!job) return;
              await runLoggedJob(logger, { name, data: job.data, fields: { id: job.id } }, handler);
            },
          );
        }
      }
    },
    async stats() {
      const boss = await start();
      const { rows } = (await boss
        .getDb()
        .executeSql(
          `select name, state, count(*)::int as n from ${options.schema}.job group by name, state`,
          [],
        )) as { rows: { name: string; state: string; n: number }[] };
      const byName = emptyQueueStats();
      for (const row of rows) {
        const dead = JOB_NAMES.find((name) => deadLetterOf(name) === row.name);
        const stats = byName.get(dead ?? (row.name as JobName));
        if (!stats) continue;
        // A dead-lettered job is a failure of its kind, whatever happens to the copy.
        if (dead) stats.failed += row.n;
        else if (row.state === "created" || row.state === "retry") stats.queued += row.n;
        else if (row.state === "active") stats.active += row.n;
        else if (row.state === "completed") stats.completed += row.n;
      }
      return { backend: "pg-boss", queues: [...byName.values()] };
    },
    async stop() {
      if (!started) return;
      await started.catch(() => undefined);
      await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
