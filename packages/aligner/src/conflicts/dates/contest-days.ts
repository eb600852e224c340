import type { Conflict, DateReference } from "@parallax/core";
import { MONTH_ALTERNATION } from "../../../lexicons/calendar-words.ts";
import { VOTING_CONTEST_NOUNS } from "../../../lexicons/event-words.ts";
import { PARTY_WORDS } from "../../../lexicons/party-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { monthNumber } from "../../extract/dates/calendar-days.ts";
import { type ConflictContext, prospectiveAt, sameEvent, sameTime } from "../guards.ts";
import { tellRefusal } from "../refusals.ts";
import { placedApart } from "./happening-places.ts";
import { type DayEntry, shareParticipant } from "./participants.ts";
import { dateRow } from "./row.ts";
import { DAYS_APART_FOR_TWO_HAPPENINGS, weeksApart } from "./weeks-apart.ts";

type ContestDay = DayEntry & { contest: string; dayOfYear: number };

/* A calendar day written right before a voting contest's noun names that contest's day ("losing
 * her May 12 primary to Vint" / "challenging Lund in Norland's May 15 primary"). Such a day
 * dates no verb, so no story event holds the two statements and the happening-date check never
 * sets them side by side (issue 12: on the PolNeAR pseudo-story perturbation's build half, 3 of
 * the 11 date cases whose two sentences told one dated fact yet were never aligned were such
 * days). A calendar day is absolute, unlike a weekday, so two outlets naming one contest by two
 * days less than a week apart disagree, once they name one participant, place no contest apart
 * and name no different party. A weekday before a contest ("Tuesday's primary") is left alone:
 * election news holds several contests a week. */

/** A month and its day right before a lower-case word: "May 15 primary", "Oct. 6th caucuses". */
const DAY_BEFORE_NOUN = new RegExp(
  `\\b(${MONTH_ALTERNATION})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{Ll}+)\\b`,
  "gu",
);

/**
 * The calendar days a statement writes right before a voting contest's noun, read from its words:
 * a yearless day is often left unresolved (a story whose articles give no year, or two), and the
 * contest's month and day are all two outlets need to disagree.
 */
function contestDays(unit: AlignUnit): ContestDay[] {
  const found: ContestDay[] = [];
  for (const m of unit.text.matchAll(DAY_BEFORE_NOUN)) {
    const contest = VOTING_CONTEST_NOUNS.get(m[3] as string);
    const month = monthNumber(m[1] as string);
    const day = Number(m[2]);
    if (!contest || !Number.isInteger(month) || month < 1 || day < 1 || day > 31) continue;
    const text = m[0].slice(0, m[0].length - (m[3] as string).length).trimEnd();
    const start = unit.span.start + (m.index ?? 0);
    const date: DateReference = {
      id: `contest@${start}`,
      span: { articleId: unit.articleId, start, end: start + text.length },
      text,
      value: null,
      endValue: null,
      precision: "day",
      status: "unresolved",
    };
    // The day as the story's dates resolved it, when they did (its year, for days of two years).
    const resolved = unit.dates.find((d) => d.span.start === start && d.value !== null);
    found.push({ unit, date: resolved ?? date, contest, dayOfYear: dayOfYear(month, day) });
  }
  return found;
}

/** A month and day as a day of a common year, to tell how far apart two yearless days lie. */
export function dayOfYear(month: number, day: number): number {
  return Date.UTC(2001, month - 1, day) / 86_400_000 - Date.UTC(2001, 0, 1) / 86_400_000;
}

/** Days between two yearless days, across a new year too ("Dec. 30" / "Jan. 2": 3). */
export function daysBetween(a: number, b: number): number {
  const gap = Math.abs(a - b);
  return Math.min(gap, 365 - gap);
}

/** The parties a statement names ("Democratic", "GOP"), by key. */
export function parties(unit: AlignUnit): Set<string> {
  const found = new Set<string>();
  for (const w of unit.text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const party = PARTY_WORDS.get(w);
    if (party) found.add(party);
  }
  return found;
}

/** Whether two statements name different parties ("Democrats" / "Republicans"); null when either
 * names none. */
export function partiesDiffer(a: AlignUnit, b: AlignUnit): boolean | null {
  const [pa, pb] = [parties(a), parties(b)];
  if (pa.size === 0 || pb.size === 0) return null;
  return [...pa, ...pb].some((p) => !pa.has(p) || !pb.has(p));
}

/** Why two outlets' days of one contest noun do not disagree, by name, or null when they do. */
function contestRefusal(x: ContestDay, y: ContestDay, context: ConflictContext): string | null {
  const apart = daysBetween(x.dayOfYear, y.dayOfYear);
  if (apart === 0) return "sameDay";
  if (apart >= DAYS_APART_FOR_TWO_HAPPENINGS || weeksApart(x.date, y.date)) return "weeksApart";
  // "the Nov. 4 election" of one year is not "the Nov. 8 election" of another.
  if (!sameTime(x.unit, y.unit)) return "yearsDiffer";
  if (prospectiveAt(x.unit, x.date.span.start) !== prospectiveAt(y.unit, y.date.span.start))
    return "prospectiveAt";
  if (!sameEvent(x.unit, y.unit, context)) return "sameEvent";
  if (placedApart(x.unit, y.unit, context)) return "placedApart";
  const [px, py] = [parties(x.unit), parties(y.unit)];
  if ([...px, ...py].some((p) => !px.has(p) || !py.has(p))) return "partiesDiffer";
  if (!shareParticipant(x, y, context, new Map(), true, true)) return "shareParticipant";
  return null;
}

/**
 * Rows of two outlets dating one voting contest, named by its noun after a calendar day, on
 * different days; the pair nearest the leads first, once per pair of days. Skips days a row
 * already reported holds.
 */
export function contestDayConflicts(
  units: readonly AlignUnit[],
  context: ConflictContext,
  reported: readonly Conflict[],
): { unit: number; conflict: Conflict }[] {
  const days = units.flatMap((unit) => (unit ? contestDays(unit) : []));
  if (days.length < 2) return [];
  const at = (e: ContestDay) => `${e.unit.articleId}@${e.date.span.start}`;
  const shown = new Set(
    reported
      .filter((k) => k.kind === "date")
      .flatMap((k) => k.values.map((v) => `${v.articleId}@${v.span?.start}`)),
  );
  const found: { pair: [ContestDay, ContestDay]; rank: number }[] = [];
  for (let i = 0; i < days.length; i += 1)
    for (let j = i + 1; j < days.length; j += 1) {
      const x = days[i] as ContestDay;
      const y = days[j] as ContestDay;
      if (x.unit.articleIndex === y.unit.articleIndex || x.contest !== y.contest) continue;
      if (shown.has(at(x)) || shown.has(at(y))) continue;
      const refused = contestRefusal(x, y, context);
      tellRefusal(context.refused, "date", `contest.${refused ?? "found"}`, x.unit, y.unit, [
        x.date.span,
        y.date.span,
      ]);
      if (refused === null)
        found.push({ pair: [x, y], rank: Math.max(x.unit.position, y.unit.position) });
    }
  const seen = new Set<string>();
  const rows: { unit: number; conflict: Conflict }[] = [];
  for (const { pair } of found.sort((a, b) => a.rank - b.rank)) {
    const [x, y] = pair;
    const id = [at(x), at(y)].sort().join("|");
    if (seen.has(at(x)) || seen.has(at(y)) || seen.has(id)) continue;
    seen.add(id);
    seen.add(at(x));
    seen.add(at(y));
    rows.push({
      unit: x.unit.index,
      conflict: dateRow([x, y], x, y, context, "date of the event", `dated: ${x.contest}`),
    });
  }
  return rows;
}
