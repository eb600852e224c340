import type { Kysely, Migration } from "kysely";

// Feeds, their items, article versions and the re-fetch schedule. Portable SQL as in 001: text
// timestamps (ISO, so they sort as text), JSON as text.
export const migration002FeedsVersions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("feeds")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("url", "text", (col) => col.notNull().unique())
      .addColumn("outlet", "text", (col) => col.notNull())
      .addColumn("paused", "integer", (col) => col.notNull())
      .addColumn("interval_seconds", "integer", (col) => col.notNull())
      .addColumn("etag", "text")
      .addColumn("last_modified", "text")
      .addColumn("last_polled_at", "text")
      .addColumn("last_status", "text")
      .addColumn("last_error_code", "text")
      .addColumn("last_error", "text")
      .addColumn("consecutive_failures", "integer", (col) => col.notNull())
      .addColumn("next_poll_at", "text", (col) => col.notNull())
      .addColumn("created_at", "text", (col) => col.notNull())
      .addColumn("updated_at", "text", (col) => col.notNull())
      .execute();
    await db.schema.createIndex("feeds_due_idx").on("feeds").column("next_poll_at").execute();

    await db.schema
      .createTable("feed_items")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("feed_id", "text", (col) =>
        col.notNull().references("feeds.id").onDelete("cascade"),
      )
      .addColumn("guid", "text", (col) => col.notNull())
      .addColumn("url", "text", (col) => col.notNull())
      .addColumn("title", "text")
      .addColumn("published_at", "text")
      .addColumn("first_seen_at", "text", (col) => col.notNull())
      .addColumn("status", "text", (col) => col.notNull())
      .addColumn("article_key", "text")
      .addColumn("error_code", "text")
      .addColumn("error", "text")
      .addColumn("attempts", "integer", (col) => col.notNull())
      .addColumn("enqueued_at", "text", (col) => col.notNull())
      .addUniqueConstraint("feed_items_guid_unique", ["feed_id", "guid"])
      .execute();
    await db.schema.createIndex("feed_items_url_idx").on("feed_items").column("url").execute();
    await db.schema
      .createIndex("feed_items_status_idx")
      .on("feed_items")
      .columns(["status", "enqueued_at"])
      .execute();

    // One row per stored version of an article. `article_key` is the content hash of the first
    // version and never changes; `content_id` is the hash of this version, which is the
    // articles row's id while this version is the latest.
    await db.schema
      .createTable("article_versions")
      .addColumn("article_key", "text", (col) => col.notNull())
      .addColumn("version", "integer", (col) => col.notNull())
      .addColumn("content_id", "text", (col) => col.notNull())
      .addColumn("headline", "text")
      .addColumn("fetched_at", "text", (col) => col.notNull())
      .addColumn("article_json", "text", (col) => col.notNull())
      .addColumn("extraction_json", "text", (col) => col.notNull())
      .addPrimaryKeyConstraint("article_versions_pk", ["article_key", "version"])
      .execute();
    await db.schema
      .createIndex("article_versions_content_idx")
      .on("article_versions")
      .column("content_id")
      .execute();

    // Articles with a page URL are fetched again on a decaying schedule.
    await db.schema
      .createTable("article_watches")
      .addColumn("article_key", "text", (col) => col.primaryKey())
      .addColumn("current_id", "text", (col) => col.notNull().unique())
      .addColumn("url", "text")
      .addColumn("first_seen_at", "text", (col) => col.notNull())
      .addColumn("fetch_count", "integer", (col) => col.notNull())
      .addColumn("next_fetch_at", "text")
      .addColumn("last_fetched_at", "text")
      .addColumn("last_error", "text")
      .addColumn("changed_at", "text")
      .execute();
    await db.schema
      .createIndex("article_watches_due_idx")
      .on("article_watches")
      .column("next_fetch_at")
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("article_watches").execute();
    await db.schema.dropTable("article_versions").execute();
    await db.schema.dropTable("feed_items").execute();
    await db.schema.dropTable("feeds").execute();
  },
};
