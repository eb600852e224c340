import { sql } from "kysely";
import type { Config } from "../config.ts";
import { type MigrationOutcome, migrateToLatest } from "./migrate.ts";
import { type Database, openDatabase, sqliteFileIn } from "./open-database.ts";

/** Opens the database the config names (PostgreSQL when DATABASE_URL is set) and migrates it. */
export async function openConfiguredDatabase(
  config: Pick<Config, "databaseUrl" | "databaseSchema" | "dataDir">,
): Promise<{ database: Database; migration: MigrationOutcome }> {
  const database = config.databaseUrl
    ? openDatabase({
        kind: "postgres",
        url: config.databaseUrl,
        schema: config.databaseSchema ?? undefined,
      })
    : openDatabase({ kind: "sqlite", file: sqliteFileIn(config.dataDir) });
  try {
    if (database.kind === "postgres" && config.databaseSchema) {
      await sql`create schema if not exists ${sql.id(config.databaseSchema)}`.execute(database.db);
    }
    const migrationSchema =
      database.kind === "postgres" ? (config.databaseSchema ?? "public") : undefined;
    return { database, migration: await migrateToLatest(database.db, migrationSchema) };
  } catch (error) {
    await database.close();
    throw error;
  }
}
