import type { Conflict, DateReference } from "@parallax/core";
import { CALENDAR_WORDS } from "../../../lexicons/calendar-words.ts";
import { perUnit } from "../../align/per-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import {
  type ConflictContext,
  clauseAround,
  datesSpeech,
  prospectiveAt,
  sameEvent,
} from "../guards.ts";
import { dayName, daysOf } from "./day-values.ts";
import type { DayEntry } from "./participants.ts";
import { rowDays, shareParticipant } from "./participants.ts";
import { completed } from "./row-completion.ts";

/** A match's score as news writes it: "31-24", "91 - 73" (each side at most three digits). */
const SCORE = /(?<![\d.,:/-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d.,:/-]*\d)/g;

/** The scores a text gives, each as "high-low" (an outlet may write the loser's first). */
export function scoresIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(SCORE)) {
    const [x, y] = [Number(m[1]), Number(m[2])];
    found.add(`${Math.max(x, y)}-${Math.min(x, y)}`);
  }
  return found;
}

/**
 * A statement's days, with those that date the noun after them ("Thursday night's 31-24 win"):
 * a possessive day is no day of what the statement tells (conflicts/dates/day-values.ts), but it dates
 * the match its score names.
 */
export function scoredDays(unit: AlignUnit): DateReference[] {
  const own = daysOf(unit);
  const possessive = unit.weekdays.filter(
    (d) =>
      !own.some((o) => o.id === d.id) &&
      /^['’]s\b/.test(unit.text.slice(d.span.end - unit.span.start)),
  );
  return [...own, ...possessive];
}

/** Words a day opening its sentence may follow ("On Sunday, …", "Late Friday, …"). */
const OPENING_DAY = /^\W*(?:(?:late|early)\s+)?(?:on\s+)?$/i;

/**
 * The scores in a day's own clause ("scenario Thursday night in a frustrating 31-24 defeat"); a day
 * opening its sentence dates the whole sentence ("On Sunday, in their last match, the Owls beat the
 * Foxes 20-13").
 */
export function scoresAround(unit: AlignUnit, date: DateReference): Set<string> {
  if (OPENING_DAY.test(unit.text.slice(0, Math.max(0, date.span.start - unit.span.start))))
    return scoresIn(unit.text);
  const clause = clauseAround(unit, date.span.start, date.span.end);
  return clause ? scoresIn(`${clause.before} ${date.text} ${clause.after}`) : new Set();
}

/** Capitalised words a statement names, its first word and words of the calendar aside. */
function nameWords(unit: AlignUnit): Set<string> {
  const words = unit.text.match(/\p{Lu}\p{Ll}{3,}/gu) ?? [];
  const first = unit.text.match(/^\W*(\p{L}+)/u)?.[1];
  return new Set(words.filter((w) => w !== first && !CALENDAR_WORDS.has(w)));
}

/**
 * Whether two statements name a side of the match alike ("the Jacksonville Jaguars" /
 * "Jacksonville"): entity reading may fold a team into a longer name ("Harbour City wide receiver
 * Ivo Vint"), and the score already names the game.
 */
export function namesAlike(a: AlignUnit, b: AlignUnit): boolean {
  const left = nameWords(a);
  return [...nameWords(b)].some((w) => left.has(w));
}

type ScoredDay = DayEntry & { scores: Set<string> };

/**
 * A statement's days whose clause gives a score, with the scores: read once per statement, as
 * `completeByScore` runs after each pass of date rows (three a comparison) and each run read every
 * statement's days and clauses again.
 */
const scoredDaysOf = perUnit((unit): readonly ScoredDay[] => {
  const found: ScoredDay[] = [];
  for (const date of scoredDays(unit)) {
    const scores = scoresAround(unit, date);
    if (scores.size > 0) found.push({ unit, date, scores });
  }
  return found;
});

/**
 * Adds to date rows the outlets whose day's clause gives the score of the match a row statement
 * dates on that day: a score names one game, whatever verb or noun tells it ("the visitors beat
 * the hosts, 31-24, on Thursday night" / "did not play in Thursday night's 31-24 win"). The same
 * story event, tense, speech flag and participant as for every completion
 * (conflicts/dates/row-completion.ts). Never sets two days against each other.
 */
export function completeByScore(
  units: readonly AlignUnit[],
  rows: readonly Conflict[],
  context: ConflictContext,
): void {
  const scored: ScoredDay[] = [];
  for (const unit of units) if (unit) for (const entry of scoredDaysOf(unit)) scored.push(entry);
  if (scored.length === 0) return;
  for (const row of rows) {
    const sides = rowDays(row, units);
    // The scores each side's statement gives, read once per row, not once per candidate.
    const sideScores = sides.map((side) => [...scoresIn(side.unit.text)]);
    const present = new Set(row.values.map((v) => v.articleId));
    for (const candidate of scored) {
      if (present.has(candidate.unit.articleId)) continue;
      const name = dayName(candidate.date);
      const matches = sides.some(
        (side, i) =>
          dayName(side.date) === name &&
          side.unit.articleIndex !== candidate.unit.articleIndex &&
          prospectiveAt(side.unit, side.date.span.start) ===
            prospectiveAt(candidate.unit, candidate.date.span.start) &&
          datesSpeech(side.unit, side.date.span.start) ===
            datesSpeech(candidate.unit, candidate.date.span.start) &&
          (sideScores[i] as string[]).some((s) => candidate.scores.has(s)) &&
          sameEvent(side.unit, candidate.unit, context) &&
          (shareParticipant(side, candidate, context, new Map(), true) ||
            namesAlike(side.unit, candidate.unit)),
      );
      if (!matches) continue;
      present.add(candidate.unit.articleId);
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
