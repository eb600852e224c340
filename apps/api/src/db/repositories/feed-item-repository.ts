import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { FeedEntry } from "../../feeds/parse-feed.ts";
import type { FeedItemRow, FeedItemStatus } from "../feed-tables.ts";
import type { Tables } from "../tables.ts";

export type ItemCounts = Record<FeedItemStatus, number>;

export class FeedItemRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /**
   * Stores the entries not seen before in this feed (by GUID) as pending; returns the new rows'
   * ids. A GUID seen again, by this or a concurrent poll, is skipped by the unique constraint.
   */
  async insertNew(feedId: string, entries: readonly FeedEntry[], now: string): Promise<string[]> {
    if (entries.length === 0) return [];
    const known = new Set(
      (
        await this.db
          .selectFrom("feed_items")
          .select("guid")
          .where("feed_id", "=", feedId)
          .where(
            "guid",
            "in",
            entries.map((e) => e.guid),
          )
          .execute()
      ).map((row) => row.guid),
    );
    const fresh = entries.filter((entry) => !known.has(entry.guid));
    if (fresh.length === 0) return [];
    const rows = await this.db
      .insertInto("feed_items")
      .values(
        fresh.map((entry) => ({
          id: randomUUID(),
          feed_id: feedId,
          guid: entry.guid,
          url: entry.url,
          title: entry.title,
          published_at: entry.publishedAt,
          first_seen_at: now,
          status: "pending" as const,
          article_key: null,
          error_code: null,
          error: null,
          attempts: 0,
          enqueued_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(["feed_id", "guid"]).doNothing())
      .returning("id")
      .execute();
    return rows.map((row) => row.id);
  }

  find(id: string): Promise<FeedItemRow | undefined> {
    return this.db.selectFrom("feed_items").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /** An item with this page URL (from any feed) that already became an article. */
  async articleKeyForUrl(url: string): Promise<string | null> {
    const row = await this.db
      .selectFrom("feed_items")
      .select("article_key")
      .where("url", "=", url)
      .where("article_key", "is not", null)
      .limit(1)
      .executeTakeFirst();
    return row?.article_key ?? null;
  }

  /** Whether an item other than `itemId` already brought this article. */
  async otherItemHas(articleKey: string, itemId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("feed_items")
      .select("id")
      .where("article_key", "=", articleKey)
      .where("id", "!=", itemId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async markDone(id: string, status: "ingested" | "duplicate", articleKey: string): Promise<void> {
    await this.db
      .updateTable("feed_items")
      .set({ status, article_key: articleKey, error_code: null, error: null })
      .where("id", "=", id)
      .execute();
  }

  async markAttempt(id: string): Promise<void> {
    await this.db
      .updateTable("feed_items")
      .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
      .where("id", "=", id)
      .execute();
  }

  /** A failure: `final` marks the item failed for good; else it stays pending for a retry. */
  async markError(id: string, code: string, message: string, final: boolean): Promise<void> {
    await this.db
      .updateTable("feed_items")
      .set({
        error_code: code,
        error: message.slice(0, 1000),
        ...(final ? { status: "failed" as const } : {}),
      })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .execute();
  }

  /**
   * Pending items whose job was sent before `cutoff` (lost with a crashed process, or still
   * waiting behind others) are claimed again; the job that finds the item done does nothing.
   */
  async claimStale(cutoff: string, now: string, limit = 200): Promise<string[]> {
    const stale = await this.db
      .selectFrom("feed_items")
      .select("id")
      .where("status", "=", "pending")
      .where("enqueued_at", "<=", cutoff)
      .limit(limit)
      .execute();
    if (stale.length === 0) return [];
    const claimed = await this.db
      .updateTable("feed_items")
      .set({ enqueued_at: now })
      .where(
        "id",
        "in",
        stale.map((row) => row.id),
      )
      .where("status", "=", "pending")
      .where("enqueued_at", "<=", cutoff)
      .returning("id")
      .execute();
    return claimed.map((row) => row.id);
  }

  /** Items per status for each feed. */
  async countsByFeed(): Promise<Map<string, ItemCounts>> {
    const rows = await this.db
      .selectFrom("feed_items")
      .select((eb) => ["feed_id", "status", eb.fn.countAll().as("n")])
      .groupBy(["feed_id", "status"])
      .execute();
    const counts = new Map<string, ItemCounts>();
    for (const row of rows) {
      const entry = counts.get(row.feed_id) ?? { pending: 0, ingested: 0, duplicate: 0, failed: 0 };
      entry[row.status] = Number(row.n);
      counts.set(row.feed_id, entry);
    }
    return counts;
  }

  /** A feed's most recent items, newest first. */
  listOfFeed(feedId: string, limit: number): Promise<FeedItemRow[]> {
    return this.db
      .selectFrom("feed_items")
      .selectAll()
      .where("feed_id", "=", feedId)
      .orderBy("first_seen_at", "desc")
      .orderBy("published_at", "desc")
      .limit(limit)
      .execute();
  }
}
