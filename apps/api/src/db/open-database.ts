import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Tables } from "./tables.ts";

export type DatabaseKind = "sqlite" | "postgres";

export type Database = {
  db: Kysely<Tables>;
  kind: DatabaseKind;
  /** Closes the SQLite file or drains the PostgreSQL pool. */
  close(): Promise<void>;
};

export type OpenDatabaseOptions =
  | { kind: "sqlite"; file: string }
  | {
      kind: "postgres";
      url: string /** search_path for the session, e.g. a test schema. */;
      schema?: string;
      max?: number;
    };

export const SQLITE_FILE_NAME = "parallax.sqlite";

export function sqliteFileIn(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, SQLITE_FILE_NAME);
}

/** Opens the embedded SQLite file or a PostgreSQL pool; migrations are applied separately. */
export function openDatabase(options: OpenDatabaseOptions): Database {
  if (options.kind === "sqlite") {
    const sqlite = new SQLite(options.file);
    // WAL lets readers proceed during a write. synchronous=FULL with WAL fsyncs the log on every
    // commit, so a 2xx means the article survives a killed process *and* a power cut; NORMAL would
    // only survive the former. Writes here are human-paced ingests, so the fsync costs nothing
    // noticeable, while reads (the hot path) never fsync.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, kind: "sqlite", close: () => db.destroy() };
  }
  // pg returns bigint counts as strings; callers convert with Number().
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its server emits 'error' on the pool; unhandled, that would end the
  // process. The next query gets a fresh connection (or a clear error) instead.
  pool.on("error", (error) => {
    process.stderr.write(
      `${JSON.stringify({ level: "error", message: "postgres pool", error: error.message })}\n`,
    );
  });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: "postgres", close: () => db.destroy() };
}
