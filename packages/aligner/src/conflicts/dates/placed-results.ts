import type { Conflict, DateReference } from "@parallax/core";
import { IRREGULAR_NOMINALISATIONS } from "../../../lexicons/event-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { type ConflictContext, prospectiveAt, sameEvent, sameTime } from "../guards.ts";
import { happeningKey } from "../happenings/verbs.ts";
import { tellRefusal } from "../refusals.ts";
import { partiesDiffer } from "./contest-days.ts";
import { datesDiffer, dayName, daysOf } from "./day-values.ts";
import { type DayEntry, rowDays } from "./participants.ts";
import { possessiveDaysBeside } from "./placed-contests.ts";
import { dateAt, dateRow, dateValue, rowShowing } from "./row.ts";
import { weeksApart } from "./weeks-apart.ts";

/* One night's results in several places, dated by two outlets (issue 12: on the PolNeAR
 * pseudo-story perturbation's build half, a third of the weekday cases whose sentences told one
 * fact were a candidate's wins listed by state, "Lund won Orvale, Velden and Castlebay on Tuesday" /
 * "Lund's victories in Castlebay, Orvale and Velden on Thursday"; the list of places, not a verb
 * of one happening, says which results they are, so no story event holds both and a lead-only one
 * leaves them apart). Each place holds its contest on one day: three places won by one person,
 * told by two outlets less than a week apart, are one night's results. */

/** Places a results statement and another must both name: two could be two nights' pairs. */
export const SHARED_PLACES = 3;

type Results = DayEntry & {
  places: ReadonlySet<string>;
  /** Who the statement names that is no place: the winner among them. */
  people: ReadonlySet<string>;
};

const WIN = happeningKey("win");
/** A noun of a win ("victories", "a win"): its verb's, or one of event-words.ts's nominalisations. */
const winNoun = (lemma: string) =>
  lemma === "win" || happeningKey(IRREGULAR_NOMINALISATIONS.get(lemma) ?? "") === WIN;

/** Whether a statement tells a win, by its verb ("won", "swept") or its noun ("victories"). */
function tellsWin(unit: AlignUnit): boolean {
  return unit.eventWords.some((w) => (w.verb ? happeningKey(w.lemma) === WIN : winNoun(w.lemma)));
}

/**
 * A statement's results: the one day it names (its own, or a possessive one before the contests,
 * "Tuesday's contests — Lund won in …"), the places it names, at least three, and a person. A
 * statement of two days or more lists several nights and is left alone.
 */
export function placedResults(unit: AlignUnit, context: ConflictContext): Results | null {
  const isPlace = context.isPlace;
  if (!isPlace || unit.entities.size < SHARED_PLACES + 1) return null;
  const places = new Set([...unit.entities].filter((id) => isPlace(id)));
  if (places.size < SHARED_PLACES) return null;
  const people = new Set([...unit.entities].filter((id) => !isPlace(id)));
  if (people.size === 0) return null;
  const own = daysOf(unit);
  const possessive = possessiveDaysBeside(unit, own);
  const days = [...own, ...possessive];
  const names = new Set(days.map(dayName));
  if (names.size !== 1) return null;
  if (!tellsWin(unit)) return null;
  return { unit, date: days[0] as DateReference, places, people };
}

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  let n = 0;
  for (const id of a) if (b.has(id)) n += 1;
  return n;
};

/** Whether two results statements tell one night's results: three places and a person shared. */
function oneNight(x: Results, y: Results): boolean {
  return shared(x.places, y.places) >= SHARED_PLACES && shared(x.people, y.people) > 0;
}

/** Why two outlets' days of one night's results do not disagree, by name, or null when they do. */
function resultsRefusal(
  x: Results,
  y: Results,
  context: ConflictContext,
  gives: (e: Results, day: string, other: Results) => boolean,
): string | null {
  if (!datesDiffer(x.date, y.date)) return "sameDay";
  if (weeksApart(x.date, y.date)) return "weeksApart";
  if (!sameTime(x.unit, y.unit)) return "yearsDiffer";
  if (prospectiveAt(x.unit, x.date.span.start) !== prospectiveAt(y.unit, y.date.span.start))
    return "prospectiveAt";
  // An outlet giving both days to these results tells two nights (two parties' contests).
  if (gives(x, dayName(y.date), y) || gives(y, dayName(x.date), x)) return "givesBothDays";
  if (!sameEvent(x.unit, y.unit, context)) return "sameEvent";
  // Two parties' results in the same places (the winner both name is then a rival's foil).
  if (partiesDiffer(x.unit, y.unit)) return "partiesDiffer";
  return null;
}

/**
 * Rows of two outlets dating one night's results in several places on different days, the pair
 * nearest the leads first, once per pair of days; each row holds every outlet giving one of its
 * days to those results. A pair of which one day is in a reported row completes that row.
 */
export function placedResultConflicts(
  units: readonly AlignUnit[],
  context: ConflictContext,
  reported: readonly Conflict[],
): { unit: number; conflict: Conflict }[] {
  if (!context.isPlace) return [];
  const all: Results[] = [];
  for (const unit of units) {
    const read = unit ? placedResults(unit, context) : null;
    if (read) all.push(read);
  }
  if (all.length < 2) return [];
  // Each article's results statements, so that a pair asks only its own two articles'.
  const byArticle = new Map<number, Results[]>();
  for (const r of all)
    byArticle.set(r.unit.articleIndex, [...(byArticle.get(r.unit.articleIndex) ?? []), r]);
  const gives = (e: Results, day: string, other: Results) =>
    (byArticle.get(e.unit.articleIndex) ?? []).some(
      (r) => dayName(r.date) === day && oneNight(r, other),
    );
  const rows: Conflict[] = reported.filter((k) => k.kind === "date");
  const rowOf = (e: DayEntry) => rowShowing(rows, e);
  const found: { pair: [Results, Results]; rank: number }[] = [];
  for (let i = 0; i < all.length; i += 1)
    for (let j = i + 1; j < all.length; j += 1) {
      const x = all[i] as Results;
      const y = all[j] as Results;
      if (x.unit.articleIndex === y.unit.articleIndex || !oneNight(x, y)) continue;
      const refused = resultsRefusal(x, y, context, gives);
      tellRefusal(context.refused, "date", `placedResults.${refused ?? "found"}`, x.unit, y.unit, [
        x.date.span,
        y.date.span,
      ]);
      if (refused === null)
        found.push({ pair: [x, y], rank: Math.max(x.unit.position, y.unit.position) });
    }
  const seen = new Set<string>();
  const fresh: { unit: number; conflict: Conflict }[] = [];
  for (const { pair } of found.sort((a, b) => a.rank - b.rank)) {
    const [x, y] = pair;
    const days = new Set([dayName(x.date), dayName(y.date)]);
    // Every outlet giving one of the two days to these results, once per article and day.
    const row: Results[] = [x, y];
    const taken = new Set(row.map((e) => `${e.unit.articleIndex}|${dayName(e.date)}`));
    for (const e of all) {
      const key = `${e.unit.articleIndex}|${dayName(e.date)}`;
      if (taken.has(key) || !days.has(dayName(e.date))) continue;
      if (!oneNight(e, x) && !oneNight(e, y)) continue;
      if (prospectiveAt(e.unit, e.date.span.start) !== prospectiveAt(x.unit, x.date.span.start))
        continue;
      taken.add(key);
      row.push(e);
    }
    const known = row.map(rowOf).find((k) => k !== undefined);
    if (known) {
      // Only the row's own days: another day of these results is no value of that row.
      const named = new Set(rowDays(known, units).map((e) => dayName(e.date)));
      for (const e of row)
        if (
          named.has(dayName(e.date)) &&
          !known.values.some((v) => v.articleId === e.unit.articleId && v.text === e.date.text)
        )
          known.values.push(dateValue(e));
      continue;
    }
    const id = [dateAt(x), dateAt(y)].sort().join("|");
    if (seen.has(dateAt(x)) || seen.has(dateAt(y)) || seen.has(id)) continue;
    for (const e of row) seen.add(dateAt(e));
    seen.add(id);
    const conflict = dateRow(row, x, y, context, "date of the event", "dated: results by place");
    rows.push(conflict);
    fresh.push({ unit: x.unit.index, conflict });
  }
  return fresh;
}
