import type { Outlet } from "@parallax/core";
import { comparisonCacheKey } from "../comparisons/comparison-cache-key.ts";
import { toStory } from "../db/repositories/story-repository.ts";
import type { Store } from "../db/store.ts";
import type { StoryRow } from "../db/tables.ts";
import type { StorySummary } from "../schemas/api-schemas.ts";

/** Counts, outlets, date range and the cached conflict count of each story, in two queries. */
export async function summarizeStories(
  store: Store,
  alignerVersion: string,
  stories: readonly StoryRow[],
): Promise<StorySummary[]> {
  // Only the listed stories' rows: a page costs the same however many stories exist.
  const ids = stories.map((s) => s.id);
  const [articles, comparisons, changed] = await Promise.all([
    store.articles.statsRows(ids),
    store.comparisons.keys(ids),
    store.versions.changedByStory(ids),
  ]);
  const cached = new Map(comparisons.map((c) => [c.story_id, c]));
  const byStory = new Map<string, typeof articles>();
  for (const row of articles) {
    if (row.story_id === null) continue;
    const list = byStory.get(row.story_id) ?? [];
    list.push(row);
    byStory.set(row.story_id, list);
  }
  return stories.map((story) => {
    const rows = byStory.get(story.id) ?? [];
    const outlets = new Map<string, Outlet>();
    for (const row of rows) {
      if (!outlets.has(row.outlet_id))
        outlets.set(row.outlet_id, { id: row.outlet_id, name: row.outlet_name });
    }
    const dated = rows
      .flatMap((row) => (row.published_at ? [row.published_at] : []))
      .sort((a, b) => Date.parse(a) - Date.parse(b));
    const comparison = cached.get(story.id);
    // The ids are hashed only where a stored comparison may match (most stories have none).
    const current =
      comparison !== undefined &&
      comparison.cache_key ===
        comparisonCacheKey(
          rows.map((row) => row.id),
          alignerVersion,
        );
    return {
      ...toStory(story),
      articleCount: rows.length,
      outlets: [...outlets.values()],
      dateRange: { from: dated[0] ?? null, to: dated.at(-1) ?? null },
      conflictCount: current ? Number(comparison.conflict_count) : null,
      changedArticleCount: changed.get(story.id) ?? 0,
    };
  });
}
