import type { Conflict, DateReference } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { completeRow, representatives, type Value } from "../conflict-rows.ts";
import {
  alignedAsOne,
  backgroundComparable,
  type ConflictContext,
  clauseLemmas,
  clausesShareVerb,
  conflictEvidence,
  datesSpeech,
  SAME_WORDING,
  sameSubject,
} from "../guards.ts";
import { oneHappening } from "../happenings/one-happening.ts";
import { tellRefusal } from "../refusals.ts";
import { datesTwoHappenings } from "./dated-happening.ts";
import { thingsDiffer } from "./dated-things.ts";
import { isDateline } from "./dateline.ts";
import { doersDiffer, ordinalsDiffer, patientsDiffer } from "./day-doers.ts";
import {
  datesDiffer,
  dateVerb,
  dayKey,
  dayName,
  dayOf,
  daysOf,
  weekdayNamed,
} from "./day-values.ts";
import { contestsPlacedApart } from "./happening-places.ts";
import {
  datesAnotherVerb,
  datesPlacedHappening,
  differentDoers,
  namesTheOtherDay,
} from "./pair-guards.ts";
import { weeksApart } from "./weeks-apart.ts";

/**
 * Dates that disagree inside a group: two statements aligned as one fact about the same people, each
 * giving one day, that name different days for what they tell (worded alike, or the clauses holding
 * the dates share a word: "arrived on Sunday" / "arrived on Monday").
 */
export function dateConflicts(
  allUnits: readonly AlignUnit[],
  context: ConflictContext,
): Conflict[] {
  const dated = allUnits.filter((unit) => dayOf(unit) !== null && !isDateline(unit));
  const units = representatives(
    dated,
    () => ["day"],
    (unit) => [dayKey(dayOf(unit) as DateReference)],
  );
  if (context.refused) {
    // A diagnostic run hears the pairs never compared: a statement another of its day stands
    // for, and every pair after the first disagreement (the check reports one row per group).
    const compared = new Set(units);
    tellUnread(allUnits, context);
    tellPairs(context, dated, (a, b) => !compared.has(a) || !compared.has(b), "represented");
  }
  for (let i = 0; i < units.length; i += 1) {
    for (let j = i + 1; j < units.length; j += 1) {
      const a = units[i] as AlignUnit;
      const b = units[j] as AlignUnit;
      if (a.articleIndex === b.articleIndex) continue;
      const x = dayOf(a);
      const y = dayOf(b);
      if (!x || !y) continue;
      const refused = dateRefusal(a, x, b, y, context);
      if (refused !== null) {
        tellRefusal(context.refused, "date", refused, a, b, [x.span, y.span]);
        continue;
      }
      tellRefusal(context.refused, "date", "found", a, b, [x.span, y.span]);
      if (context.refused) {
        const rank = new Map(units.map((unit, k) => [unit, k] as const));
        const after = (p: AlignUnit, q: AlignUnit) => {
          const [m, n] = [rank.get(p) ?? -1, rank.get(q) ?? -1].sort((u, v) => u - v);
          return (m as number) > i || (m === i && (n as number) > j);
        };
        tellPairs(context, units, after, "afterFirstRow");
      }
      const shared = sharedClauseLemmas(a, x, b, y);
      // The row's two days by name ("Saturday" however each outlet's day resolves it); a date
      // written otherwise joins the side whose resolved day it is ("June 8" / "Saturday").
      const sides = [dayName(x), dayName(y)];
      const named = sideDays(allUnits, sides);
      const sideOf = (d: DateReference): string => {
        const name = dayName(d);
        if (sides.includes(name) || !d.value) return name;
        if (d.value === x.value) return sides[0] as string;
        if (d.value === y.value) return sides[1] as string;
        return named.get(d.value) ?? name;
      };
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
            sideOf,
            sides,
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

/**
 * Tells the sink each pair of days of two outlets' statements that the check never reads because
 * one statement gives more than one day (`oneDayEach`) or is a dateline.
 */
function tellUnread(units: readonly AlignUnit[], context: ConflictContext): void {
  const unread = (unit: AlignUnit) =>
    isDateline(unit) ? "dateline" : dayOf(unit) === null ? "oneDayEach" : null;
  const days = units.filter((unit) => daysOf(unit).length > 0);
  for (let i = 0; i < days.length; i += 1)
    for (let j = i + 1; j < days.length; j += 1) {
      const a = days[i] as AlignUnit;
      const b = days[j] as AlignUnit;
      const why = unread(a) ?? unread(b);
      if (a.articleIndex === b.articleIndex || why === null) continue;
      for (const x of daysOf(a))
        for (const y of daysOf(b))
          tellRefusal(context.refused, "date", why, a, b, [x.span, y.span]);
    }
}

/** Tells the sink each pair of two outlets' dated statements that `told` picks, by `guard`. */
function tellPairs(
  context: ConflictContext,
  units: readonly AlignUnit[],
  told: (a: AlignUnit, b: AlignUnit) => boolean,
  guard: string,
): void {
  for (let i = 0; i < units.length; i += 1)
    for (let j = i + 1; j < units.length; j += 1) {
      const a = units[i] as AlignUnit;
      const b = units[j] as AlignUnit;
      if (a.articleIndex === b.articleIndex || !told(a, b)) continue;
      const x = dayOf(a) as DateReference;
      const y = dayOf(b) as DateReference;
      tellRefusal(context.refused, "date", guard, a, b, [x.span, y.span]);
    }
}

/**
 * The first guard that keeps two statements' days from disagreeing, by name, or null when they
 * disagree: the checks run in this order, and the first that refuses ends the reading.
 */
export function dateRefusal(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
  context: ConflictContext,
): string | null {
  if (!datesDiffer(x, y)) return "sameDay";
  // Days a week or more apart date two happenings (conflicts/dates/weeks-apart.ts).
  if (weeksApart(x, y)) return "weeksApart";
  if (datesSpeech(a, x.span.start) !== datesSpeech(b, y.span.start)) return "datesSpeech";
  if (!alignedAsOne(a, b, context)) return "alignedAsOne";
  if (!sameSubject(a, b, context)) return "sameSubject";
  if (namesTheOtherDay(a, x, b, y)) return "namesTheOtherDay";
  if (datesAnotherVerb(a, x, b, y)) return "datesAnotherVerb";
  if (datesPlacedHappening(a, x, b, y)) return "datesPlacedHappening";
  if (differentDoers(a, x, b, y, context)) return "differentDoers";
  if (context.similarity(a, b) < SAME_WORDING && datesTwoHappenings(a, x, b, y))
    return "datesTwoHappenings";
  if (
    context.sharedVerb &&
    !clausesShareVerb(a, x.span.start, x.span.end, b, y.span.start, y.span.end)
  )
    return "clausesShareVerb";
  if (
    !context.sharedVerb &&
    !oneHappening(a, dateVerb(a, x), x.span.start, b, dateVerb(b, y), y.span.start, context)
  )
    return "oneHappening";
  if (context.similarity(a, b) < SAME_WORDING && sharedClauseLemmas(a, x, b, y).length === 0)
    return "sharedClauseWord";
  if (!backgroundComparable(a, b, context)) return "backgroundComparable";
  // A contest or a win in one place and one in another (conflicts/dates/happening-places.ts).
  if (contestsPlacedApart(a, b, context)) return "placedApart";
  // Who did it, what it was done to, which of a series (conflicts/dates/day-doers.ts); read last.
  if (doersDiffer(a, x, b, y, context)) return "doersDiffer";
  if (ordinalsDiffer(a, x, b, y)) return "ordinalsDiffer";
  if (patientsDiffer(a, x, b, y, context)) return "patientsDiffer";
  if (thingsDiffer(a, x, b, y)) return "thingsDiffer";
  return null;
}

/** The words the clauses holding the two dates share ("arrived": "arrived on Sunday"). */
function sharedClauseLemmas(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
): string[] {
  const left = clauseLemmas(a, x.span.start, x.span.end);
  const right = clauseLemmas(b, y.span.start, y.span.end);
  return [...left].filter((w) => right.has(w));
}

/**
 * The calendar day each side's weekday is for the group's outlets that resolve it ("Monday" is
 * 30 November for an outlet dated 1 December): a calendar date of that day joins the side, also
 * when the two days set against each other are weekdays no publication day resolves. A day two
 * sides resolve to is left to neither.
 */
function sideDays(units: readonly AlignUnit[], sides: readonly string[]): Map<string, string> {
  const side = new Map<string, string>();
  const torn = new Set<string>();
  for (const unit of units) {
    const day = dayOf(unit);
    if (!day?.value || !weekdayNamed(day)) continue;
    const name = dayName(day);
    if (!sides.includes(name)) continue;
    if ((side.get(day.value) ?? name) !== name) torn.add(day.value);
    side.set(day.value, name);
  }
  for (const value of torn) side.delete(value);
  return side;
}
