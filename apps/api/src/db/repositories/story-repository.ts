import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { type Story, StoryIdSchema } from "../../schemas/api-schemas.ts";
import type { DatabaseKind } from "../open-database.ts";
import type { StoryRow, Tables } from "../tables.ts";
import { readPage } from "./list-cursor.ts";

const isStoryId = (id: string) => StoryIdSchema.safeParse(id).success;

export const toStory = (row: StoryRow): Story => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export class StoryRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  async create(
    name: string,
    now: string,
    db: Kysely<Tables> = this.db,
    nameSource: StoryRow["name_source"] = "user",
  ): Promise<StoryRow> {
    const row: StoryRow = {
      id: randomUUID(),
      name,
      name_source: nameSource,
      created_at: now,
      updated_at: now,
    };
    await db.insertInto("stories").values(row).execute();
    return row;
  }

  find(id: string, db: Kysely<Tables> = this.db): Promise<StoryRow | undefined> {
    return db.selectFrom("stories").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /**
   * Inside a transaction: the story, held so that a concurrent delete waits for this transaction
   * (PostgreSQL FOR KEY SHARE). SQLite transactions already run one at a time.
   */
  findHeld(id: string, trx: Kysely<Tables>, kind: DatabaseKind): Promise<StoryRow | undefined> {
    const select = trx.selectFrom("stories").selectAll().where("id", "=", id);
    return (kind === "postgres" ? select.forKeyShare() : select).executeTakeFirst();
  }

  list(): Promise<StoryRow[]> {
    return this.db.selectFrom("stories").selectAll().orderBy("created_at").orderBy("id").execute();
  }

  /** Stories in the order they were created, `limit` at a time after `cursor`. */
  async page(query: {
    limit: number;
    cursor?: string;
  }): Promise<{ rows: StoryRow[]; nextCursor: string | null }> {
    return readPage(
      this.db.selectFrom("stories").selectAll(),
      query,
      "created_at",
      (row) => row.created_at,
      isStoryId,
    );
  }

  async rename(id: string, name: string, now: string): Promise<StoryRow | undefined> {
    await this.db
      .updateTable("stories")
      .set({ name, name_source: "user", updated_at: now })
      .where("id", "=", id)
      .execute();
    return this.find(id);
  }

  /** Renames a story Parallax named; a name a person gave is kept. */
  async renameIfAutomatic(id: string, name: string, db: Kysely<Tables> = this.db): Promise<void> {
    await db
      .updateTable("stories")
      .set({ name })
      .where("id", "=", id)
      .where("name_source", "=", "auto")
      .execute();
  }

  /** Marks the story changed (an article joined or left) so clients can refresh. */
  async touch(id: string, now: string, db: Kysely<Tables> = this.db): Promise<void> {
    await db.updateTable("stories").set({ updated_at: now }).where("id", "=", id).execute();
  }

  /** Deletes the story; its articles stay, ungrouped (articles.story_id is ON DELETE SET NULL). */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom("stories").where("id", "=", id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
