import { z } from "zod";

/** Settings of feeds, re-fetches and background jobs (env vars in the API README). */
export type JobConfig = {
  /** Run jobs (and the scheduler) inside the API process. */
  runInApi: boolean;
  /** Jobs of one kind running at once in one process. */
  concurrency: number;
  /** Default poll interval of a new feed. */
  feedIntervalSeconds: number;
  /** Re-fetch an article this long after it was first seen, once per entry (decaying schedule). */
  refetchAfterSeconds: number[];
  /** How often due feeds, stale items and due re-fetches are looked for. */
  tickMs: number;
  /** A pending feed item whose job was sent this long ago is sent again (lost job). */
  itemLeaseSeconds: number;
  retryLimit: number;
  retryDelaySeconds: number;
  /** A job running longer than this is taken as crashed and retried (pg-boss). */
  expireInSeconds: number;
  /** pg-boss: how often expired jobs are looked for; how often an idle worker polls. */
  maintenanceIntervalSeconds: number;
  pollingIntervalSeconds: number;
};

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "1h,6h,24h,72h" → seconds; throws a message naming the bad entry. */
export function parseDurations(text: string): number[] {
  if (text.trim() === "") return [];
  return text.split(",").map((part) => {
    const match = part.trim().match(/^(\d+(?:\.\d+)?)([smhd])$/);
    if (!match) throw new Error(`"${part.trim()}" is not a duration like 30s, 15m, 6h or 3d`);
    return Number(match[1]) * UNIT_SECONDS[match[2]!]!;
  });
}

const flag = z
  .enum(["0", "1", "true", "false", "yes", "no", "on", "off"])
  .optional()
  .transform((value) =>
    value === undefined ? undefined : ["1", "true", "yes", "on"].includes(value),
  );

const JobEnvSchema = z.object({
  PARALLAX_API_JOBS: flag,
  PARALLAX_JOB_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  PARALLAX_FEED_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(604_800).default(900),
  PARALLAX_REFETCH_SCHEDULE: z
    .string()
    .default("1h,6h,24h,72h")
    .transform((text, ctx) => {
      try {
        return parseDurations(text);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  PARALLAX_JOB_TICK_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  PARALLAX_ITEM_LEASE_SECONDS: z.coerce.number().int().min(1).default(300),
  PARALLAX_JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(3),
  PARALLAX_JOB_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(5),
  PARALLAX_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  PARALLAX_JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).default(60),
  PARALLAX_JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
});

/** Reads the job settings; `problems` names each bad variable. */
export function loadJobConfig(
  env: Record<string, string | undefined>,
  usesPostgres: boolean,
): { config: JobConfig; problems: [] } | { config: null; problems: string[] } {
  const parsed = JobEnvSchema.safeParse(env);
  if (!parsed.success) {
    return {
      config: null,
      problems: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    };
  }
  const e = parsed.data;
  return {
    problems: [],
    config: {
      // Zero set-up: with the embedded database the one process does everything; on PostgreSQL
      // `pnpm worker` processes do, unless asked otherwise.
      runInApi: e.PARALLAX_API_JOBS ?? !usesPostgres,
      concurrency: e.PARALLAX_JOB_CONCURRENCY,
      feedIntervalSeconds: e.PARALLAX_FEED_INTERVAL_SECONDS,
      refetchAfterSeconds: e.PARALLAX_REFETCH_SCHEDULE,
      tickMs: e.PARALLAX_JOB_TICK_MS,
      itemLeaseSeconds: e.PARALLAX_ITEM_LEASE_SECONDS,
      retryLimit: e.PARALLAX_JOB_RETRY_LIMIT,
      retryDelaySeconds: e.PARALLAX_JOB_RETRY_DELAY_SECONDS,
      expireInSeconds: e.PARALLAX_JOB_EXPIRE_SECONDS,
      maintenanceIntervalSeconds: e.PARALLAX_JOB_MAINTENANCE_SECONDS,
      pollingIntervalSeconds: e.PARALLAX_JOB_POLL_SECONDS,
    },
  };
}
