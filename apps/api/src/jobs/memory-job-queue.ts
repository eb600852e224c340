import type { Logger } from "../logger.ts";
import {
  emptyQueueStats,
  JOB_NAMES,
  type JobHandlers,
  type JobName,
  type JobQueue,
  type RetryPolicy,
  singletonKeyOf,
} from "./job-queue.ts";
import { runLoggedJob } from "./run-logged-job.ts";

type Entry = { name: JobName; data: unknown; key: string | null; attempt: number };

/**
 * The job queue of the embedded set-up: jobs run in this process, with the same retries,
 * back-off, dead-letter count and per-key singletons as on PostgreSQL. It holds nothing durable:
 * the scheduler finds unfinished work again in the database after a restart.
 */
export function createMemoryJobQueue(policy: RetryPolicy, logger: Logger): JobQueue {
  const queues = new Map<JobName, Entry[]>(JOB_NAMES.map((name) => [name, []]));
  const counts = emptyQueueStats();
  const waitingKeys = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  let handlers: JobHandlers | null = null;
  let concurrency = 1;
  let stopped = false;
  const idle: (() => void)[] = [];

  const keyOf = (name: JobName, key: string | null) => (key === null ? null : `${name}:${key}`);

  function enqueue(entry: Entry) {
    queues.get(entry.name)!.push(entry);
    const stats = counts.get(entry.name)!;
    stats.queued++;
    const key = keyOf(entry.name, entry.key);
    if (key) waitingKeys.add(key);
    pump(entry.name);
  }

  function pump(name: JobName) {
    const queue = queues.get(name)!;
    const stats = counts.get(name)!;
    while (handlers && !stopped && stats.active < concurrency && queue.length > 0) {
      const entry = queue.shift()!;
      stats.queued--;
      stats.active++;
      const key = keyOf(name, entry.key);
      if (key) waitingKeys.delete(key);
      run(entry).finally(() => {
        stats.active--;
        pump(name);
        if ([...counts.values()].every((s) => s.active === 0))
          for (const resolve of idle.splice(0)) resolve();
      });
    }
  }

  async function run(entry: Entry) {
    const stats = counts.get(entry.name)!;
    const retry = entry.attempt < policy.retryLimit;
    try {
      await runLoggedJob(
        logger,
        { name: entry.name, data: entry.data, fields: { attempt: entry.attempt } },
        handlers![entry.name] as (data: unknown) => Promise<void>,
        retry ? "job failed, will retry" : "job failed",
      );
      stats.completed++;
    } catch {
      if (!retry) {
        stats.failed++;
        return;
      }
      const delayMs = policy.retryDelaySeconds * 1000 * 2 ** entry.attempt;
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!stopped) enqueue({ ...entry, attempt: entry.attempt + 1 });
      }, delayMs);
      timer.unref();
      timers.add(timer);
    }
  }

  return {
    backend: "memory",
    async send(name, data, singletonKey) {
      if (stopped) return;
      const key = singletonKeyOf(name, singletonKey);
      const full = keyOf(name, key);
      if (full && waitingKeys.has(full)) return;
      enqueue({ name, data, key, attempt: 0 });
    },
    async work(given, perKind) {
      handlers = given;
      concurrency = Math.max(1, perKind);
      for (const name of JOB_NAMES) pump(name);
    },
    async stats() {
      return { backend: "memory", queues: JOB_NAMES.map((name) => ({ ...counts.get(name)! })) };
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      if ([...counts.values()].some((s) => s.active > 0))
        await new Promise<void>((resolve) => idle.push(resolve));
    },
  };
}
