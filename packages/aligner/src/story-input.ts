import type { Article } from "@parallax/core";

/** An article given twice (same id) counts once: the first copy is kept. */
export function dedupe(articles: readonly Article[]): Article[] {
  return firstOfEachId(articles, (a) => a.id);
}

export function firstOfEachId<T>(items: readonly T[], idOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const item of items) {
    if (seen.has(idOf(item))) continue;
    seen.add(idOf(item));
    kept.push(item);
  }
  return kept;
}

export function byId(a: Article, b: Article): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
