import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { allowedHosts, isLoopback } from "./allowed-hosts.ts";
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
    .optional()
    // Empty means unset; anything else, trimmed, must be a usable bearer token (8 spaces are not).
    .transform((value) => (value === undefined || value === "" ? undefined : value.trim()))
    .pipe(
      z
        .string()
        .min(8, "PARALLAX_API_TOKEN must be at least 8 characters (spaces around it do not count)")
        .regex(
          /^[\x21-\x7e]+$/,
          "PARALLAX_API_TOKEN must be printable ASCII without spaces (it is sent as `Bearer <token>`)",
        )
        .optional(),
    ),
  PARALLAX_ALLOW_OPEN: flag(false),
  PARALLAX_ALLOWED_HOSTS: z
    .string()
    .trim()
    .regex(
      /^(\*|[A-Za-z0-9.:\-[\]]+(\s*,\s*[A-Za-z0-9.:\-[\]]+)*)?$/,
      "PARALLAX_ALLOWED_HOSTS is a comma-separated list of host names or addresses (no ports), or *",
    )
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
  PARALLAX_INGEST_QUEUE: z.coerce.number().int().min(1).max(10_000).default(16),
  PARALLAX_COMPARE_MAX_ARTICLES: z.coerce.number().int().min(2).max(10_000).default(200),
  PARALLAX_COMPARE_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
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
  /**
   * Host names (lowercase, IPv6 without brackets) requests may be addressed to, so a web page
   * cannot reach a local install by DNS rebinding; null lets any Host through.
   */
  allowedHosts: string[] | null;
  /** Things worth a line on start (e.g. an open server on a public address). */
  warnings: string[];
  demo: boolean;
  /** Token bucket per client IP for POST/PATCH/DELETE; burst 0 turns it off. */
  writeRateLimit: { burst: number; refillPerSecond: number };
  workers: number;
  fetch: { timeoutMs: number; maxBytes: number; maxRedirects: number; allowPrivate: boolean };
  logLevel: "silent" | "error" | "info" | "debug";
  /** Feeds, re-fetches and background jobs (jobs/job-config.ts). */
  jobs: JobConfig;
  limits: {
    /** Article ingests queued or running at once; past it POST /api/articles answers 503. */
    ingestQueue: number;
    /** Articles one comparison takes; a larger story's comparison is a 422. */
    compareMaxArticles: number;
    /** A comparison running longer is stopped with a 503. */
    compareTimeoutMs: number;
  };
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
  const apiToken = e.PARALLAX_API_TOKEN ?? null;
  const warnings: string[] = [];
  if (!isLoopback(e.HOST) && !apiToken) {
    if (!e.PARALLAX_ALLOW_OPEN) {
      throw new ConfigError(
        `HOST=${e.HOST} is reachable from other machines, and without PARALLAX_API_TOKEN anyone could add and delete articles there. Set PARALLAX_API_TOKEN (writes then need it), listen on 127.0.0.1, or set PARALLAX_ALLOW_OPEN=1 to run open on purpose.`,
      );
    }
    warnings.push(
      `PARALLAX_ALLOW_OPEN=1: listening on ${e.HOST} without PARALLAX_API_TOKEN; anyone who can reach it can add and delete articles`,
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(cwd, e.PARALLAX_DATA_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    databaseSchema: e.PARALLAX_PG_SCHEMA ?? null,
    webDistDir: e.WEB_DIST_DIR ? resolve(cwd, e.WEB_DIST_DIR) : DEFAULT_WEB_DIST_DIR,
    apiToken,
    allowedHosts: allowedHosts(e.PARALLAX_ALLOWED_HOSTS, e.HOST),
    warnings,
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
    limits: {
      ingestQueue: e.PARALLAX_INGEST_QUEUE,
      compareMaxArticles: e.PARALLAX_COMPARE_MAX_ARTICLES,
      compareTimeoutMs: e.PARALLAX_COMPARE_TIMEOUT_MS,
    },
  };
}

/** The limits one comparison runs under. */
export const comparisonLimits = (config: Config) => ({
  maxArticles: config.limits.compareMaxArticles,
  timeoutMs: config.limits.compareTimeoutMs,
});

/** A complete config for tests and embedding: defaults from an empty environment plus overrides. */
export function defineConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), webDistDir: null, demo: false, ...overrides };
}
