import type { DateReference } from "@parallax/core";
import { LIGHT_VERBS } from "../../../lexicons/event-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { withoutDescribingVerbs } from "../happenings/described-verbs.ts";
import { happeningKey } from "../happenings/verbs.ts";
import { bySpan, clauseAround } from "../value-clause.ts";
import { verbsIn } from "./day-values.ts";

/**
 * The happenings a report tells, when its day is the day it was told ("the keeper hanged himself
 * hours after his arrest, police said Friday"): the keys of every verb before the telling clause,
 * light verbs and verbs that only describe a noun aside. The telling dates the whole report, not
 * the verb that happens to stand last before it ("arrest" there), so two outlets telling one
 * report in other orders ("arrested on Tuesday, the keeper has hanged himself, police said
 * Wednesday") are compared by what both tell.
 */
export function reportHappenings(unit: AlignUnit, date: DateReference): ReadonlySet<string> {
  return reportAt(unit, date.span.start, date.span.end);
}

// Read once per text and telling day (bySpan): every row's sides are set against every dated
// statement.
const reportAt = bySpan((unit: AlignUnit, start: number, end: number): ReadonlySet<string> => {
  const clause = clauseAround(unit, start, end);
  const before = start - unit.span.start - (clause?.before.length ?? 0);
  const report = withoutDescribingVerbs(unit.text).slice(0, Math.max(0, before));
  return new Set(
    verbsIn(report)
      .filter((verb) => !LIGHT_VERBS.has(verb))
      .map(happeningKey),
  );
});

/** Whether two reports dated by their telling tell one happening (a verb of one class each). */
export function reportsShareHappening(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
): boolean {
  const left = reportHappenings(a, x);
  if (left.size === 0) return false;
  for (const key of reportHappenings(b, y)) if (left.has(key)) return true;
  return false;
}
