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
  /** The report's text: the words, verbs and happenings above are read from it alone. */
  report: string;
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
    report,
  };
}

/** How two reports' words meet: not at all, as one report, or as one retold if told by one teller. */
const APART = 0;
const ONE = 1;
const RETOLD = 2;

/** How two reports' words meet (see `sameReports`): it reads their words alone, so it is symmetric. */
function reportsMeet(x: Told, y: Told): number {
  const small = x.words.size <= y.words.size ? x.words : y.words;
  const large = small === x.words ? y.words : x.words;
  if (small.size < REPORT_WORDS) return APART;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  if (shared >= ONE_REPORT_SHARE * small.size) return ONE;
  return shared >= RETOLD_SHARE * small.size && (tellsVerbOf(x, y) || tellsVerbOf(y, x))
    ? RETOLD
    : APART;
}

/**
 * Whether two statements repeat one report (`reportsMeet`, the tellers read last), the reports'
 * words compared once per pair of distinct reports: a large story's telling days are mostly copies
 * of a few reports, and this is asked of every pair of them.
 */
function sameReports(told: readonly Told[]): (i: number, j: number) => boolean {
  const ids = new Map<string, number>();
  const idOf = told.map(({ report }) => {
    let id = ids.get(report);
    if (id === undefined) {
      id = ids.size;
      ids.set(report, id);
    }
    return id;
  });
  const met = new Map<number, number>();
  return (i, j) => {
    const x = idOf[i] as number;
    const y = idOf[j] as number;
    const key = Math.min(x, y) * ids.size + Math.max(x, y);
    let level = met.get(key);
    if (level === undefined) {
      level = reportsMeet(told[i] as Told, told[j] as Told);
      met.set(key, level);
    }
    return (
      level === ONE ||
      (level === RETOLD && !toldByOthers((told[i] as Told).unit, (told[j] as Told).unit))
    );
  };
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
  const sameReport = sameReports(told);
  // Pure checks, the cheap ones first: the articles' likeness (sameEvent) is read last.
  const worded = (i: number, j: number) => {
    const x = (told[i] as Told).unit;
    const y = (told[j] as Told).unit;
    return x.articleIndex !== y.articleIndex && x.prospective === y.prospective && sameReport(i, j);
  };
  const oneReport = (i: number, j: number) =>
    worded(i, j) && sameEvent((told[i] as Told).unit, (told[j] as Told).unit, context);
  const found: { unit: number; conflict: Conflict }[] = [];
  // A day in a reported row, or in a row found here, is in no other: flags by index into `told`,
  // read for every pair of telling days, set for every statement with the day's key.
  const withKey = new Map<string, number[]>();
  told.forEach((t, i) => {
    const same = withKey.get(t.key);
    if (same === undefined) withKey.set(t.key, [i]);
    else same.push(i);
  });
  const used = told.map((t) => inRows.has(t.key));
  for (let i = 0; i < told.length; i += 1) {
    for (let j = i + 1; j < told.length; j += 1) {
      if (used[i] || used[j]) continue;
      const x = told[i] as Told;
      const y = told[j] as Told;
      if (!worded(i, j) || !datesDiffer(x.date, y.date) || !sameEvent(x.unit, y.unit, context))
        continue;
      if (weeksApart(x.date, y.date)) continue;
      const sides = new Set([dayName(x.date), dayName(y.date)]);
      const row = [x, y];
      const rowAt = [i, j];
      const taken = new Set(row.map((e) => `${e.unit.articleId}|${dayName(e.date)}`));
      for (let k = 0; k < told.length; k += 1) {
        const other = told[k] as Told;
        const key = `${other.unit.articleId}|${dayName(other.date)}`;
        if (taken.has(key) || !sides.has(dayName(other.date))) continue;
        // An outlet already in the row with the other day is not shown giving both.
        if (row.some((e) => e.unit.articleIndex === other.unit.articleIndex)) continue;
        if (!rowAt.some((side) => oneReport(side, k))) continue;
        taken.add(key);
        row.push(other);
        rowAt.push(k);
      }
      for (const e of row) for (const k of withKey.get(e.key) ?? []) used[k] = true;
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
