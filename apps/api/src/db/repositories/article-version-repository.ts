import type { Article } from "@parallax/core";
import type { Kysely } from "kysely";
import type { GroupingSignature } from "../../grouping/grouping-signature.ts";
import type { ArticleVersionRow, ArticleWatchRow } from "../feed-tables.ts";
import type { Tables } from "../tables.ts";

export type NewVersion = {
  watch: ArticleWatchRow;
  article: Article;
  /** The extraction as JSON, validated where it was built (the ingest task). */
  extractionJson: string;
  extractionVersion: string;
  signature: GroupingSignature;
  fetchedAt: string;
};

const wordCount = (body: string) => body.split(/\s+/).filter(Boolean).length;

/** Stored versions of articles and the schedule of their re-fetches. */
export class ArticleVersionRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** The stable key of the article whose some version has this content id (or the id itself). */
  async keyOf(contentId: string): Promise<string> {
    const row = await this.db
      .selectFrom("article_versions")
      .select("article_key")
      .where("content_id", "=", contentId)
      .limit(1)
      .executeTakeFirst();
    return row?.article_key ?? contentId;
  }

  /** Articles that have no watch yet (new since the last look), oldest first. */
  unwatched(limit: number) {
    return this.db
      .selectFrom("articles")
      .select(["id", "url", "added_at", "article_json", "extraction_json"])
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("article_watches")
              .select("article_key")
              .whereRef("article_watches.current_id", "=", "articles.id"),
          ),
        ),
      )
      .orderBy("added_at")
      .limit(limit)
      .execute();
  }

  /** Starts watching an article: its first version is stored; a no-op when already watched. */
  async watch(
    input: {
      id: string;
      url: string | null;
      addedAt: string;
      articleJson: string;
      extractionJson: string;
      headline: string | null;
    },
    nextFetchAt: string | null,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto("article_watches")
        .values({
          article_key: input.id,
          current_id: input.id,
          url: input.url,
          first_seen_at: input.addedAt,
          fetch_count: 0,
          next_fetch_at: nextFetchAt,
          last_fetched_at: null,
          last_error: null,
          changed_at: null,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
      await trx
        .insertInto("article_versions")
        .values({
          article_key: input.id,
          version: 1,
          content_id: input.id,
          headline: input.headline,
          fetched_at: input.addedAt,
          article_json: input.articleJson,
          extraction_json: input.extractionJson,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    });
  }

  /**
   * The stored version whose content id this is, with the id of its article's latest version;
   * undefined when no version has it.
   */
  findByContentId(
    contentId: string,
  ): Promise<(ArticleVersionRow & { current_id: string }) | undefined> {
    return this.db
      .selectFrom("article_versions")
      .innerJoin("article_watches", "article_watches.article_key", "article_versions.article_key")
      .selectAll("article_versions")
      .select("article_watches.current_id")
      .where("article_versions.content_id", "=", contentId)
      .limit(1)
      .executeTakeFirst();
  }

  /** Latest content id per article key. */
  async currentIds(keys: readonly string[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const rows = await this.db
      .selectFrom("article_watches")
      .select(["article_key", "current_id"])
      .where("article_key", "in", [...new Set(keys)])
      .execute();
    return new Map(rows.map((row) => [row.article_key, row.current_id]));
  }

  /** The watch of the article that has (or had) this content id. */
  async findWatchOf(contentId: string): Promise<ArticleWatchRow | undefined> {
    return this.findWatch(await this.keyOf(contentId));
  }

  /**
   * The watch of the article that has (or had) this content id and its versions, read in one
   * transaction: a re-fetch committing between two plain reads showed a second version while the
   * watch still named the first as current (PostgreSQL, seen in CI).
   */
  history(contentId: string): Promise<
    | {
        watch: ArticleWatchRow;
        versions: Omit<ArticleVersionRow, "article_json" | "extraction_json">[];
      }
    | undefined
  > {
    return this.db
      .transaction()
      .setIsolationLevel("repeatable read")
      .execute(async (trx) => {
        const snapshot = new ArticleVersionRepository(trx);
        const watch = await snapshot.findWatchOf(contentId);
        return watch ? { watch, versions: await snapshot.versions(watch.article_key) } : undefined;
      });
  }

  findWatch(key: string): Promise<ArticleWatchRow | undefined> {
    return this.db
      .selectFrom("article_watches")
      .selectAll()
      .where("article_key", "=", key)
      .executeTakeFirst();
  }

  /** Claims the watches due for a re-fetch by moving their next fetch to `leaseUntil`. */
  async claimDue(now: string, leaseUntil: string, limit = 100): Promise<string[]> {
    const due = await this.db
      .selectFrom("article_watches")
      .select("article_key")
      .where("next_fetch_at", "is not", null)
      .where("next_fetch_at", "<=", now)
      .orderBy("next_fetch_at")
      .limit(limit)
      .execute();
    if (due.length === 0) return [];
    const claimed = await this.db
      .updateTable("article_watches")
      .set({ next_fetch_at: leaseUntil })
      .where(
        "article_key",
        "in",
        due.map((row) => row.article_key),
      )
      .where("next_fetch_at", "<=", now)
      .returning("article_key")
      .execute();
    return claimed.map((row) => row.article_key);
  }

  async recordFetch(
    key: string,
    fields: { fetchedAt: string; nextFetchAt: string | null; error: string | null },
  ): Promise<void> {
    await this.db
      .updateTable("article_watches")
      .set((eb) => ({
        fetch_count: eb("fetch_count", "+", 1),
        last_fetched_at: fields.fetchedAt,
        next_fetch_at: fields.nextFetchAt,
        last_error: fields.error?.slice(0, 1000) ?? null,
      }))
      .where("article_key", "=", key)
      .execute();
  }

  async stopWatching(key: string): Promise<void> {
    await this.db
      .updateTable("article_watches")
      .set({ next_fetch_at: null })
      .where("article_key", "=", key)
      .execute();
  }

  versions(key: string): Promise<Omit<ArticleVersionRow, "article_json" | "extraction_json">[]> {
    return this.db
      .selectFrom("article_versions")
      .select(["article_key", "version", "content_id", "headline", "fetched_at"])
      .where("article_key", "=", key)
      .orderBy("version")
      .execute();
  }

  version(key: string, version: number): Promise<ArticleVersionRow | undefined> {
    return this.db
      .selectFrom("article_versions")
      .selectAll()
      .where("article_key", "=", key)
      .where("version", "=", version)
      .executeTakeFirst();
  }

  /**
   * Stores a changed body as the next version and makes it the article: the articles row takes
   * the new content id (so the story's comparison key changes) and the new text, extraction and
   * signature. Returns the new version number, or null when another writer stored this content
   * first (then nothing is written).
   */
  async storeVersion(input: NewVersion): Promise<number | null> {
    const { watch, article } = input;
    // Stored in both the version row and the article row: serialised once (a large page's
    // article is megabytes of JSON).
    const articleJson = JSON.stringify(article);
    return this.db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom("article_watches")
        .select("current_id")
        .where("article_key", "=", watch.article_key)
        .executeTakeFirst();
      if (!current || current.current_id !== watch.current_id) return null;
      const taken = await trx
        .selectFrom("articles")
        .select("id")
        .where("id", "=", article.id)
        .executeTakeFirst();
      if (taken) return null;
      const last = await trx
        .selectFrom("article_versions")
        .select((eb) => eb.fn.max("version").as("v"))
        .where("article_key", "=", watch.article_key)
        .executeTakeFirst();
      const version = Number(last?.v ?? 0) + 1;
      await trx
        .insertInto("article_versions")
        .values({
          article_key: watch.article_key,
          version,
          content_id: article.id,
          headline: article.headline,
          fetched_at: input.fetchedAt,
          article_json: articleJson,
          extraction_json: input.extractionJson,
        })
        .execute();
      const updated = await trx
        .updateTable("articles")
        .set({
          id: article.id,
          headline: article.headline,
          published_at: article.publishedAt?.value ?? null,
          word_count: wordCount(article.body),
          article_json: articleJson,
          extraction_json: input.extractionJson,
          extraction_version: input.extractionVersion,
          signature_json: JSON.stringify(input.signature),
        })
        .where("id", "=", watch.current_id)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw new Error("article vanished");
      await trx
        .updateTable("article_watches")
        .set({ current_id: article.id, changed_at: input.fetchedAt })
        .where("article_key", "=", watch.article_key)
        .execute();
      return version;
    });
  }

  /**
   * For these stories only: how many of their articles have more than one version. Bounded by
   * the ids so a story-list page reads its own stories, not every changed article there is.
   */
  async changedByStory(storyIds: readonly string[]): Promise<Map<string, number>> {
    if (storyIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom("article_watches")
      .innerJoin("articles", "articles.id", "article_watches.current_id")
      .select((eb) => ["articles.story_id", eb.fn.countAll().as("n")])
      .where("article_watches.changed_at", "is not", null)
      .where("articles.story_id", "in", [...new Set(storyIds)])
      .groupBy("articles.story_id")
      .execute();
    return new Map(rows.map((row) => [row.story_id as string, Number(row.n)]));
  }
}
