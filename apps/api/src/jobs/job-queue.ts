/** The kinds of background work and the data each job carries (ids only: rows hold the rest). */
export type JobData = {
  "feed-poll": { feedId: string };
  "item-ingest": { itemId: string };
  "article-refetch": { articleKey: string };
  "story-compare": { storyId: string };
};
export type JobName = keyof JobData;
export const JOB_NAMES: readonly JobName[] = [
  "feed-poll",
  "item-ingest",
  "article-refetch",
  "story-compare",
];

/** Jobs with the same key of one kind are not queued twice (one poll per feed at a time). */
export const SINGLETON_JOBS: ReadonlySet<JobName> = new Set([
  "feed-poll",
  "article-refetch",
  "story-compare",
]);

/** The key that keeps a job single, or null when its kind is not a singleton or none is given. */
export function singletonKeyOf(name: JobName, key: string | undefined): string | null {
  return SINGLETON_JOBS.has(name) && key ? key : null;
}

export type JobHandlers = { [N in JobName]: (data: JobData[N]) => Promise<void> };

export type QueueStats = {
  name: JobName;
  queued: number;
  active: number;
  completed: number;
  /** Failed for good after the retries (dead-lettered). */
  failed: number;
};

/** Zero counts for every kind, in JOB_NAMES order. */
export function emptyQueueStats(): Map<JobName, QueueStats> {
  return new Map(
    JOB_NAMES.map((name) => [name, { name, queued: 0, active: 0, completed: 0, failed: 0 }]),
  );
}

export type JobStats = { backend: "memory" | "pg-boss"; queues: QueueStats[] };

export type RetryPolicy = {
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
};

/** A job queue: in memory for the embedded database, pg-boss on PostgreSQL. */
export type JobQueue = {
  readonly backend: JobStats["backend"];
  send<N extends JobName>(name: N, data: JobData[N], singletonKey?: string): Promise<void>;
  /** Starts running jobs of every kind here, at most `concurrency` at once per kind. */
  work(handlers: JobHandlers, concurrency: number): Promise<void>;
  stats(): Promise<JobStats>;
  stop(): Promise<void>;
};
