import PgBoss from "pg-boss";
import type { Logger } from "../logger.ts";
import {
  JOB_NAMES,
  type JobData,
  type JobHandlers,
  type JobName,
  type JobQueue,
  type QueueStats,
  type RetryPolicy,
  SINGLETON_JOBS,
} from "./job-queue.ts";

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
      await created.start();
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
      return created;
    })();
    return started;
  };

  return {
    backend: "pg-boss",
    async send<N extends JobName>(name: N, data: JobData[N], singletonKey?: string) {
      const boss = await start();
      await boss.send(name, data, SINGLETON_JOBS.has(name) && singletonKey ? { singletonKey } : {});
    },
    async work(handlers: JobHandlers, concurrency: number) {
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
              const startedAt = performance.now();
              try {
                await handler(job.data);
                logger.debug("job done", {
                  job: name,
                  id: job.id,
                  data: job.data,
                  ms: Math.round(performance.now() - startedAt),
                });
              } catch (error) {
                logger.info("job failed", {
                  job: name,
                  id: job.id,
                  data: job.data,
                  error: error instanceof Error ? error.message : String(error),
                });
                throw error;
              }
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
      const byName = new Map<string, QueueStats>(
        JOB_NAMES.map((name) => [name, { name, queued: 0, active: 0, completed: 0, failed: 0 }]),
      );
      for (const row of rows) {
        const dead = JOB_NAMES.find((name) => deadLetterOf(name) === row.name);
        const stats = byName.get(dead ?? row.name);
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
