import type { Kysely, Migration } from "kysely";

// The story list is read a page at a time in (created_at, id) order.
export const migration004StoryListIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex("stories_created_idx")
      .on("stories")
      .columns(["created_at", "id"])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("stories_created_idx").execute();
  },
};
