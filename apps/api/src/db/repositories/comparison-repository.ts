import type { Kysely } from "kysely";
import type { ComparisonRow, Tables } from "../tables.ts";

export class ComparisonRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  find(storyId: string): Promise<ComparisonRow | undefined> {
    return this.db
      .selectFrom("comparisons")
      .selectAll()
      .where("story_id", "=", storyId)
      .executeTakeFirst();
  }

  /** Cache keys and conflict counts of these stories' stored comparisons, for story listings. */
  keys(
    storyIds: readonly string[],
  ): Promise<Pick<ComparisonRow, "story_id" | "cache_key" | "conflict_count">[]> {
    if (storyIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom("comparisons")
      .select(["story_id", "cache_key", "conflict_count"])
      .where("story_id", "in", [...storyIds])
      .execute();
  }

  /** One row per story: a newer comparison replaces the old one. */
  async save(row: ComparisonRow): Promise<void> {
    await this.db
      .insertInto("comparisons")
      .values(row)
      .onConflict((oc) =>
        oc.column("story_id").doUpdateSet({
          cache_key: row.cache_key,
          aligner_version: row.aligner_version,
          comparison_json: row.comparison_json,
          conflict_count: row.conflict_count,
          computed_at: row.computed_at,
        }),
      )
      .execute();
  }
}
