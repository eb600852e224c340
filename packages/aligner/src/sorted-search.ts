/**
 * The first index of `items` whose item meets `reached`, or `items.length` if none does.
 * `reached` must be false for a prefix of the list and true for the rest (a list sorted by the
 * property it tests): the search is then a binary one, O(log n), which is why every lookup of
 * an offset among sorted spans, mentions or ids goes through it instead of a scan.
 */
export function firstIndexWhere<T>(items: ArrayLike<T>, reached: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (reached(items[mid] as T)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * `firstIndexWhere(items, (item) => item >= value)` for sorted numbers, without the test function:
 * alignment asks it once per candidate key and per pair lookup, and a fresh closure each time was
 * garbage by the hundred thousand on large stories.
 */
export function firstAtLeast(items: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((items[mid] as number) >= value) high = mid;
    else low = mid + 1;
  }
  return low;
}
