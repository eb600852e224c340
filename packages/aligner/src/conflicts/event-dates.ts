import { type Conflict, type DateReference, looksLikeNewsOutlet } from "@parallax/core";
import { OCCURRENCE_VERBS } from "../../lexicons/event-words.ts";
import { TELLING_FORMS } from "../../lexicons/reporting-verbs.ts";
import type { AlignUnit } from "../align/units.ts";
import { eventTriggers } from "../events/event-triggers.ts";
import type { Value } from "./conflict-rows.ts";
import { differentDoers, namesTheOtherDay } from "./date-pair-guards.ts";
import { datedOfStory } from "./dated-statements.ts";
import { dayClauseLemmas } from "./day-clause.ts";
import { datesDiffer, dateVerb, dayName, daysOf } from "./day-values.ts";
import {
  type ConflictContext,
  conflictEvidence,
  datesSpeech,
  prospectiveAt,
  sameEvent,
} from "./guards.ts";
import { happeningKey } from "./happening-verbs.ts";
import { datesHappeningNoun } from "./noun-dates.ts";
import { toldAlike } from "./told-words.ts";

/** A happening of the story as `events/story-events.ts` finds it: its verb and its statements. */
export type DatedHappening = { action: string; units: readonly number[] };

/** One statement's day for a happening. */
type Entry = { unit: AlignUnit; date: DateReference };

/**
 * The days a happening's statements give for it: a day whose verb is the happening's own ("died
 * Thursday" in the event of dying, or "the shooting took place Thursday" in the event of shooting:
 * conflicts/noun-dates.ts), not one of another verb in the same statement ("arrested
 * Tuesday, he hanged himself that night") nor the day something was said ("police said Friday").
 */
function entriesOf(happening: DatedHappening, units: readonly AlignUnit[]): Entry[] {
  const entries: Entry[] = [];
  for (const index of happening.units) {
    const unit = units[index] as AlignUnit;
    for (const date of daysOf(unit)) {
      if (datesSpeech(unit, date.span.start)) continue;
      const verb = dateVerb(unit, date);
      // Or a noun of the happening the day dates ("the shooting took place Thursday night").
      if (
        (verb !== null && happeningKey(verb) === happening.action) ||
        datesHappeningNoun(unit, date, happening.action)
      )
        entries.push({ unit, date });
    }
  }
  return entries;
}

const at = (unit: AlignUnit, date: DateReference) => `${unit.articleId}@${date.span.start}`;

/**
 * Days that disagree for one happening of the story, wherever alignment put its statements: the
 * same event (verb and participant, `events/`) told by two outlets with its own verb dated two
 * different days ("died Thursday" / "died Saturday"). The row names every outlet giving either day
 * for that happening, one entry per article and day. A row already reported by a group is completed
 * instead of repeated: its outlets giving one of its days for the happening are added. Returns the
 * new rows, each with the statement whose group shows it.
 */
export function happeningDateConflicts(
  units: readonly AlignUnit[],
  happenings: readonly DatedHappening[],
  context: ConflictContext,
  reported: readonly Conflict[],
  /** Statements standing in for a person they describe (conflicts/described-happenings.ts). */
  standIns: ReadonlyMap<number, string> = new Map(),
): { unit: number; conflict: Conflict }[] {
  const fresh: { unit: number; conflict: Conflict }[] = [];
  const seen = new Set<string>();
  for (const happening of happenings) {
    const entries = entriesOf(happening, units);
    if (entries.length < 2) continue;
    const pairs = disagreements(entries, context, standIns);
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
      if (entry.unit.prospective !== x.unit.prospective) continue;
      taken.add(key);
      row.push(entry);
    }
    const known = reported.find(
      (k) =>
        k.kind === "date" &&
        k.values.some((v) =>
          row.some((e) => v.span && `${v.articleId}@${v.span.start}` === at(e.unit, e.date)),
        ),
    );
    const toValue = (e: Entry): Value => ({
      articleId: e.unit.articleId,
      text: e.date.text,
      span: e.date.span,
    });
    if (known) {
      const present = new Set(known.values.map((v) => `${v.articleId}|${v.text.toLowerCase()}`));
      for (const e of row) {
        const key = `${e.unit.articleId}|${e.date.text.toLowerCase()}`;
        if (present.has(key)) continue;
        present.add(key);
        known.values.push(toValue(e));
      }
      continue;
    }
    const id = [at(x.unit, x.date), at(y.unit, y.date)].sort().join("|");
    if (seen.has(id)) continue;
    seen.add(id);
    fresh.push({
      unit: x.unit.index,
      conflict: {
        kind: "date",
        subject: "date of the event",
        values: row.map(toValue),
        evidence: conflictEvidence(x.unit, y.unit, context, [
          { kind: "date", label: `dated: ${happening.action}`, weight: 1 },
        ]),
      },
    });
  }
  completeRows(
    units,
    [...reported, ...fresh.map((f) => f.conflict)].filter((k) => k.kind === "date"),
    context,
  );
  return fresh;
}

/**
 * Adds to date rows the outlets, wherever alignment grouped their statements, that give one of a
 * row's days to the same happening as a statement of the row giving that day: the same verb dated
 * ("destroyed by a fire early Tuesday" / "a fire on Tuesday destroyed"), both the day of the
 * happening or both the day something was said, the same participant. A row is to show every
 * outlet stating each day, not only those alignment put beside the two in conflict. A statement
 * aligned with one of the row's, its day's clause sharing a word with that one's, tells the same
 * happening in other verbs ("entered the clinic Tuesday" / "went to the clinic on Tuesday":
 * conflicts/told-words.ts).
 */
function completeRows(
  units: readonly AlignUnit[],
  rows: readonly Conflict[],
  context: ConflictContext,
): void {
  if (rows.length === 0) return;
  const { byArticle, dated } = datedOfStory(units);
  const entryAt = (value: Value): Entry | null => {
    const span = value.span;
    if (!span) return null;
    for (const unit of byArticle.get(value.articleId) ?? []) {
      const date = unit.dates
        .concat(unit.weekdays)
        .find((d) => d.span.start === span.start && d.span.end === span.end);
      if (date) return { unit, date };
    }
    return null;
  };
  for (const row of rows) {
    const sides = row.values.flatMap((v) => {
      const entry = entryAt(v);
      return entry ? [entry] : [];
    });
    const present = new Set(sides.map((e) => `${e.unit.articleId}|${dayName(e.date)}`));
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
      const matches = read.some(
        ({ side, prospective, said: sideSaid, verb: sideVerb }) =>
          side.unit.articleIndex !== candidate.unit.articleIndex &&
          // The tense of each day's own clause: "who died on Thursday, will be remembered" dates
          // the death, whatever the rest of the statement looks forward to.
          prospective === candidate.prospective &&
          sideSaid === said &&
          sameEvent(side.unit, candidate.unit, context) &&
          (sameVerb(sideVerb, verb) ||
            sameOccurrence(side.unit, sideVerb, candidate.unit, verb) ||
            toldAlike(
              side.unit,
              side.date.span.start,
              side.date.span.end,
              candidate.unit,
              candidate.date.span.start,
              candidate.date.span.end,
              context,
            )) &&
          shareParticipant(side, candidate, context, new Map(), true),
      );
      if (!matches) continue;
      present.add(key);
      row.values.push({
        articleId: candidate.unit.articleId,
        text: candidate.date.text,
        span: candidate.date.span,
      });
    }
  }
}

/**
 * Whether two day verbs tell one happening: one story-event class, widened by the classes that
 * key a happening's days and figures (conflicts/happening-verbs.ts), as the row's own pair is:
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
 * The pairs of statements of different outlets that date the happening on different days, those
 * nearest their articles' leads first (where news tells the story's own facts; later lines mix in
 * background).
 */
function disagreements(
  entries: readonly Entry[],
  context: ConflictContext,
  standIns: ReadonlyMap<number, string>,
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
  const found: { pair: [Entry, Entry]; rank: number }[] = [];
  for (let i = 0; i < entries.length; i += 1) {
    for (let j = i + 1; j < entries.length; j += 1) {
      const x = entries[i] as Entry;
      const y = entries[j] as Entry;
      if (x.unit.articleIndex === y.unit.articleIndex) continue;
      if (x.unit.prospective !== y.unit.prospective || !datesDiffer(x.date, y.date)) continue;
      if (gives(x, dayName(y.date)) || gives(y, dayName(x.date))) continue;
      // One outlet naming both days anywhere; days given for what different people did.
      if (namesTheOtherDay(x.unit, x.date, y.unit, y.date)) continue;
      if (differentDoers(x.unit, x.date, y.unit, y.date, context)) continue;
      if (!sameEvent(x.unit, y.unit, context) || !shareParticipant(x, y, context, standIns))
        continue;
      found.push({ pair: [x, y], rank: Math.max(x.unit.position, y.unit.position) });
    }
  }
  return found.sort((a, b) => a.rank - b.rank).map((f) => f.pair);
}

/**
 * Whether two statements name one participant of the happening: a person or organisation both
 * name (speakers aside); when neither names any, a place both name or a word both days' clauses
 * share ("a deputy died after a shooting Sunday" / "a deputy was shot Friday").
 * A happening keyed through an article's protagonist ("the actress checked in on Friday") may be
 * another person's in a story of two alike events: a statement naming someone is not compared with
 * one naming nobody.
 */
function shareParticipant(
  x: Entry,
  y: Entry,
  context: ConflictContext,
  standIns: ReadonlyMap<number, string>,
  /** Leave news outlets out ("…, state television reported, cited by AFP"): they tell the
   * happening, they take no part in it. */
  withoutOutlets = false,
): boolean {
  const a = x.unit;
  const b = y.unit;
  // A described person is set against the named one, not against another description: two
  // statements naming nobody ("crews were called to the store on Friday" / "… on Sunday") may
  // tell two alike happenings.
  const describes = !(standIns.has(a.index) && standIns.has(b.index));
  const who = (unit: AlignUnit) => [
    ...[...unit.entities].filter(
      (id) =>
        !unit.speakers.has(id) &&
        !context.isPlace?.(id) &&
        !tellsIt(unit, context.entityName(id)) &&
        !(withoutOutlets && looksLikeNewsOutlet(context.entityName(id))),
    ),
    // The person a statement naming no person describes ("police arrested a woman").
    ...(describes && standIns.has(unit.index) ? [standIns.get(unit.index) as string] : []),
  ];
  const left = who(a);
  const right = new Set(who(b));
  if (left.length > 0 || right.size > 0)
    return left.some((id) => right.has(id) || [...right].some((r) => oneName(id, r, context)));
  if ([...a.entities].some((id) => b.entities.has(id))) return true;
  const around = dayClauseLemmas(b, y.date);
  return [...dayClauseLemmas(a, x.date)].some((w) => around.has(w));
}

/** A verb of telling right after a name ("Dana Vey reports that …", "Vey said"). */
const TELLING_AFTER = new RegExp(`^\\s+(?:${TELLING_FORMS})\\b`, "i");
/** A verb of telling, then at most a title of four words, right before a name ("…, says Chief Dana Vey"). */
const TELLING_BEFORE = new RegExp(
  `\\b(?:${TELLING_FORMS}|according\\s+to)\\s+(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,4}$`,
  "u",
);

/**
 * Whether a statement names someone only as the one telling it, whom attribution did not read as
 * its speaker ("Reporter Dana Vey reports that the fire started Friday"; "…, says District
 * Attorney Lou Brandt"): a teller takes no part in the happening told.
 */
function tellsIt(unit: AlignUnit, name: string): boolean {
  const last = name.trim().split(/\s+/).at(-1);
  if (!last || last.length < 2) return false;
  let seen = false;
  for (let at = unit.text.indexOf(last); at >= 0; at = unit.text.indexOf(last, at + 1)) {
    const before = unit.text.slice(Math.max(0, at - 60), at);
    const after = unit.text.slice(at + last.length, at + last.length + 16);
    if (/^[\p{L}]/u.test(after) || /[\p{L}]$/u.test(before)) continue;
    // After a verb of telling, a name tells only when it closes the clause ("…, says Lou Brandt."):
    // "police said Dana Vey was arrested" names who was arrested.
    const closes = /^\s*(?:[.,;)]|$)/.test(after);
    if (!TELLING_AFTER.test(after) && !(closes && TELLING_BEFORE.test(before))) return false;
    seen = true;
  }
  return seen;
}

/**
 * Whether two story entities are one person named in full and by part ("Dora Pell" / "Pell"):
 * entity resolution may leave a surname apart from the full name; every word of the shorter name
 * is a word of the longer one.
 */
function oneName(x: string, y: string, context: ConflictContext): boolean {
  const words = (id: string) => context.entityName(id).toLowerCase().split(/\s+/).filter(Boolean);
  const [short, long] = [words(x), words(y)].sort((p, q) => p.length - q.length) as [
    string[],
    string[],
  ];
  if (short.length === 0 || short.length === long.length) return false;
  const full = new Set(long);
  return short.every((w) => full.has(w));
}
