import { type Kysely, type Migration, Migrator } from "kysely";
import { migration001Init } from "./migrations/001_init.ts";
import { migration002FeedsVersions } from "./migrations/002_feeds_versions.ts";
import { migration003StoryNameSource } from "./migrations/003_story_name_source.ts";
import { migration004StoryListIndex } from "./migrations/004_story_list_index.ts";

/** Every migration, in order. Names sort lexically; never rename or edit a released one. */
const MIGRATIONS: Record<string, Migration> = {
  "001_init": migration001Init,
  "002_feeds_versions": migration002FeedsVersions,
  "003_story_name_source": migration003StoryNameSource,
  "004_story_list_index": migration004StoryListIndex,
};

export type MigrationOutcome = {
  applied: string[];
  /** True when this run created the schema: the database was empty before. */
  created: boolean;
};

/** Applies pending migrations; throws with the failing migration's name if one fails. */
// The Migrator works on any schema, so it takes Kysely<any>.
export async function migrateToLatest(
  // biome-ignore lint/suspicious/noExplicitAny: see above
  db: Kysely<any>,
  /**
   * PostgreSQL schema holding the migration bookkeeping tables. Kysely looks for them across all
   * schemas, so with several schemas in one database each must name its own.
   */
  migrationSchema?: string,
): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(migrationSchema ? { migrationTableSchema: migrationSchema } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === "Error");
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? "");
    throw new Error(`migration ${failed?.migrationName ?? "(unknown)"} failed: ${cause}`, {
      cause: error,
    });
  }
  const applied = results.filter((r) => r.status === "Success").map((r) => r.migrationName);
  return { applied, created: applied.includes("001_init") };
}
