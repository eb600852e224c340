import type { Conflict, DateReference } from "@parallax/core";
import { MONTH_ALTERNATION } from "../../../lexicons/calendar-words.ts";
import {
  VOTER_NOUNS,
  VOTING_CONTEST_GENERIC,
  VOTING_CONTEST_NOUNS,
} from "../../../lexicons/event-words.ts";
import {
  DETERMINERS,
  FORMS_OF_BE,
  PREPOSITIONS,
  VERB_COORDINATORS,
} from "../../../lexicons/function-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import { monthNumber } from "../../extract/dates/calendar-days.ts";
import { type ConflictContext, sameEvent, sameTime } from "../guards.ts";
import { tellRefusal } from "../refusals.ts";
import { dayOfYear, daysBetween, partiesDiffer } from "./contest-days.ts";
import { datesDiffer, dayName, daysOf } from "./day-values.ts";
import { type DayEntry, rowDays, shareParticipant } from "./participants.ts";
import { dateAt, dateRow, dateValue, rowShowing } from "./row.ts";
import { namesBySurname } from "./surname-named.ts";
import { DAYS_APART_FOR_TWO_HAPPENINGS, weeksApart } from "./weeks-apart.ts";

/* One place's voting contest, dated by the words around it (issue 12: on the PolNeAR pseudo-story
 * perturbation's build half, 13 of the 21 date cases whose two sentences told one dated fact were a
 * contest's day, most of them never aligned). A contest noun dates no verb, so no story event holds
 * such statements: "Saturday's Velden caucuses" / "the Velden caucuses on Monday", "Velden, which
 * holds caucuses on Feb. 20" / "the next contest is in Velden on Feb. 23". A weekday alone before a
 * contest is left alone (election news holds several contests a week; contest-days.ts): here the
 * contest's place, written in its phrase, names which contest it is, and one place holds a party's
 * contest on one day. */

type PlacedContest = DayEntry & {
  place: string;
  contest: string;
  /** The day of the year a calendar day's words give ("Feb. 20"), resolved or not. */
  calendar: number | null;
};

/** A month and its day as written: "Feb. 20", "March 1st". */
const CALENDAR_DAY = new RegExp(`^(${MONTH_ALTERNATION})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?$`, "u");
const CALENDAR_DAYS = new RegExp(
  `\\b(?:${MONTH_ALTERNATION})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
  "gu",
);

/** The day of the year a date's words write, when they write a month and its day. */
function calendarOf(date: DateReference): number | null {
  const m = date.text.trim().match(CALENDAR_DAY);
  if (!m) return null;
  const month = monthNumber(m[1] as string);
  const day = Number(m[2]);
  if (!Number.isInteger(month) || month < 1 || day < 1 || day > 31) return null;
  return dayOfYear(month, day);
}

/**
 * The calendar days a statement writes that its dates do not hold ("Feb. 20" in an article of no
 * known year is often left unread): a contest's month and day are all two outlets need.
 */
function writtenCalendarDays(unit: AlignUnit): DateReference[] {
  const found: DateReference[] = [];
  for (const m of unit.text.matchAll(CALENDAR_DAYS)) {
    const start = unit.span.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (unit.dates.some((d) => d.span.start < end && start < d.span.end)) continue;
    found.push({
      id: `calendar@${start}`,
      span: { articleId: unit.articleId, start, end },
      text: m[0],
      value: null,
      endValue: null,
      precision: "day",
      status: "unresolved",
    });
  }
  return found;
}

const NOUN = `(${[...VOTING_CONTEST_NOUNS.keys(), ...VOTING_CONTEST_GENERIC].join("|")})`;
/** Words that end a noun phrase before the contest's noun ("Saturday's rally before the primary"). */
const PHRASE_BREAKS = [...PREPOSITIONS, ...DETERMINERS, ...VERB_COORDINATORS, ...FORMS_OF_BE, "or"];
/** Up to four words of the contest's phrase before its noun ("Wyoming Democratic", "opening Iowa"). */
const MODIFIERS = String.raw`(?:(?!(?:${PHRASE_BREAKS.join("|")})\s)[\p{L}.'’-]+\s+){0,4}?`;
/** A place after the noun ("primary in New Hampshire", "contest is in Velden"). */
const IN_PLACE = String.raw`(?:\s+(?:is|was|will\s+be)?\s*in\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})?`;

/** The day's possessive before the contest: "Saturday's Velden caucuses", "Thursday's primary in Orvale". */
const AFTER_POSSESSIVE = new RegExp(
  String.raw`^(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+${MODIFIERS}${NOUN}\b${IN_PLACE}`,
  "u",
);
/** The day right before the contest, after a determiner: "the Monday primary in Orvale". */
const AFTER_DAY = new RegExp(String.raw`^\s+${MODIFIERS}${NOUN}\b${IN_PLACE}`, "u");
const DETERMINER_BEFORE = /\b(?:the|its|their|a|this|next|last)\s+$/iu;

/** The contest before its day: "the Velden caucuses on Monday", "contests in Orvale on Feb. 20". */
const BEFORE_DAY = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}${MODIFIERS}${NOUN}${IN_PLACE}\s+(?:on\s+)?$`,
  "u",
);
/** A place holding it: "Velden, which holds caucuses on Feb. 20". */
const HELD_BY_PLACE = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*,?\s+(?:(?:which|where)\s+)?(?:holds?|held|will\s+hold)\s+(?:its|their|a|the)?\s*(?:[\p{L}-]+\s+){0,2}${NOUN}\s+(?:on\s+)?$`,
  "u",
);

/**
 * A place whose voters vote on the day, in a clause after its name: "Velden, which votes on March
 * 1", "Velden, where a Democratic primary electorate will vote on Feb. 27". No contest noun dates
 * the day, the place's vote is its contest; "where" needs its voters as the clause's subject (a
 * chamber "where the council votes on Friday" holds no contest).
 */
const VOTED_BY_PLACE =
  /(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*,\s+(?:which\s+|where\s+(?<subject>(?:[\p{L}'’-]+\s+){1,6}?))(?:will\s+)?(?:votes?|voted|go(?:es)?\s+to\s+the\s+polls)\s+(?:on\s+)?$/u;

/**
 * Whether the subject of "where … vote" names voters: "primary voters", "a Democratic electorate".
 * Not a party's plural ("where Republicans vote"): the contest-party check reads party words, not
 * plurals, so such a subject would name the place's contest without its party.
 */
function votersSubject(subject: string | undefined): boolean {
  if (subject === undefined) return true;
  return VOTER_NOUNS.has(subject.trim().split(/\s+/u).pop()?.toLowerCase() ?? "");
}

/**
 * The place a statement says votes on its day ("Velden, where voters vote on Feb. 27"): the
 * story place whose name ends right before the clause's comma, with its phrase's span.
 */
function votedBy(
  unit: AlignUnit,
  at: number,
  context: ConflictContext,
): { place: string; from: number; to: number } | null {
  const before = unit.text.slice(Math.max(0, at - 120), at);
  const m = before.match(VOTED_BY_PLACE);
  if (!m || !votersSubject(m.groups?.subject)) return null;
  const from = at - m[0].length;
  const comma = from + m[0].indexOf(",");
  const place = placeIn(unit, from, comma, context);
  if (place === null || !unit.text.slice(from, comma).endsWith(context.entityName(place).trim()))
    return null;
  return { place, from, to: at };
}

/**
 * A place of a list after the contest noun: "contests in Orvale on Feb. 20 and Velden on Feb. 27"
 * (the place group: the second place, whose day follows).
 */
const LISTED_PLACE = new RegExp(
  String.raw`${NOUN}\s+in\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}on\s+(?:\p{Lu}[\p{L}.]*\s+\d{1,2}|\p{Lu}\p{Ll}+day),?\s+and\s+(?:then\s+)?(?<place>(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})on\s+$`,
  "u",
);

/** The class of a contest noun: "caucuses" → caucus; a noun of no kind ("contest") → "". */
function contestClass(noun: string): string {
  return VOTING_CONTEST_NOUNS.get(noun.toLowerCase()) ?? "";
}

/** The one story place whose name a phrase writes, or null when it writes none or several. */
function placeIn(
  unit: AlignUnit,
  from: number,
  to: number,
  context: ConflictContext,
): string | null {
  const phrase = unit.text.slice(from, to);
  let found: string | null = null;
  for (const id of unit.entities) {
    if (!context.isPlace?.(id)) continue;
    const name = context.entityName(id).trim();
    if (name.length < 2) continue;
    if (!new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "u").test(phrase)) continue;
    if (found !== null && found !== id) return null;
    found = id;
  }
  return found;
}

/** The second place of a list after a contest noun and its phrase's span, when the day is its. */
function listed(before: string, at: number): { noun: string; from: number; to: number } | null {
  const m = before.match(LISTED_PLACE);
  const place = m?.groups?.place;
  if (!m || place === undefined) return null;
  const tail = m[0].length - (m[0].lastIndexOf(place) + place.length);
  return { noun: m[1] as string, from: at - tail - place.length, to: at };
}

/**
 * A contest noun anywhere: every reading below matches one in a slice of the statement's text, so
 * a statement writing none dates no contest. Asked first, it spares the phrase patterns (each
 * tried at every position before a day) on nearly every statement of a story.
 */
const ANY_NOUN = new RegExp(`${NOUN}|\\bvot(?:es?|ed)\\b|\\bto\\s+the\\s+polls\\b`, "u");

/**
 * A statement's possessive days ("Saturday's Velden caucuses") besides its own days `own`: no day
 * of what it tells, yet the day of the noun after them.
 */
export function possessiveDaysBeside(
  unit: AlignUnit,
  own: readonly DateReference[],
): DateReference[] {
  return [...unit.dates, ...unit.weekdays].filter(
    (d) =>
      d.precision === "day" &&
      !own.some((o) => o.id === d.id || o.span.start === d.span.start) &&
      /^['’]s\b/u.test(unit.text.slice(d.span.end - unit.span.start)),
  );
}

/** The contests a statement dates with a place in their phrase, one per day at most. */
export function placedContests(unit: AlignUnit, context: ConflictContext): PlacedContest[] {
  if (!ANY_NOUN.test(unit.text)) return [];
  const found: PlacedContest[] = [];
  const own = daysOf(unit);
  // A possessive day is no day of what the statement tells (day-values.ts), yet dates its contest.
  const possessive = possessiveDaysBeside(unit, own);
  const seen = new Set<number>();
  for (const date of [...own, ...possessive, ...writtenCalendarDays(unit)]) {
    if (seen.has(date.span.start)) continue;
    seen.add(date.span.start);
    const at = date.span.start - unit.span.start;
    const end = date.span.end - unit.span.start;
    const after =
      unit.text.slice(end, end + 90).match(AFTER_POSSESSIVE) ??
      (DETERMINER_BEFORE.test(unit.text.slice(Math.max(0, at - 12), at))
        ? unit.text.slice(end, end + 90).match(AFTER_DAY)
        : null);
    const before = unit.text.slice(Math.max(0, at - 90), at);
    const readings = [
      after ? { noun: after[1] as string, from: end, to: end + after[0].length } : null,
      listed(before, at),
      ...[BEFORE_DAY, HELD_BY_PLACE].map((pattern) => {
        const lead = before.match(pattern);
        return lead ? { noun: lead[1] as string, from: at - lead[0].length, to: at } : null;
      }),
    ];
    let place: string | null = null;
    let noun = "";
    for (const reading of readings) {
      if (!reading) continue;
      place = placeIn(unit, reading.from, reading.to, context);
      noun = reading.noun;
      if (place) break;
    }
    if (!place) {
      const voted = votedBy(unit, at, context);
      if (voted) [place, noun] = [voted.place, ""];
    }
    if (place)
      found.push({ unit, date, place, contest: contestClass(noun), calendar: calendarOf(date) });
  }
  return found;
}

/** Why two outlets' days of one place's contest do not disagree, by name, or null when they do. */
function placedRefusal(
  x: PlacedContest,
  y: PlacedContest,
  context: ConflictContext,
  gives: (e: PlacedContest, day: string) => boolean,
): string | null {
  if (x.calendar !== null && y.calendar !== null) {
    const apart = daysBetween(x.calendar, y.calendar);
    if (apart === 0) return "sameDay";
    if (apart >= DAYS_APART_FOR_TWO_HAPPENINGS) return "weeksApart";
  } else if (!datesDiffer(x.date, y.date)) return "sameDay";
  if (weeksApart(x.date, y.date)) return "weeksApart";
  // An outlet giving both days for the place tells two contests there (two parties' days).
  if (gives(x, dayName(y.date)) || gives(y, dayName(x.date))) return "givesBothDays";
  if (!sameTime(x.unit, y.unit)) return "yearsDiffer";
  if (!sameEvent(x.unit, y.unit, context)) return "sameEvent";
  // One place holds each party's contest on its own day: both name one party, or they share a
  // participant (a candidate of that party).
  const apart = partiesDiffer(x.unit, y.unit);
  if (apart !== null) return apart ? "partiesDiffer" : null;
  // A candidate, not the place alone: both name someone, and one of them is shared; or one
  // writes by surname alone a person the other names, its name unread (surname-named.ts).
  const named = (unit: AlignUnit) => [...unit.entities].some((id) => !context.isPlace?.(id));
  const [nx, ny] = [named(x.unit), named(y.unit)];
  if (nx !== ny && namesBySurname(nx ? y.unit : x.unit, nx ? x.unit : y.unit, context)) return null;
  if (!nx || !ny) return "namesNoOne";
  if (!shareParticipant(x, y, context, new Map(), true, true)) return "shareParticipant";
  return null;
}

/**
 * Rows of two outlets dating one place's contest on different days, the pair nearest the leads
 * first, once per pair of days. A pair of which one day is in a reported row completes that row
 * with the other outlet, when its day is one of the row's.
 */
export function placedContestConflicts(
  units: readonly AlignUnit[],
  context: ConflictContext,
  reported: readonly Conflict[],
): { unit: number; conflict: Conflict }[] {
  if (!context.isPlace) return [];
  const days = units.flatMap((unit) => (unit ? placedContests(unit, context) : []));
  if (days.length < 2) return [];
  const rows: Conflict[] = reported.filter((k) => k.kind === "date");
  const rowOf = (e: DayEntry) => rowShowing(rows, e);
  const daysBy = new Map<string, Set<string>>();
  for (const e of days) {
    const key = `${e.unit.articleIndex}|${e.place}`;
    daysBy.set(key, (daysBy.get(key) ?? new Set()).add(dayName(e.date)));
  }
  const gives = (e: PlacedContest, day: string) =>
    daysBy.get(`${e.unit.articleIndex}|${e.place}`)?.has(day) ?? false;
  const found: { pair: [PlacedContest, PlacedContest]; rank: number }[] = [];
  for (let i = 0; i < days.length; i += 1)
    for (let j = i + 1; j < days.length; j += 1) {
      const x = days[i] as PlacedContest;
      const y = days[j] as PlacedContest;
      if (x.unit.articleIndex === y.unit.articleIndex || x.place !== y.place) continue;
      if (x.contest !== y.contest && x.contest !== "" && y.contest !== "") continue;
      const refused = placedRefusal(x, y, context, gives);
      tellRefusal(context.refused, "date", `placedContest.${refused ?? "found"}`, x.unit, y.unit, [
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
    const known = rowOf(x) ?? rowOf(y);
    if (known) {
      const other = rowOf(x) ? y : x;
      // The row's days by name, or as written where no date of the statement holds them.
      const days = new Set([
        ...rowDays(known, units).map((e) => dayName(e.date)),
        ...known.values.map((v) => v.text.toLowerCase()),
      ]);
      const named = days.has(dayName(other.date)) || days.has(other.date.text.toLowerCase());
      if (named && !known.values.some((v) => v.articleId === other.unit.articleId))
        known.values.push(dateValue(other));
      continue;
    }
    const id = [dateAt(x), dateAt(y)].sort().join("|");
    if (seen.has(dateAt(x)) || seen.has(dateAt(y)) || seen.has(id)) continue;
    seen.add(id);
    seen.add(dateAt(x));
    seen.add(dateAt(y));
    const conflict = dateRow(
      [x, y],
      x,
      y,
      context,
      "date of the event",
      `dated: ${x.contest || "contest"}`,
    );
    rows.push(conflict);
    fresh.push({ unit: x.unit.index, conflict });
  }
  return fresh;
}
