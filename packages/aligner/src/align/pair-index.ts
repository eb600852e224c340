import { firstAtLeast } from "../sorted-search.ts";

/**
 * Finds a pair of units (by their two indices, either order) among scored pairs: its position in
 * the list, or -1. Blocking gives pairs in (low, high) order, so their ids (low * count + high) are
 * copied into a typed array and found by binary search (a map of 200,000 pair ids was a visible
 * share of time and garbage on large stories); a map when they are not in that order.
 */
export function pairIndex(
  pairs: readonly { a: number; b: number }[],
  count: number,
): (x: number, y: number) => number {
  const ids = new Float64Array(pairs.length);
  let sorted = true;
  pairs.forEach((pair, i) => {
    ids[i] = Math.min(pair.a, pair.b) * count + Math.max(pair.a, pair.b);
    if (i > 0 && (ids[i] as number) <= (ids[i - 1] as number)) sorted = false;
  });
  if (!sorted) {
    const at = new Map<number, number>();
    ids.forEach((id, i) => {
      at.set(id, i);
    });
    return (x, y) => at.get(Math.min(x, y) * count + Math.max(x, y)) ?? -1;
  }
  return (x, y) => {
    const id = Math.min(x, y) * count + Math.max(x, y);
    const low = firstAtLeast(ids, id);
    return low < ids.length && ids[low] === id ? low : -1;
  };
}
