import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { createApp } from "../app.ts";
import { type Config, defineConfig } from "../config.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { openDatabase } from "../db/open-database.ts";
import { createLogger } from "../logger.ts";
import { createParallaxRuntime } from "../parallax-runtime.ts";

/** Set: every suite also runs against this PostgreSQL server, each in a fresh schema. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || null;

export type TestBackend = "sqlite" | "postgres";

/** The embedded database always; PostgreSQL as well when TEST_DATABASE_URL is set. */
export const TEST_BACKENDS: TestBackend[] = TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

export type TestAppOptions = Partial<Config> & {
  clock?: () => Date;
  backend?: TestBackend;
  /** Receives every log line (with logLevel set) instead of stderr. */
  logSink?: (line: string) => void;
};

/**
 * A real app over a real, freshly migrated database: a temporary SQLite file, or a new schema on
 * the TEST_DATABASE_URL server for the postgres backend. `close()` removes it all again.
 */
export async function createTestApp(options: TestAppOptions = {}) {
  const { clock, backend = "sqlite", logSink, ...overrides } = options;
  if (backend === "postgres" && !TEST_DATABASE_URL) {
    throw new Error("the postgres test backend needs TEST_DATABASE_URL");
  }
  const dataDir = mkdtempSync(join(tmpdir(), "parallax-api-test-"));
  const schema = backend === "postgres" ? `test_${randomBytes(6).toString("hex")}` : null;
  const config = defineConfig({
    dataDir,
    logLevel: "silent",
    workers: 1,
    writeRateLimit: { burst: 0, refillPerSecond: 1 },
    fetch: { timeoutMs: 5000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, allowPrivate: true },
    ...overrides,
  });
  if (schema && TEST_DATABASE_URL) {
    const admin = openDatabase({ kind: "postgres", url: TEST_DATABASE_URL, max: 1 });
    await sql`create schema ${sql.id(schema)}`.execute(admin.db);
    await admin.close();
  }
  const database =
    schema && TEST_DATABASE_URL
      ? openDatabase({ kind: "postgres", url: TEST_DATABASE_URL, schema })
      : openDatabase({ kind: "sqlite", file: join(dataDir, "parallax.sqlite") });
  await migrateToLatest(database.db, schema ?? undefined);
  const logger = createLogger(config.logLevel, logSink);
  // The app and its jobs share the grouping lock, the comparison cache and the queue, as in main.
  const runtime = createParallaxRuntime(database, config, logger, clock);
  const { store, pool, jobs, ingest, comparisons } = runtime;
  const app = createApp({ store, config, pool, clock, logger, jobs, ingest, comparisons });
  return {
    app,
    store,
    config,
    pool,
    dataDir,
    jobs,
    /** Runs feed polls, item ingestion, re-fetches and comparisons in this process. */
    startJobs: () => runtime.startJobs(),
    async close() {
      await runtime.close();
      if (schema && TEST_DATABASE_URL) {
        const admin = openDatabase({ kind: "postgres", url: TEST_DATABASE_URL, max: 1 });
        await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
        await admin.close();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** JSON request helpers over app.request (no network). */
export function jsonRequest(method: string, body: unknown, headers: Record<string, string> = {}) {
  return {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  };
}

/** Loosely typed JSON for asserting on responses whose shapes the tests check field by field. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted with toMatchObject, not typed.
export type Json = Record<string, any>;
