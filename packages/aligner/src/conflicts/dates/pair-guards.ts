import type { DateReference } from "@parallax/core";
import { LIGHT_VERBS } from "../../../lexicons/event-words.ts";
import { eventWords } from "../../align/lemmas.ts";
import { perUnit } from "../../align/per-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import { eventVerb } from "../../events/event-triggers.ts";
import { type ConflictContext, datesSpeech } from "../guards.ts";
import { happeningsOf, names } from "../happenings/one-happening.ts";
import { dateVerbBefore, weekdayNamed } from "./day-values.ts";

/**
 * Whether one statement names, anywhere, the weekday the other gives ("In Sunday's final, the
 * winner of the game played Friday" against "the final is on Sunday"): an outlet that writes both
 * days tells two moments of the story, not another day than the other outlet. Its own day was read
 * as the only one because the other is a possessive, a bound or a quotation's.
 */
export function namesTheOtherDay(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
): boolean {
  const names = (unit: AlignUnit, weekday: string | undefined) =>
    weekday !== undefined && new RegExp(`\\b${weekday}\\b`, "i").test(unit.text);
  return names(a, weekdayNamed(y)) || names(b, weekdayNamed(x));
}

/**
 * The happenings (verb classes) a statement tells with its verbs, light verbs aside: read once.
 * Participles in -ing are left out: "sank on Sunday, stranding forty passengers" tells what came
 * with the dated happening, at its time, not another happening with a day of its own.
 */
const verbClasses = perUnit(
  (unit: AlignUnit) =>
    new Set(
      eventWords(
        unit.text.replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " ").replace(/\b\p{L}+ing\b/gu, " "),
      )
        .filter((w) => w.verb && !LIGHT_VERBS.has(w.lemma))
        .map((w) => eventVerb(w.lemma)),
    ),
);

/**
 * Whether the two days date different happenings told by one of the statements: each day belongs
 * to its own verb ("sprained his wrist Thursday" / "placed on the injured list Wednesday, with a
 * sprained wrist"), and the statement that tells both happenings gives its day to the other one. Its
 * silence on the first happening's day is no other day for it.
 */
export function datesAnotherVerb(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
): boolean {
  // When something was said ("police said Friday") no verb of the statement is dated.
  if (datesSpeech(a, x.span.start) || datesSpeech(b, y.span.start)) return false;
  const verbA = dateVerbBefore(a, x);
  const verbB = dateVerbBefore(b, y);
  if (verbA === null || verbB === null || LIGHT_VERBS.has(verbA) || LIGHT_VERBS.has(verbB))
    return false;
  const ca = eventVerb(verbA);
  const cb = eventVerb(verbB);
  if (ca === cb) return false;
  return verbClasses(b).has(ca) || verbClasses(a).has(cb);
}

/** Words right after a day that place another happening before or after the dated one. */
const PLACED_AFTER_DAY = /^\s*,?\s*(?:after|before|since|following)\s/iu;

/**
 * Whether one day dates a verb the other statement never tells, and its statement places the
 * happening they share before or after it ("Ada Lund thanked the crews Thursday night after taking the
 * post" / "Lund on Tuesday took the post"):
 * the day is the speech's, and the winning has none there (issue 12, conflict audit, extra wide
 * build half). A statement telling the dated verb too ("Vint resigned on Friday") keeps the pair.
 */
export function datesPlacedHappening(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
): boolean {
  const placed = (unit: AlignUnit, date: DateReference, other: AlignUnit) => {
    if (datesSpeech(unit, date.span.start)) return false;
    const after = unit.text.slice(date.span.end - unit.span.start);
    if (!PLACED_AFTER_DAY.test(after)) return false;
    const verb = dateVerbBefore(unit, date);
    if (verb === null || LIGHT_VERBS.has(verb)) return false;
    // The other naming the dated happening, as a verb or a noun ("the cause of his death"), may
    // give it its own day.
    const happening = eventVerb(verb);
    return !verbClasses(other).has(happening) && !names(other, happening, happeningsOf(unit).verbs);
  };
  return placed(a, x, b) || placed(b, y, a);
}

/**
 * The people a statement names before a value (speakers aside): who did what the value dates. A
 * name is found by the last word of the story entity's name ("Henry" of "John W. Henry").
 */
function namedBefore(unit: AlignUnit, start: number, context: ConflictContext): Set<string> {
  const before = unit.text.slice(0, Math.max(0, start - unit.span.start));
  const found = new Set<string>();
  for (const id of unit.entities) {
    if (unit.speakers.has(id) || !context.isPerson?.(id)) continue;
    const last = context.entityName(id).trim().split(/\s+/).at(-1);
    if (!last || last.length < 2) continue;
    const escaped = escapeRegExp(last);
    if (new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").test(before)) found.add(id);
  }
  return found;
}

/**
 * Whether two days are given for what different people did: each statement names people before
 * its day and they share none ("the owner, Dana Vey, flew to the coast on Monday to meet the
 * pitcher" / "the manager, Lou Brandt, flew to meet the pitcher on Thursday"). Shared names after
 * the day (whom they met) make one story, not one trip.
 */
export function differentDoers(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
  context: ConflictContext,
): boolean {
  const left = namedBefore(a, x.span.start, context);
  const right = namedBefore(b, y.span.start, context);
  if (left.size === 0 || right.size === 0) return false;
  // One statement naming the other's people anywhere ("the deputy was killed … in an attack in
  // which Orozco shot a man") may tell the same happening from the other side (victim, culprit).
  return (
    ![...left].some((id) => b.entities.has(id)) && ![...right].some((id) => a.entities.has(id))
  );
}
