import type { Conflict, DateReference } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { spanKey } from "../conflict-rows.ts";
import {
  type ConflictContext,
  datesSpeech,
  LEAD_STATEMENTS,
  outsideLead,
  prospectiveAt,
  sameEvent,
} from "../guards.ts";
import { takesIntoCustody } from "../happenings/custody-verbs.ts";
import { happeningKey } from "../happenings/verbs.ts";
import { tellRefusal } from "../refusals.ts";
import { counterpartsDiffer } from "./counterparts.ts";
import { thingsDiffer } from "./dated-things.ts";
import { doersDiffer, ordinalsDiffer, patientsDiffer } from "./day-doers.ts";
import { datesDiffer, dateVerb, dayName, daysOf } from "./day-values.ts";
import { placedApart } from "./happening-places.ts";
import { datesLightVerbObject } from "./light-verb-object.ts";
import { namesAnotherThing } from "./named-days.ts";
import { datesHappeningNoun } from "./noun-dates.ts";
import { differentDoers, namesTheOtherDay } from "./pair-guards.ts";
import { type DayEntry, shareParticipant } from "./participants.ts";
import { perDayPlace } from "./per-day-place.ts";
import { plannedMeetingHeld } from "./planned-meeting.ts";
import { datesPluralHappening } from "./plural-happenings.ts";
import { completeByPossessive } from "./possessive-days.ts";
import { dateRow, dateValue } from "./row.ts";
import { completeRows } from "./row-completion.ts";
import { scheduledApart } from "./scheduled-things.ts";
import { completeByScore } from "./score-days.ts";
import { seriesStatements } from "./series-days.ts";
import { weeksApart } from "./weeks-apart.ts";

/** A happening of the story as `events/story-events.ts` finds it: its verb and its statements. */
export type DatedHappening = {
  action: string;
  units: readonly number[];
  /** Read only in the articles' leads (a happening of the story's broad reading). */
  leadOnly?: boolean;
};

/** One statement's day for a happening. */
type Entry = DayEntry;

/**
 * The days a happening's statements give for it: a day whose verb is the happening's own ("died
 * Thursday" in the event of dying, or "the shooting took place Thursday" in the event of shooting:
 * conflicts/dates/noun-dates.ts), not one of another verb in the same statement ("arrested
 * Tuesday, he hanged himself that night") nor the day something was said ("police said Friday").
 */
function entriesOf(happening: DatedHappening, units: readonly AlignUnit[]): Entry[] {
  const entries: Entry[] = [];
  for (const index of happening.units) {
    const unit = units[index] as AlignUnit;
    for (const date of daysOf(unit))
      if (notAnEntry(unit, date, happening.action) === null) entries.push({ unit, date });
  }
  return entries;
}

/**
 * Why a statement's day is not one it gives for the happening, by name, or null when it is. Each
 * check reads the statement's text and the day's place in it alone (as `dateVerb` keys it): read
 * once per text, day and happening, as a large story repeats its texts across outlets.
 */
const notAnEntry = perDayPlace(readNotAnEntry);

function readNotAnEntry(unit: AlignUnit, date: DateReference, action: string): string | null {
  if (datesSpeech(unit, date.span.start)) return "datesSpeech";
  // "his response to the March 4 floods": the day names the floods (conflicts/dates/named-days.ts).
  if (namesAnotherThing(unit, date, action)) return "namesThing";
  const verb = dateVerb(unit, date);
  // Or a noun of the happening the day dates ("the shooting took place Thursday night"), or a
  // light verb's object ("took the step of recalling the kettles Friday").
  if (
    (verb !== null && happeningKey(verb) === action) ||
    (action === happeningKey("arrest") && takesIntoCustody(unit.text, verb)) ||
    datesHappeningNoun(unit, date, action) ||
    datesLightVerbObject(unit, date, verb, action)
  )
    return null;
  return "anotherVerb";
}

/**
 * For a diagnostic run's refusal sink: each pair of days of two outlets' statements of the
 * happening that never met as a pair, one of them being no day given for the happening.
 * `event.anotherVerb` is then no guard to narrow: the day dates another happening than this one
 * (an aftershock's day in the earthquake's happening, a trial's opening in the shooting's). On
 * ECB+ train's build half (issue 12) every such pair read, of two different days, told two
 * happenings or a day of telling, and the perturbations it was first for were lost before it:
 * their two statements never met in a happening of their own verb (participant keying, a
 * description standing in for a person, one verdict told by the court's act and by the
 * defendant's hearing of it). So each is told as `unmet`: no guard of the check refused the pair,
 * and a report of the guard that decided reads past it.
 */
function tellUnread(
  happening: DatedHappening,
  units: readonly AlignUnit[],
  context: ConflictContext,
): void {
  const days = happening.units.map((index) => {
    const unit = units[index] as AlignUnit;
    return daysOf(unit).map((date) => ({
      unit,
      date,
      why: notAnEntry(unit, date, happening.action),
    }));
  });
  for (let i = 0; i < days.length; i += 1)
    for (let j = i + 1; j < days.length; j += 1)
      for (const x of days[i] ?? [])
        for (const y of days[j] ?? []) {
          if (x.unit.articleIndex === y.unit.articleIndex) continue;
          const why = x.why ?? y.why;
          if (why === null) continue;
          tellRefusal(
            context.refused,
            "date",
            `event.${why}`,
            x.unit,
            y.unit,
            [x.date.span, y.date.span],
            true,
          );
        }
}

const at = (unit: AlignUnit, date: DateReference) => spanKey(unit.articleId, date.span.start);

/**
 * Days that disagree for one happening of the story, wherever alignment put its statements: the
 * same event (verb and participant, `events/`) told by two outlets with its own verb dated two
 * different days ("died Thursday" / "died Saturday"). The row names every outlet giving either day
 * for that happening, one entry per article and day. A row already reported by a group is completed
 * instead of repeated: its outlets giving one of its days for the happening are added. A happening
 * of the story's broad reading (`leadOnly`: threads of articles and the leads' happenings join what
 * the narrow one keeps apart, "a fire broke out on Friday night" / "after a huge fire at the store on
 * Sunday night") sets only days of statements in their articles' leads against each other, and
 * brings only those into its row: after the lead, background mixes in. Returns the new rows, each
 * with the statement whose group shows it.
 */
export function happeningDateConflicts(
  units: readonly AlignUnit[],
  happenings: readonly DatedHappening[],
  context: ConflictContext,
  reported: readonly Conflict[],
  /** Statements standing in for a person they describe (conflicts/dates/described-happenings.ts). */
  standIns: ReadonlyMap<number, string> = new Map(),
): { unit: number; conflict: Conflict }[] {
  const fresh: { unit: number; conflict: Conflict }[] = [];
  const seen = new Set<string>();
  for (const happening of happenings) {
    if (context.refused) tellUnread(happening, units, context);
    const entries = entriesOf(happening, units);
    if (entries.length < 2) continue;
    const pairs = disagreements(
      entries,
      context,
      standIns,
      happening.leadOnly === true,
      happening.action,
    );
    const first = pairs[0];
    if (!first) continue;
    const [x, y] = first;
    // Every day set against another for the happening: a row of three days when outlets give three.
    const sides = new Set(pairs.flatMap(([p, q]) => [dayName(p.date), dayName(q.date)]));
    const row = [x, y];
    const taken = new Set(row.map((e) => `${e.unit.articleId}|${dayName(e.date)}`));
    for (const entry of entries) {
      const key = `${entry.unit.articleId}|${dayName(entry.date)}`;
      if (!sides.has(dayName(entry.date)) || taken.has(key)) continue;
      if (happening.leadOnly && entry.unit.position >= LEAD_STATEMENTS) continue;
      // The tense of each day's own clause ("On Saturday the board announced rules, which are
      // likely to …" tells a done thing), not a cue of the future elsewhere in the statement.
      if (
        prospectiveAt(entry.unit, entry.date.span.start) !==
        prospectiveAt(x.unit, x.date.span.start)
      )
        continue;
      taken.add(key);
      row.push(entry);
    }
    const known = reported.find(
      (k) =>
        k.kind === "date" &&
        k.values.some((v) =>
          row.some((e) => v.span && spanKey(v.articleId, v.span.start) === at(e.unit, e.date)),
        ),
    );
    if (known) {
      const present = new Set(known.values.map((v) => `${v.articleId}|${v.text.toLowerCase()}`));
      for (const e of row) {
        const key = `${e.unit.articleId}|${e.date.text.toLowerCase()}`;
        if (present.has(key)) continue;
        present.add(key);
        known.values.push(dateValue(e));
      }
      continue;
    }
    const id = [at(x.unit, x.date), at(y.unit, y.date)].sort().join("|");
    if (seen.has(id)) continue;
    seen.add(id);
    fresh.push({
      unit: x.unit.index,
      conflict: dateRow(row, x, y, context, "date of the event", `dated: ${happening.action}`),
    });
  }
  completeRows(
    units,
    [...reported, ...fresh.map((f) => f.conflict)].filter((k) => k.kind === "date"),
    context,
    standIns,
  );
  completeByScore(
    units,
    [...reported, ...fresh.map((f) => f.conflict)].filter((k) => k.kind === "date"),
    context,
  );
  completeByPossessive(
    units,
    [...reported, ...fresh.map((f) => f.conflict)].filter((k) => k.kind === "date"),
    context,
  );
  return fresh;
}

/**
 * The pairs of statements of different outlets that date the happening on different days, those
 * nearest their articles' leads first (where news tells the story's own facts; later lines mix in
 * background).
 */
function disagreements(
  entries: readonly Entry[],
  context: ConflictContext,
  standIns: ReadonlyMap<number, string>,
  leadOnly: boolean,
  action: string,
): [Entry, Entry][] {
  // The days each outlet gives the happening: one that gives both days itself tells two moments of
  // it (a night that ran past midnight, two arrests), not another day than the other outlet.
  const daysBy = new Map<number, Set<string>>();
  for (const e of entries) {
    const set = daysBy.get(e.unit.articleIndex) ?? new Set<string>();
    set.add(dayName(e.date));
    daysBy.set(e.unit.articleIndex, set);
  }
  const gives = (e: Entry, day: string) => daysBy.get(e.unit.articleIndex)?.has(day) ?? false;
  // A statement giving the happening two days or more lists a series (conflicts/dates/series-days.ts).
  const series = seriesStatements(entries);
  // Without a refusal sink only whether a pair is refused counts: most pairs of a large story's
  // happening give one day, or days their outlets both give, and are set aside by their readings
  // before the guards run (~270,000 pairs on a generated 1,000-article story, ~250 passing).
  // A meeting said to come and one told as held, of the same people, are one (planned-meeting.ts).
  const tensesMeet = (x: Entry, y: Entry) => plannedMeetingHeld(x, y, action, context);
  const apart = context.refused ? null : apartByReadings(entries, gives, tensesMeet);
  const found: { pair: [Entry, Entry]; rank: number }[] = [];
  for (let i = 0; i < entries.length; i += 1) {
    for (let j = i + 1; j < entries.length; j += 1) {
      const x = entries[i] as Entry;
      const y = entries[j] as Entry;
      if (x.unit.articleIndex === y.unit.articleIndex) continue;
      if (apart?.(i, j)) continue;
      const refused =
        series(x) || series(y)
          ? "series"
          : happeningRefusal(x, y, context, standIns, leadOnly, gives, action, tensesMeet);
      if (refused !== null) {
        tellRefusal(context.refused, "date", `event.${refused}`, x.unit, y.unit, [
          x.date.span,
          y.date.span,
        ]);
        continue;
      }
      tellRefusal(context.refused, "date", "event.found", x.unit, y.unit, [
        x.date.span,
        y.date.span,
      ]);
      found.push({ pair: [x, y], rank: Math.max(x.unit.position, y.unit.position) });
    }
  }
  return found.sort((a, b) => a.rank - b.rank).map((f) => f.pair);
}

/**
 * Whether `happeningRefusal` refuses a pair of entries (by index) for their days alone: the same
 * day, told in another tense, or a day each outlet also gives. Each entry's readings and each pair
 * of distinct dates are read once (the dates of a happening's copies repeat).
 */
function apartByReadings(
  entries: readonly Entry[],
  gives: (e: Entry, day: string) => boolean,
  tensesMeet: (x: Entry, y: Entry) => boolean,
): (i: number, j: number) => boolean {
  const dateIds = new Map<string, number>();
  const dateOf: DateReference[] = [];
  const idOf = entries.map(({ date }) => {
    const key = `${date.text}\u0000${date.value}\u0000${date.endValue}\u0000${date.status}`;
    let id = dateIds.get(key);
    if (id === undefined) {
      id = dateOf.length;
      dateOf.push(date);
      dateIds.set(key, id);
    }
    return id;
  });
  const differ = new Map<number, boolean>();
  const tense = entries.map((e) => prospectiveAt(e.unit, e.date.span.start));
  const day = entries.map((e) => dayName(e.date));
  return (i, j) => {
    const x = idOf[i] as number;
    const y = idOf[j] as number;
    const key = x * dateOf.length + y;
    let different = differ.get(key);
    if (different === undefined) {
      different = datesDiffer(dateOf[x] as DateReference, dateOf[y] as DateReference);
      differ.set(key, different);
    }
    return (
      !different ||
      (tense[i] !== tense[j] && !tensesMeet(entries[i] as Entry, entries[j] as Entry)) ||
      gives(entries[i] as Entry, day[j] as string) ||
      gives(entries[j] as Entry, day[i] as string)
    );
  };
}

/**
 * The first guard that keeps two outlets' days of one happening from disagreeing, by name, or
 * null when they disagree: the checks run in this order.
 */
function happeningRefusal(
  x: Entry,
  y: Entry,
  context: ConflictContext,
  standIns: ReadonlyMap<number, string>,
  leadOnly: boolean,
  gives: (e: Entry, day: string) => boolean,
  action: string,
  tensesMeet: (x: Entry, y: Entry) => boolean,
): string | null {
  if (leadOnly && outsideLead(x.unit, y.unit)) return "outsideLead";
  if (!datesDiffer(x.date, y.date)) return "sameDay";
  // Days a week or more apart date two happenings (conflicts/dates/weeks-apart.ts).
  if (weeksApart(x.date, y.date)) return "weeksApart";
  // Each day's own clause's tense, as for a row's completions (conflicts/dates/row-completion.ts).
  if (
    prospectiveAt(x.unit, x.date.span.start) !== prospectiveAt(y.unit, y.date.span.start) &&
    !tensesMeet(x, y)
  )
    return "prospectiveAt";
  if (gives(x, dayName(y.date)) || gives(y, dayName(x.date))) return "givesBothDays";
  // One outlet naming both days anywhere; days given for what different people did.
  if (namesTheOtherDay(x.unit, x.date, y.unit, y.date)) return "namesTheOtherDay";
  if (differentDoers(x.unit, x.date, y.unit, y.date, context)) return "differentDoers";
  if (!sameEvent(x.unit, y.unit, context)) return "sameEvent";
  // A happening placed in one place is not one placed in another (conflicts/dates/happening-places.ts).
  if (placedApart(x.unit, y.unit, context)) return "placedApart";
  // A noun in the plural dates several happenings of the kind (conflicts/dates/plural-happenings.ts).
  if (datesPluralHappening(x.unit, x.date, action) || datesPluralHappening(y.unit, y.date, action))
    return "pluralHappening";
  if (!shareParticipant(x, y, context, standIns, false, true)) return "shareParticipant";
  // Each day's clause names who did it, or what was done to, and they differ; or each numbers what
  // it dates as another of a series (conflicts/dates/day-doers.ts). Read last: they read words one by one.
  if (doersDiffer(x.unit, x.date, y.unit, y.date, context)) return "doersDiffer";
  if (ordinalsDiffer(x.unit, x.date, y.unit, y.date)) return "ordinalsDiffer";
  if (patientsDiffer(x.unit, x.date, y.unit, y.date, context)) return "patientsDiffer";
  if (thingsDiffer(x.unit, x.date, y.unit, y.date)) return "thingsDiffer";
  // "Lund is scheduled for Saturday" / "the votes scheduled for March 18" (scheduled-things.ts).
  if (scheduledApart(x.unit, x.date, y.unit, y.date)) return "scheduledApart";
  // "spoke with Vint on Tuesday" / "speaks at the harbour conference on Friday" (counterparts.ts).
  if (counterpartsDiffer(x.unit, x.date, y.unit, y.date, action)) return "counterpartsDiffer";
  return null;
}
