import type { ArticleId, Conflict } from "@parallax/core";
import { WEEKDAYS } from "../../lexicons/calendar-words.ts";

const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "i");

/** A value as compared across outlets: a date by its weekday ("early Sunday" → "sunday"), else its words. */
function valueKey(kind: Conflict["kind"], text: string): string {
  const lower = text.toLowerCase().trim();
  if (kind === "date" || kind === "time") return WEEKDAY.exec(lower)?.[1] ?? lower;
  return lower;
}

/** The outlets (articles) giving each value of a conflict, keyed as `valueKey` reads it. */
function outletsByValue(conflict: Conflict): Map<string, Set<ArticleId>> {
  const by = new Map<string, Set<ArticleId>>();
  for (const value of conflict.values) {
    const key = valueKey(conflict.kind, value.text);
    const set = by.get(key) ?? new Set<ArticleId>();
    set.add(value.articleId);
    by.set(key, set);
  }
  return by;
}

/** Outlets that must give each of the two days, the outlet giving both aside (see `daysOfTwoHappenings`). */
const OTHER_OUTLETS_PER_DAY = 2;

/**
 * Whether a date conflict's two days more likely date two happenings than disagree about one: an
 * outlet gives both days itself, and each day is given by two other outlets or more. A report that
 * names both days tells two happenings ("the quake struck on Sunday"; "on Monday rescuers handed
 * out tents"; "the warning came on Tuesday, the fix on Wednesday"), and several outlets keep to each
 * day: the days belong to a happening and its sequel, not to outlets at odds. A disagreement about
 * one day is an outlet (or a few) against the others, none of them giving both. On ECB+ train
 * (mixed stories) this drops 2 of 5 date conflicts: the day of an announcement set against the
 * day of the release it announced, and the day of a quake set against the day of the relief after
 * it; no perturbation case (a perturbed day is given by one outlet).
 */
export function daysOfTwoHappenings(conflict: Conflict): boolean {
  if (conflict.kind !== "date") return false;
  const [first, second] = conflict.values;
  if (!first || !second) return false;
  const by = outletsByValue(conflict);
  const left = by.get(valueKey("date", first.text));
  const right = by.get(valueKey("date", second.text));
  if (!left || !right || left === right) return false;
  const both = [...left].filter((id) => right.has(id));
  if (both.length === 0) return false;
  const others = (set: Set<ArticleId>) => [...set].filter((id) => !both.includes(id)).length;
  return others(left) >= OTHER_OUTLETS_PER_DAY && others(right) >= OTHER_OUTLETS_PER_DAY;
}

/** A conflict as the outlets and values it sets against each other: kind, then each "outlet:value". */
function disagreement(conflict: Conflict): Set<string> {
  return new Set(
    conflict.values.map((v) => `${v.articleId}\u0000${valueKey(conflict.kind, v.text)}`),
  );
}

/**
 * One disagreement reported once: of conflicts of one kind whose outlets and values are the same
 * (or all within an earlier one's), only the first is kept. Two rows of one story may both hold the
 * statements giving the values (a governor's count of the injured and an agency's), and the second
 * report adds nothing the first does not say. `conflictsByRow` is in the order rows are shown; the
 * rows' conflicts are returned in the same shape, duplicates left out. On ECB+ train (mixed stories)
 * this drops 1 of 17 conflicts, whose first statement was the weaker of the two rows' readings.
 */
export function withoutRepeats(conflictsByRow: readonly (readonly Conflict[])[]): Conflict[][] {
  const seen: { kind: Conflict["kind"]; values: Set<string> }[] = [];
  return conflictsByRow.map((row) =>
    row.filter((conflict) => {
      const values = disagreement(conflict);
      const repeat = seen.some(
        (s) => s.kind === conflict.kind && [...values].every((v) => s.values.has(v)),
      );
      if (!repeat) seen.push({ kind: conflict.kind, values });
      return !repeat;
    }),
  );
}
