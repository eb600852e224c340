import type { Conflict } from "@parallax/core";
import type { AlignUnit } from "../align/units.ts";
import type { Value } from "./conflict-rows.ts";
import type { UnitOf } from "./figures/shared-rows.ts";

const valueKey = (value: Value) => `${value.articleId}|${value.span?.start ?? value.text}`;

/**
 * Statements' values two rows must both hold to be one disagreement: one shared value may be an
 * outlet's figure read into two rows of two things ("three cables" in a row of cables cut and one
 * of cables repaired); two are the same outlets telling one count.
 */
const MIN_SHARED_VALUES = 2;

/**
 * One row per thing the story's outlets disagree on, across groups: two figure rows of one unit
 * shown by different groups that hold the very same statements' values (two outlets' "5.9", their
 * spans, in both) are one disagreement — "5.9 | 6.1" in one group and "11.8 | 5.9" in another tell
 * the magnitude three ways. The later row's other values join the first row shown, and the later
 * row is dropped. `conflictsByRow` is in the order rows are shown; returned in the same shape.
 */
export function joinRowsAcrossGroups(
  conflictsByRow: readonly (readonly Conflict[])[],
  unitOf: UnitOf,
): Conflict[][] {
  const rows = conflictsByRow.map((row) => [...row]);
  const shown: { row: number; at: number; keys: Set<string>; unit: string }[] = [];
  rows.forEach((row, r) => {
    const kept: Conflict[] = [];
    for (const conflict of row) {
      const unit = conflict.kind === "figure" ? unitOf(conflict.values[0] as Value) : null;
      const keys = new Set(conflict.values.map(valueKey));
      const into =
        unit === null
          ? undefined
          : shown.find(
              (s) =>
                s.row !== r &&
                s.unit === unit &&
                [...keys].filter((key) => s.keys.has(key)).length >= MIN_SHARED_VALUES,
            );
      if (!into) {
        kept.push(conflict);
        if (unit !== null) shown.push({ row: r, at: kept.length - 1, keys, unit });
        continue;
      }
      // `into` is another row's, shown earlier: its row is final in `rows`.
      const target = rows[into.row] as Conflict[];
      const first = target[into.at] as Conflict;
      const added = conflict.values.filter((v) => !into.keys.has(valueKey(v)));
      for (const v of added) into.keys.add(valueKey(v));
      target[into.at] = { ...first, values: [...first.values, ...added] };
    }
    rows[r] = kept;
  });
  return rows;
}

/** The unit each statement's figure value is counted in, by outlet and where the figure stands. */
export function figureUnits(units: readonly AlignUnit[]): UnitOf {
  const unitAt = new Map<string, string>();
  for (const unit of units)
    for (const f of unit.figures) unitAt.set(`${unit.articleId}|${f.span.start}`, f.unit);
  return (v) => unitAt.get(`${v.articleId}|${v.span?.start}`) ?? null;
}
