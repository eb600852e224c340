import type { Conflict, DateReference } from "@parallax/core";
import { LIGHT_VERBS } from "../../../lexicons/event-words.ts";
import { contentLemmas, eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";
import { shownSpans, spanKey } from "../conflict-rows.ts";
import { type ConflictContext, clauseAround, datesSpeech, sameEvent } from "../guards.ts";
import { datesDiffer, dayName, daysOf } from "./day-values.ts";
import { dateRow } from "./row.ts";
import { weeksApart } from "./weeks-apart.ts";

/**
 * A statement's telling day, with its report's words, the verbs it tells with and every word that
 * may name a happening (a verb, or a noun: "arrest"), and its day's key (`at`), read once.
 */
type Told = {
  unit: AlignUnit;
  date: DateReference;
  words: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  happenings: ReadonlySet<string>;
  key: string;
};

/** Share of the smaller report's words the other holds, at which two reports are one. */
const ONE_REPORT_SHARE = 0.75;
/**
 * The share at which two reports are one when one's verb is a word of the other too, as a verb or
 * its noun ("two men were arrested in the stabbing" / "two men are under arrest for the stabbing"):
 * a report retold in other words keeps its happening's word.
 */
const RETOLD_SHARE = 0.6;
/** Fewest words a report must hold for its wording to say it is the other's. */
const REPORT_WORDS = 6;

/** What a statement reports: its words, the telling ("…, police said Friday") left out. */
function toldOf(unit: AlignUnit, date: DateReference): Told {
  const clause = clauseAround(unit, date.span.start, date.span.end);
  const from = date.span.start - unit.span.start - (clause?.before.length ?? 0);
  const to = date.span.end - unit.span.start;
  const report = `${unit.text.slice(0, from)} ${unit.text.slice(to)}`;
  const happenings = eventWords(report);
  return {
    unit,
    date,
    words: new Set(contentLemmas(report)),
    verbs: new Set(
      happenings.filter((w) => w.verb && !LIGHT_VERBS.has(w.lemma)).map((w) => w.lemma),
    ),
    happenings: new Set(happenings.map((w) => w.lemma)),
    key: at(unit, date),
  };
}

function sameReport(x: Told, y: Told): boolean {
  const small = x.words.size <= y.words.size ? x.words : y.words;
  const large = small === x.words ? y.words : x.words;
  if (small.size < REPORT_WORDS) return false;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  if (shared >= ONE_REPORT_SHARE * small.size) return true;
  return (
    shared >= RETOLD_SHARE * small.size &&
    (tellsVerbOf(x, y) || tellsVerbOf(y, x)) &&
    !toldByOthers(x.unit, y.unit)
  );
}

/**
 * Whether two people tell the two reports: each statement has a speaker and they share none
 * ("…, the club's manager said Friday" / "…, its spokesman confirmed Sunday"). Reports retold in
 * other words by two tellers are two reports (an offer made, then withdrawn), not one report's days.
 */
function toldByOthers(a: AlignUnit, b: AlignUnit): boolean {
  if (a.speakers.size === 0 || b.speakers.size === 0) return false;
  for (const id of a.speakers) if (b.speakers.has(id)) return false;
  return true;
}

/** Whether a verb of one report is a word of the other, as a verb or as its noun. */
function tellsVerbOf(x: Told, y: Told): boolean {
  for (const verb of x.verbs) if (y.happenings.has(verb)) return true;
  return false;
}

/** The one day a statement gives, when it is the day something was said ("…, police said Friday"). */
function tellingDay(unit: AlignUnit): DateReference | null {
  const days = daysOf(unit);
  if (days.length !== 1) return null;
  const day = days[0] as DateReference;
  return datesSpeech(unit, day.span.start) ? day : null;
}

const at = (unit: AlignUnit, date: { span: { start: number } }) =>
  spanKey(unit.articleId, date.span.start);

/**
 * Days of telling that disagree: two outlets repeat one report in nearly the same words ("a blast
 * at the mill injured two workers, officials said Friday" / "…, officials said Sunday"), each
 * dating only the telling, on different days. Alignment may group the two apart (each with its own
 * day's other reports); the report is one, so its day is one. The row names every outlet giving one
 * of the two days to that report in nearly the same words. Returns new rows, each with the
 * statement whose group shows it; a day already in a reported row is left to that row.
 */
export function tellingDayConflicts(
  units: readonly AlignUnit[],
  context: ConflictContext,
  reported: readonly Conflict[],
): { unit: number; conflict: Conflict }[] {
  const told: Told[] = [];
  for (const unit of units) {
    if (!unit) continue;
    const date = tellingDay(unit);
    if (date) told.push(toldOf(unit, date));
  }
  const inRows = shownSpans(reported, "date");
  // Pure checks, the cheap ones first: the articles' likeness (sameEvent) is read last.
  const worded = (x: Told, y: Told) =>
    x.unit.articleIndex !== y.unit.articleIndex &&
    x.unit.prospective === y.unit.prospective &&
    sameReport(x, y);
  const oneReport = (x: Told, y: Told) => worded(x, y) && sameEvent(x.unit, y.unit, context);
  const found: { unit: number; conflict: Conflict }[] = [];
  const used = new Set<string>();
  for (let i = 0; i < told.length; i += 1) {
    for (let j = i + 1; j < told.length; j += 1) {
      const x = told[i] as Told;
      const y = told[j] as Told;
      // Keys read once per statement: this loop meets every pair of telling days.
      if (used.has(x.key) || used.has(y.key)) continue;
      if (inRows.has(x.key) || inRows.has(y.key)) continue;
      if (!worded(x, y) || !datesDiffer(x.date, y.date) || !sameEvent(x.unit, y.unit, context))
        continue;
      if (weeksApart(x.date, y.date)) continue;
      const sides = new Set([dayName(x.date), dayName(y.date)]);
      const row = [x, y];
      const taken = new Set(row.map((e) => `${e.unit.articleId}|${dayName(e.date)}`));
      for (const other of told) {
        const key = `${other.unit.articleId}|${dayName(other.date)}`;
        if (taken.has(key) || !sides.has(dayName(other.date))) continue;
        // An outlet already in the row with the other day is not shown giving both.
        if (row.some((e) => e.unit.articleIndex === other.unit.articleIndex)) continue;
        if (!row.some((side) => oneReport(side, other))) continue;
        taken.add(key);
        row.push(other);
      }
      for (const e of row) used.add(e.key);
      found.push({
        unit: x.unit.index,
        conflict: dateRow(
          row,
          x,
          y,
          context,
          "date of the statement",
          "one report, told on two days",
        ),
      });
    }
  }
  return found;
}
