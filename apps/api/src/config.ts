import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { type JobConfig, loadJobConfig } from "./jobs/job-config.ts";

/** Where `pnpm --filter @parallax/web build` writes the UI, relative to this package. */
const DEFAULT_WEB_DIST_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../web/dist");

const flag = (fallback: boolean) =>
  z
    .enum(["0", "1", "true", "false", "yes", "no", "on", "off", ""])
    .optional()
    .transform((value) =>
      value === undefined || value === "" ? fallback : ["1", "true", "yes", "on"].includes(value),
    );

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PARALLAX_DATA_DIR: z.string().min(1).default("./.data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  PARALLAX_PG_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, "PARALLAX_PG_SCHEMA must be a lowercase SQL identifier")
    .optional(),
  WEB_DIST_DIR: z.string().min(1).optional(),
  PARALLAX_API_TOKEN: z
    .string()
    .min(8, "PARALLAX_API_TOKEN must be at least 8 characters")
    .optional(),
  PARALLAX_ALLOW_PRIVATE_URLS: flag(false),
  PARALLAX_DEMO: flag(true),
  PARALLAX_WRITE_BURST: z.coerce.number().int().min(0).default(60),
  PARALLAX_WRITE_REFILL_PER_SEC: z.coerce.number().positive().default(1),
  PARALLAX_WORKERS: z.coerce.number().int().min(1).max(16).optional(),
  PARALLAX_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  PARALLAX_FETCH_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  PARALLAX_LOG: z.enum(["silent", "error", "info", "debug"]).default("info"),
});

export type Config = {
  port: number;
  host: string;
  /** Absolute folder of the embedded SQLite database. */
  dataDir: string;
  /** Set: PostgreSQL is used instead of the embedded database. */
  databaseUrl: string | null;
  /** PostgreSQL schema (search_path) to use; created if missing. Null: the server's default. */
  databaseSchema: string | null;
  /** Built web UI; served when the folder exists. */
  webDistDir: string | null;
  /** Set: writes need `Authorization: Bearer <token>`. */
  apiToken: string | null;
  demo: boolean;
  /** Token bucket per client IP for POST/PATCH/DELETE; burst 0 turns it off. */
  writeRateLimit: { burst: number; refillPerSecond: number };
  workers: number;
  fetch: { timeoutMs: number; maxBytes: number; maxRedirects: number; allowPrivate: boolean };
  logLevel: "silent" | "error" | "info" | "debug";
  /** Feeds, re-fetches and background jobs (jobs/job-config.ts). */
  jobs: JobConfig;
};

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Reads and validates the environment; throws `ConfigError` naming each bad variable. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): Config {
  const parsed = EnvSchema.safeParse(env);
  const jobs = loadJobConfig(env, Boolean(env.DATABASE_URL));
  if (!parsed.success || !jobs.config) {
    const problems = [
      ...(parsed.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? []),
      ...jobs.problems,
    ];
    throw new ConfigError(`invalid environment:\n  ${problems.join("\n  ")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(cwd, e.PARALLAX_DATA_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    databaseSchema: e.PARALLAX_PG_SCHEMA ?? null,
    webDistDir: e.WEB_DIST_DIR ? resolve(cwd, e.WEB_DIST_DIR) : DEFAULT_WEB_DIST_DIR,
    apiToken: e.PARALLAX_API_TOKEN ?? null,
    demo: e.PARALLAX_DEMO,
    writeRateLimit: {
      burst: e.PARALLAX_WRITE_BURST,
      refillPerSecond: e.PARALLAX_WRITE_REFILL_PER_SEC,
    },
    // One core stays free for the event loop; two workers at most by default on small machines.
    workers: e.PARALLAX_WORKERS ?? Math.max(1, Math.min(4, availableParallelism() - 1)),
    fetch: {
      timeoutMs: e.PARALLAX_FETCH_TIMEOUT_MS,
      maxBytes: e.PARALLAX_FETCH_MAX_BYTES,
      maxRedirects: 5,
      allowPrivate: e.PARALLAX_ALLOW_PRIVATE_URLS,
    },
    logLevel: e.PARALLAX_LOG,
    jobs: jobs.config,
  };
}

/** A complete config for tests and embedding: defaults from an empty environment plus overrides. */
export function defineConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), webDistDir: null, demo: false, ...overrides };
}
