import { harmonicMean, type PrecisionRecall } from "./ratio.ts";

/** One scored mention: its gold cluster and its system cluster (ids are only compared). */
export type ClusteredItem = { gold: string; system: string };

/**
 * B³ (Bagga & Baldwin 1998) over the given items: for each item, the share of its system cluster
 * that is in its gold cluster (precision) and the share of its gold cluster that is in its system
 * cluster (recall), averaged over items. Clusters are restricted to the items given, so a gold
 * mention the system did not find must come with a system cluster of its own.
 */
export function bCubed(items: readonly ClusteredItem[]): PrecisionRecall & { items: number } {
  const gold = new Map<string, number>();
  const system = new Map<string, number>();
  const both = new Map<string, number>();
  for (const { gold: g, system: s } of items) {
    gold.set(g, (gold.get(g) ?? 0) + 1);
    system.set(s, (system.get(s) ?? 0) + 1);
    const key = `${g}\u0000${s}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const { gold: g, system: s } of items) {
    const shared = both.get(`${g}\u0000${s}`) ?? 0;
    precision += shared / (system.get(s) ?? 1);
    recall += shared / (gold.get(g) ?? 1);
  }
  if (items.length === 0) return { precision: null, recall: null, f1: null, items: 0 };
  const p = precision / items.length;
  const r = recall / items.length;
  return { precision: p, recall: r, f1: harmonicMean(p, r), items: items.length };
}
