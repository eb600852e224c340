/**
 * One empty set shared by every holder until it adds its first item: a story's ~19,000 alignment
 * clusters start as lone statements with empty sets, and most merge away before adding to them.
 * Sets made up front lived through the whole grouping into the old generation, to be copied there.
 */
export const NONE_YET: ReadonlySet<never> = new Set();

/** `set` with `item` added: in place, or a new set when `set` is the shared empty one. */
export function withItem<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  if (set === NONE_YET) return new Set([item]);
  (set as Set<T>).add(item);
  return set;
}
