import type { Kysely, Migration } from "kysely";

// Whether a story's name was given by a person ("user") or made by Parallax ("auto"). Only an
// automatic name follows the articles as they join; stories that exist already keep theirs.
export const migration003StoryNameSource: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("stories")
      .addColumn("name_source", "text", (col) => col.notNull().defaultTo("user"))
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable("stories").dropColumn("name_source").execute();
  },
};
