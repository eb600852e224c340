import type { StorySummary } from "../schemas/api-schemas.ts";

export type StoryPage = { items: StorySummary[]; nextCursor: string | null };

/** Pages kept at most (a 200-story page is about 80 KB). */
const MAX_PAGES = 128;

/**
 * Story-list pages as answered (serialised once), reused until anything changes. Summarising a
 * page takes four queries and about 2 ms of CPU, so 100 clients reading the list kept the event
 * loop busy and p99 far over 100 ms; a reused page costs a map lookup and a write. A page is valid while `changes()` (every
 * write and stored comparison in this process) has not moved, and on PostgreSQL, where other
 * processes write too, for at most `maxAgeMs`.
 */
export class StoryPageCache {
  private readonly pages = new Map<string, { changes: number; at: number; json: string }>();

  constructor(
    private readonly changes: () => number,
    private readonly maxAgeMs: number,
  ) {}

  /** The page's JSON: kept, or read now. */
  async get(key: string, read: () => Promise<StoryPage>): Promise<string> {
    const now = Date.now();
    const kept = this.pages.get(key);
    if (kept && kept.changes === this.changes() && now - kept.at < this.maxAgeMs) return kept.json;
    // Counted before reading: a change that lands meanwhile leaves this page unkept.
    const changes = this.changes();
    const json = JSON.stringify(await read());
    if (changes === this.changes()) {
      this.pages.delete(key);
      if (this.pages.size >= MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
      this.pages.set(key, { changes, at: now, json });
    }
    return json;
  }
}
