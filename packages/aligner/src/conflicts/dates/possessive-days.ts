import type { Conflict, DateReference } from "@parallax/core";
import { WEEKDAYS } from "../../../lexicons/calendar-words.ts";
import { eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";
import { eventTriggers } from "../../events/event-triggers.ts";
import {
  type ConflictContext,
  clauseAround,
  datesSpeech,
  prospectiveAt,
  sameEvent,
} from "../guards.ts";
import { dayName, daysOf } from "./day-values.ts";
import { type DayEntry, rowDays, shareParticipant } from "./participants.ts";
import { completed } from "./row-completion.ts";

const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "i");

/** The words after a possessive day up to the noun it dates ("Friday night's deadly fire"). */
const POSSESSED = /^['’]s\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u;

/** Happenings named by nouns only (verbs read as verbs tell other things). */
function nounHappenings(text: string): Set<string> {
  return eventTriggers(
    eventWords(text).filter((w) => !w.verb),
    new Map(),
  );
}

/**
 * The possessive days of a statement with the happenings the nouns after them name ("blame for
 * Friday night's fire at the church" → the blaze): a possessive day is no day of what the
 * statement tells (conflicts/dates/day-values.ts), but it dates the happening its noun names.
 */
function possessiveDays(unit: AlignUnit): { date: DateReference; happenings: Set<string> }[] {
  const found: { date: DateReference; happenings: Set<string> }[] = [];
  const own = daysOf(unit);
  for (const date of unit.weekdays) {
    if (own.some((o) => o.id === date.id)) continue;
    const words = POSSESSED.exec(unit.text.slice(date.span.end - unit.span.start))?.[1];
    if (!words) continue;
    const happenings = nounHappenings(words);
    if (happenings.size > 0) found.push({ date, happenings });
  }
  return found;
}

/** The happenings a row statement's day's clause names by its verbs and nouns. */
function clauseHappenings(side: DayEntry): Set<string> {
  const clause = clauseAround(side.unit, side.date.span.start, side.date.span.end);
  if (clause === null) return new Set();
  return eventTriggers(eventWords(`${clause.before} ${clause.after}`), new Map());
}

/**
 * Adds to date rows the outlets whose possessive day dates, by its noun, the happening a row
 * statement's day's clause names on that day ("a suspicious fire devastated the hall on Friday
 * night" / "arson is suspected in Friday night's fire at the hall"). The same story event, tense,
 * speech flag and participant as for every completion (conflicts/dates/row-completion.ts). Never sets
 * two days against each other.
 */
export function completeByPossessive(
  units: readonly AlignUnit[],
  rows: readonly Conflict[],
  context: ConflictContext,
): void {
  const candidates: (DayEntry & { happenings: Set<string> })[] = [];
  for (const unit of units) {
    if (!unit || unit.weekdays.length === 0) continue;
    for (const { date, happenings } of possessiveDays(unit))
      candidates.push({ unit, date, happenings });
  }
  if (candidates.length === 0) return;
  for (const row of rows) {
    const sides = rowDays(row, units);
    // The outlets already in the row with a weekday (a possessive day is one), by its name.
    const present = new Set(
      row.values.map(
        (v) => `${v.articleId}|${WEEKDAY.exec(v.text)?.[1]?.toLowerCase() ?? v.text.toLowerCase()}`,
      ),
    );
    for (const candidate of candidates) {
      const name = dayName(candidate.date);
      if (present.has(`${candidate.unit.articleId}|${name}`)) continue;
      const matches = sides.some(
        (side) =>
          dayName(side.date) === name &&
          side.unit.articleIndex !== candidate.unit.articleIndex &&
          !datesSpeech(side.unit, side.date.span.start) &&
          prospectiveAt(side.unit, side.date.span.start) ===
            prospectiveAt(candidate.unit, candidate.date.span.start) &&
          [...clauseHappenings(side)].some((h) => candidate.happenings.has(h)) &&
          sameEvent(side.unit, candidate.unit, context) &&
          shareParticipant(side, candidate, context, new Map(), true),
      );
      if (!matches) continue;
      present.add(`${candidate.unit.articleId}|${name}`);
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
