import type { Conflict } from "@parallax/core";
import { OCCURRENCE_VERBS } from "../../../lexicons/event-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { eventTriggers } from "../../events/event-triggers.ts";
import type { Value } from "../conflict-rows.ts";
import { type ConflictContext, datesSpeech, prospectiveAt } from "../guards.ts";
import { happeningKey } from "../happenings/verbs.ts";
import { type DatedEntry, datedOfStory } from "./dated-statements.ts";
import { dateVerb, dayName, daysOf } from "./day-values.ts";
import { goesInto } from "./going-into.ts";
import { harmToAThing, harmTold } from "./harm-told.ts";
import { killedIn } from "./left-dead.ts";
import { type DayEntry, shareParticipant } from "./participants.ts";
import { reportsShareHappening } from "./told-report.ts";
import { oneHappeningTold, toldAlike } from "./told-words.ts";
import { seriesVerbs } from "./verb-series.ts";
import { fullWrittenDay } from "./written-days.ts";

/**
 * Adds to date rows the outlets, wherever alignment grouped their statements, that give one of a
 * row's days to the same happening as a statement of the row giving that day: the same verb dated
 * ("destroyed by a fire early Tuesday" / "a fire on Tuesday destroyed"), both the day of the
 * happening or both the day something was said, the same participant. A row is to show every
 * outlet stating each day, not only those alignment put beside the two in conflict. A statement
 * aligned with one of the row's, its day's clause sharing a word with that one's, tells the same
 * happening in other verbs ("entered the clinic Tuesday" / "went to the clinic on Tuesday":
 * conflicts/dates/told-words.ts). Going to a place is the entry a row statement tells ("went to the
 * clinic on Tuesday" / "checked into the clinic Tuesday": conflicts/dates/going-into.ts); two days of
 * telling, of reports telling one happening ("hanged himself after his arrest, police said Friday" /
 * "arrested Tuesday, he has hanged himself, police said Wednesday": conflicts/dates/told-report.ts), one
 * report's; and two verbs of
 * harm to the thing both clauses name are one harm ("the hall was badly damaged by fire Friday" /
 * "a fire devastated the hall Friday": conflicts/dates/harm-told.ts); a result of deaths in the day's
 * clause tells a killing ("riots left three workers dead and engulfed the town on Wednesday":
 * conflicts/dates/left-dead.ts).
 */
export function completeRows(
  units: readonly AlignUnit[],
  rows: readonly Conflict[],
  context: ConflictContext,
  /** Statements standing in for a person they describe (conflicts/dates/described-happenings.ts). */
  standIns: ReadonlyMap<number, string> = new Map(),
): void {
  if (rows.length === 0) return;
  const { byArticle, dated } = datedOfStory(units);
  const entryAt = (value: Value): DayEntry | null => {
    const span = value.span;
    if (!span) return null;
    for (const unit of byArticle.get(value.articleId) ?? []) {
      const date = unit.dates
        .concat(unit.weekdays, daysOf(unit))
        .find((d) => d.span.start === span.start && d.span.end === span.end);
      if (date) return { unit, date };
    }
    return null;
  };
  for (const row of rows) {
    // A possessive day ("Friday night's fire") joined the row by its noun (possessive-days.ts,
    // score-days.ts): it gives the day, but no verb of its statement tells the happening.
    const entries = row.values.flatMap((v) => {
      const entry = entryAt(v);
      return entry ? [{ entry, added: COMPLETED.has(v) }] : [];
    });
    // The row's own statements vouch for the happening; an outlet a completion brought in does
    // not bring in more (the row would grow by chains of likeness, from one call to the next).
    const sides = entries.filter((e) => !e.added && !possessive(e.entry)).map((e) => e.entry);
    const present = new Set(
      entries.map(({ entry: e }) => `${e.unit.articleId}|${dayName(e.date)}`),
    );
    const names = new Set(sides.map((e) => dayName(e.date)));
    // Each side's tense, speech flag and verb, read once for every candidate (the checks below are
    // pure: the cheap comparisons go first, the article likeness and clause readings after).
    const read = sides.map((side) => ({
      side,
      prospective: prospectiveAt(side.unit, side.date.span.start),
      said: datesSpeech(side.unit, side.date.span.start),
      verb: dateVerb(side.unit, side.date),
    }));
    for (const candidate of dated) {
      const { name, key, said, verb } = candidate;
      if (!names.has(name) || present.has(key)) continue;
      if (verb === null) continue;
      // Any statement of the row vouches for the happening, whichever of its days it gives: the
      // edited outlet's "killed on Monday night" brings in another outlet's "was shot and killed
      // on Saturday night" though the row's other "Saturday" is worded otherwise.
      const matches = read.some(({ side, prospective, said: sideSaid, verb: sideVerb }) => {
        if (
          side.unit.articleIndex === candidate.unit.articleIndex ||
          // The tense of each day's own clause: "who died on Thursday, will be remembered" dates
          // the death, whatever the rest of the statement looks forward to.
          prospective !== candidate.prospective ||
          (sideSaid !== said && !toldThatDay(sideVerb, verb)) ||
          !oneHappeningTold(side.unit, candidate.unit, context)
        )
          return false;
        const dated = { unit: side.unit, date: side.date, verb: sideVerb };
        if (sameFullDay(side, candidate, context, standIns)) return true;
        const told =
          toldVerbs(candidate, verb).some((v) => sameVerb(sideVerb, v)) ||
          // Two days of telling date two reports: what both tell, not the verb last before each.
          (sideSaid &&
            said &&
            reportsShareHappening(side.unit, side.date, candidate.unit, candidate.date)) ||
          sameOccurrence(side.unit, sideVerb, candidate.unit, verb) ||
          goesInto(sideVerb, candidate.unit, candidate.date, verb) ||
          // A harm's own participants: a statement standing in for a described person tells
          // that person's happening, not a thing's harm.
          (harmTold(dated, candidate) &&
            shareParticipant(side, candidate, context, new Map(), true)) ||
          toldAlike(
            side.unit,
            side.date.span.start,
            side.date.span.end,
            candidate.unit,
            candidate.date.span.start,
            candidate.date.span.end,
            context,
          );
        if (told && shareParticipant(side, candidate, context, standIns, true)) return true;
        // A harm done to a thing, no day's clause naming anyone beside it: the thing both
        // clauses name is its participant (conflicts/dates/harm-told.ts).
        return harmTold(dated, candidate) && harmToAThing(dated, candidate);
      });
      if (!matches) continue;
      present.add(key);
      row.values.push(
        completed({
          articleId: candidate.unit.articleId,
          text: candidate.date.text,
          span: candidate.date.span,
        }),
      );
    }
  }
}

const toldVerbsOf = new WeakMap<DatedEntry, readonly string[]>();

/**
 * The verbs a dated statement tells its day's happening with: its day's verb, the verbs of a series
 * it opens, a killing its clause leaves dead. They depend on the statement and day alone, and every
 * side of every row of the story is set against it: read once per story's entry.
 */
function toldVerbs(candidate: DatedEntry, verb: string): readonly string[] {
  let verbs = toldVerbsOf.get(candidate);
  if (!verbs) {
    verbs = [
      verb,
      ...seriesVerbs(candidate.unit, candidate.date),
      ...killedIn(candidate.unit, candidate.date),
    ];
    toldVerbsOf.set(candidate, verbs);
  }
  return verbs;
}

/** The values completions added to rows (never a side that brings in another outlet). */
const COMPLETED = new WeakSet<Value>();

/** Marks a value as added by a completion, not found as a row's own disagreement. */
export function completed(value: Value): Value {
  COMPLETED.add(value);
  return value;
}

/**
 * Whether a day of telling and a day of the happening told may stand in one row: the report dated
 * by its telling and the outlet dating the happening use the very same verb ("Ada Lund's lawyer
 * said Thursday the singer checked into a clinic" / "Ada Lund checked into the clinic on Thursday
 * night"). News dates a fresh report by the day it was given; an outlet naming that day for the
 * happening gives the row's day. Not another verb of the class ("left the clinic").
 */
function toldThatDay(sideVerb: string | null, verb: string): boolean {
  return sideVerb !== null && sideVerb === verb;
}

/** Whether a row's day is a possessive one ("Friday night's fire"). */
function possessive(entry: DayEntry): boolean {
  return /^['’]s\b/.test(entry.unit.text.slice(entry.date.span.end - entry.unit.span.start));
}

/**
 * Whether two day verbs tell one happening: one story-event class, widened by the classes that
 * key a happening's days and figures (conflicts/happenings/verbs.ts), as the row's own pair is:
 * "the mill was destroyed on Thursday" brings in "the mill burned down on Thursday".
 */
function sameVerb(a: string | null, b: string): boolean {
  return a !== null && happeningKey(a) === happeningKey(b);
}

/**
 * Whether two days date one happening told by its noun with different verbs of onset or impact:
 * "an earthquake hit the island on Sunday" / "a quake jolted the island on Sunday". Each verb
 * only tells the noun's taking place (OCCURRENCE_VERBS), so the happening is the noun both name.
 */
function sameOccurrence(a: AlignUnit, verbA: string | null, b: AlignUnit, verbB: string): boolean {
  if (verbA === null || !OCCURRENCE_VERBS.has(verbA) || !OCCURRENCE_VERBS.has(verbB)) return false;
  const nouns = (unit: AlignUnit) =>
    eventTriggers(
      unit.eventWords.filter((w) => !w.verb),
      new Map(),
    );
  const left = nouns(a);
  return [...nouns(b)].some((n) => left.has(n));
}

/**
 * Whether a candidate writes in full — day, month and year — the very calendar day a row statement
 * writes, in an article telling the same event: "Norland Telecom began to see faults on Tuesday,
 * 14 March 2023" / "The harbour line went dead on Tuesday 14 March 2023". A day so written names
 * one day of the story whatever verb each outlet tells the happening with (onset, outage,
 * trouble), where a bare weekday could be any of a week's. Participants may be unnamed on one side
 * ("the harbour line" / "Norland Telecom"); two statements naming people or bodies must share one
 * (an arrest and a death on one written day are two happenings of two people). Only completes a
 * row, never sets two days against each other.
 */
function sameFullDay(
  side: DayEntry,
  candidate: DatedEntry,
  context: ConflictContext,
  standIns: ReadonlyMap<number, string>,
): boolean {
  const day = fullWrittenDay(side.date.text);
  if (day === null || day !== fullWrittenDay(candidate.date.text)) return false;
  if (side.unit.entities.size === 0 || candidate.unit.entities.size === 0) return true;
  return shareParticipant(side, candidate, context, standIns, true);
}
