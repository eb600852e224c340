import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { plusSeconds } from "../../iso-timestamps.ts";
import type { FeedRow, FeedStatus } from "../feed-tables.ts";
import type { Tables } from "../tables.ts";

export type NewFeed = { url: string; outlet: string; intervalSeconds: number; now: string };

export type PollOutcome =
  | { status: "ok" | "not_modified"; etag?: string | null; lastModified?: string | null }
  | { status: "error"; code: string; message: string };

/** Longest wait between polls of a failing feed. */
const MAX_BACKOFF_SECONDS = 24 * 60 * 60;

/** The wait before the next poll: the interval, doubled per failure in a row (capped at a day). */
export function nextPollDelaySeconds(intervalSeconds: number, failures: number): number {
  if (failures <= 0) return intervalSeconds;
  return Math.min(MAX_BACKOFF_SECONDS, intervalSeconds * 2 ** Math.min(failures, 16));
}

export class FeedRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Null when a feed with this URL exists already. */
  async create(input: NewFeed): Promise<FeedRow | null> {
    const row: FeedRow = {
      id: randomUUID(),
      url: input.url,
      outlet: input.outlet,
      paused: 0,
      interval_seconds: input.intervalSeconds,
      etag: null,
      last_modified: null,
      last_polled_at: null,
      last_status: null,
      last_error_code: null,
      last_error: null,
      consecutive_failures: 0,
      next_poll_at: input.now,
      created_at: input.now,
      updated_at: input.now,
    };
    const result = await this.db
      .insertInto("feeds")
      .values(row)
      .onConflict((oc) => oc.column("url").doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? row : null;
  }

  find(id: string): Promise<FeedRow | undefined> {
    return this.db.selectFrom("feeds").selectAll().where("id", "=", id).executeTakeFirst();
  }

  findByUrl(url: string): Promise<FeedRow | undefined> {
    return this.db.selectFrom("feeds").selectAll().where("url", "=", url).executeTakeFirst();
  }

  list(): Promise<FeedRow[]> {
    return this.db.selectFrom("feeds").selectAll().orderBy("created_at").orderBy("id").execute();
  }

  async update(
    id: string,
    patch: { outlet?: string; paused?: boolean; intervalSeconds?: number },
    now: string,
  ): Promise<FeedRow | undefined> {
    const current = await this.find(id);
    if (!current) return undefined;
    const resumed = patch.paused === false && current.paused === 1;
    await this.db
      .updateTable("feeds")
      .set({
        ...(patch.outlet === undefined ? {} : { outlet: patch.outlet }),
        ...(patch.paused === undefined ? {} : { paused: patch.paused ? 1 : 0 }),
        ...(patch.intervalSeconds === undefined ? {} : { interval_seconds: patch.intervalSeconds }),
        // A resumed feed is polled at once, its failure count forgiven.
        ...(resumed ? { next_poll_at: now, consecutive_failures: 0 } : {}),
        updated_at: now,
      })
      .where("id", "=", id)
      .execute();
    return this.find(id);
  }

  async pollNow(id: string, now: string): Promise<void> {
    await this.db.updateTable("feeds").set({ next_poll_at: now }).where("id", "=", id).execute();
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom("feeds").where("id", "=", id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * Claims the feeds due for a poll by pushing their next poll to `leaseUntil` in one statement,
   * so two schedulers sharing the database never both send the same feed.
   */
  async claimDue(now: string, leaseUntil: string, limit = 100): Promise<string[]> {
    const due = await this.db
      .selectFrom("feeds")
      .select("id")
      .where("paused", "=", 0)
      .where("next_poll_at", "<=", now)
      .orderBy("next_poll_at")
      .limit(limit)
      .execute();
    if (due.length === 0) return [];
    const claimed = await this.db
      .updateTable("feeds")
      .set({ next_poll_at: leaseUntil })
      .where(
        "id",
        "in",
        due.map((row) => row.id),
      )
      .where("next_poll_at", "<=", now)
      .where("paused", "=", 0)
      .returning("id")
      .execute();
    return claimed.map((row) => row.id);
  }

  /** Records a poll's outcome and schedules the next one (backing off after failures). */
  async recordPoll(feed: FeedRow, outcome: PollOutcome, now: string): Promise<void> {
    const failures = outcome.status === "error" ? feed.consecutive_failures + 1 : 0;
    const status: FeedStatus = outcome.status;
    await this.db
      .updateTable("feeds")
      .set({
        last_polled_at: now,
        last_status: status,
        last_error_code: outcome.status === "error" ? outcome.code : null,
        last_error: outcome.status === "error" ? outcome.message.slice(0, 1000) : null,
        consecutive_failures: failures,
        next_poll_at: plusSeconds(now, nextPollDelaySeconds(feed.interval_seconds, failures)),
        ...(outcome.status === "ok"
          ? { etag: outcome.etag ?? null, last_modified: outcome.lastModified ?? null }
          : {}),
      })
      .where("id", "=", feed.id)
      .execute();
  }
}
