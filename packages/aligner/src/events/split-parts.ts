import type { AlignUnit } from "../align/units.ts";
import type { ArticleSimilarity } from "../article-similarity.ts";
import type { EventCluster } from "./story-events.ts";

/** Articles a part needs: one article alone on a mark may be wrong, not telling another happening. */
export const PART_ARTICLES = 2;
/** Articles of a part an unmarked article is compared with. */
const PART_SAMPLE = 8;

/**
 * Splits an event by parts: `marked` gives some of its articles a part (the day they date it on,
 * telling which happening they report); parts of PART_ARTICLES articles or more stand, and every
 * other article of the event joins the part whose (first) articles it is most alike to. Statements
 * of one article stay together; parts told by one article only are no event. Returns the event
 * whole when fewer than two parts stand.
 */
export function splitIntoParts(
  event: EventCluster,
  units: readonly AlignUnit[],
  articles: ArticleSimilarity,
  marked: ReadonlyMap<number, string>,
): EventCluster[] {
  const members = new Map<string, number[]>();
  for (const [article, key] of marked) {
    const list = members.get(key) ?? [];
    list.push(article);
    members.set(key, list);
  }
  const parts = [...members].filter(([, list]) => list.length >= PART_ARTICLES);
  if (parts.length < 2) return [event];
  const partOf = new Map<number, string>();
  for (const [key, list] of parts) for (const article of list) partOf.set(article, key);
  for (const index of event.units) {
    const article = (units[index] as AlignUnit).articleIndex;
    if (partOf.has(article)) continue;
    let best = parts[0]?.[0] as string;
    let bestMean = -1;
    for (const [key, list] of parts) {
      // A part's first articles stand for it: bounded work however large the story.
      const sample = list.slice(0, PART_SAMPLE);
      const mean = sample.reduce((s, m) => s + articles.between(article, m), 0) / sample.length;
      if (mean > bestMean) {
        bestMean = mean;
        best = key;
      }
    }
    partOf.set(article, best);
  }
  const split = new Map<string, number[]>();
  for (const index of event.units) {
    const key = partOf.get((units[index] as AlignUnit).articleIndex) as string;
    const list = split.get(key) ?? [];
    list.push(index);
    split.set(key, list);
  }
  return [...split.values()]
    .filter((list) => new Set(list.map((i) => (units[i] as AlignUnit).articleIndex)).size >= 2)
    .map((list) => ({ ...event, units: list, participants: [...event.participants] }));
}
