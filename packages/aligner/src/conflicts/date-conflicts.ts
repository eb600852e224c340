import type { Conflict, DateReference } from "@parallax/core";
import type { AlignUnit } from "../align/units.ts";
import { completeRow, representatives, type Value } from "./conflict-rows.ts";
import {
  alignedAsOne,
  type ConflictContext,
  clauseLemmas,
  clausesShareVerb,
  conflictEvidence,
  datesSpeech,
  outsideLead,
  SAME_WORDING,
  sameSubject,
} from "./guards.ts";

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const ABSOLUTE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * "passed away at 18:41 this evening (02:41 GMT Friday)": a day in parentheses restates another
 * moment in another time zone; it is not the day the statement gives for what it tells.
 */
function inParentheses(unit: AlignUnit, start: number): boolean {
  const before = unit.text.slice(0, Math.max(0, start - unit.span.start));
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

/**
 * The one day a statement gives for what it tells: a resolved day, or a weekday named (resolved or
 * not); null when it gives none or several.
 */
function dayOf(unit: AlignUnit): DateReference | null {
  const days = unit.dates.filter(
    (d) => d.precision === "day" && d.value && !d.id.endsWith("-anchor"),
  );
  const unresolvedWeekdays = unit.weekdays.filter((w) => !days.some((d) => d.id === w.id));
  const all = [...days, ...unresolvedWeekdays].filter((d) => !inParentheses(unit, d.span.start));
  return all.length === 1 ? (all[0] as DateReference) : null;
}

function dayKey(date: DateReference): string {
  const weekday = WEEKDAY.exec(date.text)?.[1]?.toLowerCase();
  return date.value ?? `weekday ${weekday}`;
}

/**
 * Whether two outlets' dates name different days: words alike ("on Friday" twice, "today" twice)
 * agree whatever each article's own day; two weekdays differ by name, resolved or not; otherwise both
 * must be resolved against a stated publication day, or written as calendar dates.
 */
function datesDiffer(x: DateReference, y: DateReference): boolean {
  if (x.text.trim().toLowerCase() === y.text.trim().toLowerCase()) return false;
  const wx = WEEKDAY.exec(x.text)?.[1]?.toLowerCase();
  const wy = WEEKDAY.exec(y.text)?.[1]?.toLowerCase();
  if (wx && wy) return wx !== wy;
  if (!x.value || !y.value || x.value === y.value) return false;
  if (x.endValue && y.value >= x.value && y.value <= x.endValue) return false;
  if (y.endValue && x.value >= y.value && x.value <= y.endValue) return false;
  if (ABSOLUTE.test(x.text) && ABSOLUTE.test(y.text)) return true;
  return x.status === "resolved" && y.status === "resolved";
}

/**
 * Dates that disagree inside a group: two statements aligned as one fact about the same people, each
 * giving one day, that name different days for what they tell (worded alike, or the clauses holding
 * the dates share a word: "arrived on Sunday" / "arrived on Monday").
 */
export function dateConflicts(
  allUnits: readonly AlignUnit[],
  context: ConflictContext,
): Conflict[] {
  const units = representatives(
    allUnits.filter((unit) => dayOf(unit) !== null),
    () => ["day"],
    (unit) => [dayKey(dayOf(unit) as DateReference)],
  );
  for (let i = 0; i < units.length; i += 1) {
    for (let j = i + 1; j < units.length; j += 1) {
      const a = units[i] as AlignUnit;
      const b = units[j] as AlignUnit;
      if (a.articleIndex === b.articleIndex) continue;
      const x = dayOf(a);
      const y = dayOf(b);
      if (!x || !y || !datesDiffer(x, y)) continue;
      if (datesSpeech(a, x.span.start) !== datesSpeech(b, y.span.start)) continue;
      if (!alignedAsOne(a, b, context) || !sameSubject(a, b, context)) continue;
      if (
        context.sharedVerb &&
        !clausesShareVerb(a, x.span.start, x.span.end, b, y.span.start, y.span.end)
      )
        continue;
      const left = clauseLemmas(a, x.span.start, x.span.end);
      const right = clauseLemmas(b, y.span.start, y.span.end);
      const shared = [...left].filter((w) => right.has(w));
      if (context.similarity(a, b) < SAME_WORDING && shared.length === 0) continue;
      if (context.similarity(a, b) < SAME_WORDING && outsideLead(a, b)) continue;
      const toValue = (unit: AlignUnit, d: DateReference): Value => ({
        articleId: unit.articleId,
        text: d.text,
        span: d.span,
      });
      return [
        {
          kind: "date",
          subject: "date of the event",
          values: completeRow(
            [toValue(a, x), toValue(b, y)],
            allUnits,
            (unit) => {
              const day = dayOf(unit);
              return day ? [day] : [];
            },
            dayKey,
            [dayKey(x), dayKey(y)],
            toValue,
          ),
          evidence: conflictEvidence(a, b, context, [
            {
              kind: "date",
              label: shared.length > 0 ? `dated: ${shared.slice(0, 4).join(", ")}` : "one day each",
              weight: 1,
            },
          ]),
        },
      ];
    }
  }
  return [];
}
