import type { Conflict } from "@parallax/core";
import type { Value } from "../conflict-rows.ts";

const valueKey = (value: Value) => `${value.articleId}|${value.span?.start ?? value.text}`;

/** The unit a figure conflict's values are counted in, read from the first value's figure. */
export type UnitOf = (value: Value) => string | null;

/**
 * One row per thing a group's outlets disagree on: two figure conflicts of one group that share a
 * value of one unit ("killed 10" against "three" and against "20", the ten the same outlet's) are
 * one disagreement with three sides, told in one row ("10 | three | 20") rather than as two rows
 * that each leave one outlet out. Rows are joined in order; the first conflict's evidence and
 * subject stand for the joined row.
 */
export function joinSharedRows(conflicts: readonly Conflict[], unitOf: UnitOf): Conflict[] {
  const out: { conflict: Conflict; keys: Set<string>; unit: string | null }[] = [];
  for (const conflict of conflicts) {
    const unit = conflict.kind === "figure" ? unitOf(conflict.values[0] as Value) : null;
    const keys = new Set(conflict.values.map(valueKey));
    const into =
      unit === null
        ? undefined
        : out.find(
            (row) =>
              row.unit === unit &&
              row.conflict.kind === "figure" &&
              [...keys].some((key) => row.keys.has(key)),
          );
    if (!into) {
      out.push({ conflict, keys, unit });
      continue;
    }
    const added = conflict.values.filter((v) => !into.keys.has(valueKey(v)));
    for (const v of added) into.keys.add(valueKey(v));
    into.conflict = { ...into.conflict, values: [...into.conflict.values, ...added] };
  }
  return out.map((row) => row.conflict);
}
