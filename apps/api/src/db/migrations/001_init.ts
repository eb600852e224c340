import type { Kysely, Migration } from "kysely";

// Portable SQL only: text, integer and double precision mean the same to SQLite and PostgreSQL,
// and JSON is stored as text.
export const migration001Init: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("stories")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("name", "text", (col) => col.notNull())
      .addColumn("created_at", "text", (col) => col.notNull())
      .addColumn("updated_at", "text", (col) => col.notNull())
      .execute();

    await db.schema
      .createTable("articles")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("story_id", "text", (col) => col.references("stories.id").onDelete("set null"))
      .addColumn("outlet_id", "text", (col) => col.notNull())
      .addColumn("outlet_name", "text", (col) => col.notNull())
      .addColumn("headline", "text")
      .addColumn("published_at", "text")
      .addColumn("url", "text")
      .addColumn("word_count", "integer", (col) => col.notNull())
      .addColumn("added_at", "text", (col) => col.notNull())
      .addColumn("article_json", "text", (col) => col.notNull())
      .addColumn("extraction_json", "text", (col) => col.notNull())
      .addColumn("extraction_version", "text", (col) => col.notNull())
      .addColumn("signature_json", "text", (col) => col.notNull())
      .addColumn("grouping_decision", "text", (col) => col.notNull())
      .addColumn("grouping_score", "double precision", (col) => col.notNull())
      .execute();
    await db.schema.createIndex("articles_story_idx").on("articles").column("story_id").execute();
    await db.schema.createIndex("articles_outlet_idx").on("articles").column("outlet_id").execute();
    await db.schema
      .createIndex("articles_added_idx")
      .on("articles")
      .columns(["added_at", "id"])
      .execute();

    await db.schema
      .createTable("comparisons")
      .addColumn("story_id", "text", (col) =>
        col.primaryKey().references("stories.id").onDelete("cascade"),
      )
      .addColumn("cache_key", "text", (col) => col.notNull())
      .addColumn("aligner_version", "text", (col) => col.notNull())
      .addColumn("comparison_json", "text", (col) => col.notNull())
      .addColumn("conflict_count", "integer", (col) => col.notNull())
      .addColumn("computed_at", "text", (col) => col.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("comparisons").execute();
    await db.schema.dropTable("articles").execute();
    await db.schema.dropTable("stories").execute();
  },
};
