import type { Conflict } from "@parallax/core";

/**
 * Which values already stand together in a conflict of the same kind (a value is an article and
 * a span start), kept as the conflicts each value is in: a later pass must not report a pair again,
 * and listing every pair instead costs half a million keys for one thousand-outlet row.
 */
export class PairedValues {
  private readonly conflictsOf = new Map<string, Set<number>>();
  private count = 0;

  constructor(conflicts: readonly Conflict[]) {
    for (const conflict of conflicts) this.add(conflict);
  }

  add(conflict: Conflict): void {
    for (const key of keysOf(conflict)) {
      const list = this.conflictsOf.get(key);
      if (list) list.add(this.count);
      else this.conflictsOf.set(key, new Set([this.count]));
    }
    this.count += 1;
  }

  /** Whether two of the conflict's values already stand together in one conflict. */
  pairsAny(conflict: Conflict): boolean {
    const keys = [...new Set(keysOf(conflict))];
    for (let i = 0; i < keys.length; i += 1) {
      const first = this.conflictsOf.get(keys[i] as string);
      if (!first) continue;
      for (let j = i + 1; j < keys.length; j += 1) {
        const second = this.conflictsOf.get(keys[j] as string);
        if (second && [...first].some((n) => second.has(n))) return true;
      }
    }
    return false;
  }

  /**
   * `pairsAny` of a row being built, asked value by value: the returned check answers whether
   * the values given so far (this one included) pair any, so a builder can stop at the first
   * value that does instead of building a row only to drop it (the rows `pairsAny` refuses
   * only grow). The same answer as `pairsAny` of the whole row, for one value more at a time.
   */
  tracker(kind: Conflict["kind"]): (value: Conflict["values"][number]) => boolean {
    const keys = new Set<string>();
    const touched = new Set<number>();
    return (value) => {
      const key = keyOf(kind, value);
      if (keys.has(key)) return false;
      keys.add(key);
      const list = this.conflictsOf.get(key);
      if (!list) return false;
      for (const n of list) if (touched.has(n)) return true;
      for (const n of list) touched.add(n);
      return false;
    };
  }

  /**
   * Whether two values already stand together in one conflict of a kind: then `pairsAny` holds of
   * every conflict of that kind holding both, whatever else its row holds.
   */
  pairs(
    kind: Conflict["kind"],
    x: Conflict["values"][number],
    y: Conflict["values"][number],
  ): boolean {
    const first = this.conflictsOf.get(keyOf(kind, x));
    const second = this.conflictsOf.get(keyOf(kind, y));
    if (!first || !second || keyOf(kind, x) === keyOf(kind, y)) return false;
    for (const n of first) if (second.has(n)) return true;
    return false;
  }
}

function keysOf(conflict: Conflict): string[] {
  return conflict.values.map((v) => keyOf(conflict.kind, v));
}

function keyOf(kind: Conflict["kind"], value: Conflict["values"][number]): string {
  return `${kind}|${value.articleId}@${value.span?.start ?? -1}`;
}
