import type { Conflict, Figure } from "@parallax/core";
import { LIGHT_VERBS } from "../../../lexicons/event-words.ts";
import { type EventWord, eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";
import { eventTriggers, eventVerb } from "../../events/event-triggers.ts";
import type { Value } from "../conflict-rows.ts";
import { dayName, dayOf } from "../dates/day-values.ts";
import { ABOUT_MINUTES } from "../figures/pairs.ts";
import {
  type ConflictContext,
  clauseAround,
  conflictEvidence,
  datesSpeech,
  hedgeOf,
  hedgesAgree,
  prospectiveAt,
  sameEvent,
  sameSubject,
  sameTime,
  statesSomething,
  valueVerb,
} from "../guards.ts";
import { PairedValues } from "../paired-values.ts";
import { sameSubjectNouns } from "../subject-nouns.ts";
import { reportedHappening } from "./clock-report.ts";

/** Statements kept per happening and clock reading: enough to name each outlet, few to compare. */
const PER_READING = 4;

/**
 * How far apart, in minutes, two outlets' clock times for one happening may be: a misreport is off
 * by an hour or two (a slip, a time zone), while a morning and an evening time two happenings
 * ("crews were called just after 6am" to one fire, "shortly before 9pm" to another).
 */
const MAX_APART = 4 * 60;

function farApart(a: number, b: number): boolean {
  const gap = Math.abs(a - b) % (24 * 60);
  return Math.min(gap, 24 * 60 - gap) > MAX_APART;
}

/** One statement's clock time for a happening, with the verb class it is the time of. */
type Entry = { unit: AlignUnit; figure: Figure; action: string };

/**
 * The clock times of the story's statements, each with the happening it is the time of: the class
 * of the verb it belongs to ("fled at around 10 a.m." and "escaped just after 9 a.m." both time an
 * escape). A time with no verb, a light verb ("made", "took") or the time something was said
 * ("police said at 4 p.m.") times nothing the outlets could share.
 */
function timedHappenings(
  units: readonly AlignUnit[],
): Map<string, { compared: Entry[]; all: Entry[] }> {
  const byAction = new Map<string, { compared: Entry[]; all: Entry[] }>();
  const count = new Map<string, number>();
  for (const unit of units) {
    if (!unit) continue;
    // A short statement is a time stamp ("Updated 4:08 p.m. ET") unless it reports a thing.
    const states = statesSomething(unit);
    for (const figure of unit.figures) {
      if (figure.kind !== "time" || datesSpeech(unit, figure.span.start)) continue;
      const report = reportedHappening(unit, figure);
      if (!states && report === null) continue;
      let action = report;
      if (action === null) {
        const verb = valueVerb(unit, figure.span.start, figure.span.end);
        if (verb === null) continue;
        action = LIGHT_VERBS.has(verb) ? happeningOfLightVerb(unit, figure) : eventVerb(verb);
      }
      if (action === null) continue;
      // A thousand outlets giving one time are compared through a few of them.
      const reading = `${action}|${figure.unit}|${figure.value}`;
      const seen = count.get(reading) ?? 0;
      count.set(reading, seen + 1);
      const lists = byAction.get(action) ?? { compared: [], all: [] };
      const entry = { unit, figure, action };
      // Every outlet stays listed for the row: a sixth outlet giving "9 a.m." is in it too.
      lists.all.push(entry);
      if (seen < PER_READING) lists.compared.push(entry);
      byAction.set(action, lists);
    }
  }
  return byAction;
}

/**
 * "the shooting took place just after 8:30pm", "the shootings happened shortly after 9:30 p.m.": a
 * verb that only says something happened times the word just before it, the happening itself (a
 * noun, or a gerund the tagger reads as a verb: "the stabbing happened"), by its verb class. Null
 * when the clause's last verb is no light one or no word stands before it.
 */
function happeningOfLightVerb(unit: AlignUnit, figure: Figure): string | null {
  const clause = clauseAround(unit, figure.span.start, figure.span.end);
  if (clause === null) return null;
  // "was arrested and appeared at a hearing at 3 a.m.": a light verb opening its own conjunct
  // times what follows it, not the verb before the "and".
  const conjunct = clause.before.split(/\b(?:and|then|but|or)\b/i).at(-1) ?? "";
  const own = eventWords(conjunct.replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " "));
  if (own.findLastIndex((w) => w.verb) === 0) return null;
  const words = eventWords(clause.before.replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " "));
  const at = words.findLastIndex((w) => w.verb);
  const before = words[at - 1];
  if (at < 1 || !before || !LIGHT_VERBS.has((words[at] as EventWord).lemma)) return null;
  const [happening] = eventTriggers([before], new Map());
  return happening ?? (before.verb ? null : before.lemma);
}

/** Words that make a happening another of its kind: "again", "a second fire", "another blast". */
const REPEATED = /\b(?:again|another|second|third|renewed)\b/i;

/** Whether the clause holding a time tells a repeat of a happening, not the first. */
function repeated(unit: AlignUnit, figure: Figure): boolean {
  const clause = clauseAround(unit, figure.span.start, figure.span.end);
  return clause !== null && REPEATED.test(`${clause.before} ${clause.after}`);
}

/** Whether two statements give one day each and the days differ: two nights, two times. */
function otherDays(a: AlignUnit, b: AlignUnit): boolean {
  const x = dayOf(a);
  const y = dayOf(b);
  return x !== null && y !== null && dayName(x) !== dayName(y);
}

/**
 * Clock times that disagree for one happening, wherever alignment grouped the statements: a clock
 * reading is exact enough that two outlets timing the same verb ("escaped just after 9 a.m." /
 * "fleeing at around 10 a.m.", "the fire was reported at 3:33 a.m." / "reported the fire at 4:33
 * a.m.") in articles telling the same event, about the same people, on no different day, disagree
 * unless a hedge reconciles them ("around 10 a.m." and "9:50 a.m."). The changed time is often the
 * very evidence that would have grouped the two statements, so the pair is read through the verb.
 * The row names every outlet giving either time to the happening; a pair already reported is not
 * repeated. Returns each conflict with the statement whose group shows it.
 */
export function clockTimeConflicts(
  units: readonly AlignUnit[],
  reported: readonly Conflict[],
  context: ConflictContext,
): { unit: number; conflict: Conflict }[] {
  const seen = new PairedValues(reported);
  const found: { unit: number; conflict: Conflict }[] = [];
  for (const { compared: entries, all } of timedHappenings(units).values()) {
    for (let i = 0; i < entries.length; i += 1) {
      for (let j = i + 1; j < entries.length; j += 1) {
        const x = entries[i] as Entry;
        const y = entries[j] as Entry;
        const a = x.unit;
        const b = y.unit;
        if (a.articleIndex === b.articleIndex || x.figure.unit !== y.figure.unit) continue;
        if (x.figure.value === y.figure.value || farApart(x.figure.value, y.figure.value)) continue;
        const ha = hedgeOf(a, x.figure);
        const hb = hedgeOf(b, y.figure);
        if (hedgesAgree(x.figure.value, ha, y.figure.value, hb, ABOUT_MINUTES)) continue;
        if (prospectiveAt(a, x.figure.span.start) !== prospectiveAt(b, y.figure.span.start))
          continue;
        if (!sameEvent(a, b, context) || !sameSubject(a, b, context) || !sameTime(a, b)) continue;
        if (otherDays(a, b)) continue;
        // "the quake struck at 4:10" / "an aftershock struck at 5:20", "arrested at 2 a.m." /
        // "arrested again at 3 a.m.": one verb, two happenings.
        if (!sameSubjectNouns(a, x.figure.span.start, b, y.figure.span.start)) continue;
        if (repeated(a, x.figure) !== repeated(b, y.figure)) continue;
        const conflict: Conflict = {
          kind: "time",
          subject: "time of day",
          values: row(all, x, y, context),
          evidence: conflictEvidence(a, b, context, [
            { kind: "figure", label: `at the time of: ${x.action}`, weight: 1 },
          ]),
        };
        if (seen.pairsAny(conflict)) continue;
        seen.add(conflict);
        found.push({ unit: a.index, conflict });
      }
    }
  }
  return found;
}

/** The two times set against each other, then every other outlet giving one of them. */
function row(entries: readonly Entry[], x: Entry, y: Entry, context: ConflictContext): Value[] {
  const toValue = (e: Entry): Value => ({
    articleId: e.unit.articleId,
    text: e.figure.text,
    span: e.figure.span,
  });
  const values = [toValue(x), toValue(y)];
  const taken = new Set([x, y].map((e) => `${e.unit.articleId}|${e.figure.value}`));
  for (const e of entries) {
    const key = `${e.unit.articleId}|${e.figure.value}`;
    if (taken.has(key)) continue;
    if (e.figure.value !== x.figure.value && e.figure.value !== y.figure.value) continue;
    if (e.figure.unit !== x.figure.unit) continue;
    if (!sameEvent(e.unit, x.unit, context) && !sameEvent(e.unit, y.unit, context)) continue;
    taken.add(key);
    values.push(toValue(e));
  }
  return values;
}
