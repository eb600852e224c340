import type { Article, DatePrecision, DateReference } from "@parallax/core";
import * as chrono from "chrono-node";
import {
  MONTHS as FULL_MONTHS,
  MONTH_ABBREVIATIONS,
  WEEKDAYS as WEEKDAYS_FROM_MONDAY,
} from "../../lexicons/calendar-words.ts";
import type { ArticleText } from "./article-text.ts";
import { NUMBER_PATTERN, NUMBER_WORDS, parseNumber } from "./number-words.ts";
import { matchesAt, mergeSorted, sticky, wordQuery } from "./word-index.ts";

/** Korea Standard Time: the corpus outlets date their articles in KST (+09:00). */
export const KST_OFFSET_MINUTES = 540;

export type DateDraft = Omit<DateReference, "id" | "span" | "text"> & {
  start: number;
  end: number;
};

/** The day every relative date is resolved against, and how it was found. */
export type DateAnchor = { day: number; status: "resolved" | "inferred"; from: string };

const DAY_MS = 86_400_000;
/** Sunday first, as `Date.getUTCDay()` counts. */
const WEEKDAYS = [...WEEKDAYS_FROM_MONDAY.slice(6), ...WEEKDAYS_FROM_MONDAY.slice(0, 6)];
/** Every month's three letters ("May" is its own) and the AP forms ("Sept"). */
const MONTHS = [
  ...new Set([...FULL_MONTHS.map((m) => m.slice(0, 3)), ...MONTH_ABBREVIATIONS]),
].join("|");
const MONTH_WORD = `(?:${FULL_MONTHS.join("|")}|(?:${MONTHS})\\.?)`;
const ORDINAL = "(\\d{1,2})(?:st|nd|rd|th)";

const RANGE_NTH = new RegExp(`\\bfrom the ${ORDINAL} (?:to|through|until) the ${ORDINAL}\\b`, "g");
const TIME_RELATIVE =
  /\b(\d{1,2})(?::(\d{2}))?\s?(a\.m\.|p\.m\.)\s+(?:on\s+)?(the previous day|the day before|yesterday|today|tomorrow)/g;
const PART_OF_NTH = new RegExp(
  `\\b(?:the )?(?:morning|afternoon|evening|night) of the ${ORDINAL}\\b`,
  "g",
);
const THE_NTH = new RegExp(
  `\\bthe ${ORDINAL}\\b(?! (?:century|anniversary|time|round|floor|place|amendment))`,
  "g",
);
const END_OF = new RegExp(
  `\\b(?:the )?(?:end|close) of (the month|this month|next month|last month|the year|this year|next year|last year|${MONTH_WORD})`,
  "g",
);
/** "next month", "last year": the month's first day / the year's 1 January ("the last month" is a span, not a date). */
const MONTH_YEAR_RELATIVE = /\b(this|next|last) (month|year)\b(?!-)/g;
/**
 * A bare year ("in 2023", "a 2013 arrangement"). News style writes counts of a thousand or more
 * with a comma ("2,023 cars"), so four bare digits from 1900 to 2099 are a year — unless a
 * currency sign, a percent, a scale word or more digits make them an amount, or they are the end
 * of a "2023-24"-style span.
 */
const BARE_YEAR =
  /(19\d\d|20\d\d)\b(?![.,:/-]?\d|\s?%|\s(?:percent|per cent|thousand|million|billion|trillion)\b|(?:bn|mn)\b)/g;
const BEFORE_BARE_YEAR = new RegExp(
  `(?:[$€£¥₩#]\\s?|[\\d.,:/-]|\\bNo\\.\\s|\\b${MONTH_WORD}\\s|\\b\\d{1,2}(?:st|nd|rd|th)?\\s)$`,
);
const ABSOLUTE = new RegExp(
  `\\b(?:${MONTH_WORD} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{4}\\.\\d{1,2}\\.\\d{1,2}|\\d{4}-\\d{2}-\\d{2})(?![\\d.]\\d)`,
  "g",
);
// Without "May", as before the month names came from the lexicon: the word is also a verb and a name.
const MONTH_ONLY = new RegExp(
  `\\bin (${FULL_MONTHS.filter((m) => m !== "May").join("|")})(?: (\\d{4}))?\\b`,
  "g",
);
const WEEKEND = /\b(this|next|last) weekend\b/g;
const WEEK = /\b(last|next|this) week(?:’s|'s)?/g;
const DAY_RELATIVE =
  /\b(yesterday|today|tomorrow|the previous day|the day before|the following day|the next day)\b/g;
const DAYS_AFTER = new RegExp(
  `\\b(${NUMBER_PATTERN}) days? (after|before) ((?:returning|arriving|leaving|departing|coming back|his return|her return|their return)(?: home)?)`,
  "gi",
);
const WEEKDAY = new RegExp(
  `\\b(?:(last|next|this|late|early) )?(${WEEKDAYS_FROM_MONDAY.join("|")})(?: (morning|afternoon|evening|night))?\\b`,
  "g",
);
// Sticky twins, tried only where their first word starts (word-index.ts).
const RANGE_NTH_AT = sticky(RANGE_NTH);
const TIME_RELATIVE_AT = sticky(TIME_RELATIVE);
const PART_OF_NTH_AT = sticky(PART_OF_NTH);
const END_OF_AT = sticky(END_OF);
const ABSOLUTE_AT = sticky(ABSOLUTE);
const THE_NTH_AT = sticky(THE_NTH);
const MONTH_ONLY_AT = sticky(MONTH_ONLY);
const WEEKEND_AT = sticky(WEEKEND);
const WEEK_AT = sticky(WEEK);
const DAY_RELATIVE_AT = sticky(DAY_RELATIVE);
const DAYS_AFTER_AT = sticky(DAYS_AFTER);
const WEEKDAY_AT = sticky(WEEKDAY);
const MONTH_YEAR_RELATIVE_AT = sticky(MONTH_YEAR_RELATIVE);
const BARE_YEAR_AT = sticky(BARE_YEAR);
const MONTH_NAMES = [...FULL_MONTHS, ...MONTHS.split("|")];
const THE = wordQuery(["the"]);
const THIS_NEXT_LAST = wordQuery(["this", "next", "last"]);
const FROM = wordQuery(["from"]);
const PART_OF_DAY_WORDS = wordQuery(["the", "morning", "afternoon", "evening", "night"]);
const END_OF_WORDS = wordQuery(["the", "end", "close"]);
const MONTH_NAME_WORDS = wordQuery(MONTH_NAMES);
const IN = wordQuery(["in"]);
const DAY_RELATIVE_WORDS = wordQuery(["yesterday", "today", "tomorrow", "the"]);
const WEEKDAY_WORDS = wordQuery(["last", "next", "this", "late", "early", ...WEEKDAYS]);
const NUMBER_WORD_QUERY = wordQuery(NUMBER_WORDS, true);
const FUTURE_MARKER =
  /\b(?:will|is set to|are set to|set to|scheduled|expected to|plans? to|aims? to|is to|are to|due to|upcoming|going to)\b/g;
/** A future verb right after the weekday: "Pell on Friday will host Vint". */
const FUTURE_AFTER =
  /^,?\s(?:will|is to|are to|is set to|are set to|is scheduled to|is expected to)\b/;
const ANY_FUTURE_MARKER = new RegExp(FUTURE_MARKER.source);
/** What ends the clause before a weekday: sentence ends, a line break, ";", "—", ", while" … */
const CLAUSE_BOUNDARIES = [
  ". ",
  ".” ",
  '." ',
  "? ",
  "! ",
  "\n",
  "; ",
  "— ",
  ", while ",
  ", but ",
  ", and ",
  ", whereas ",
];
const PAST_VERB =
  /\b(?:said|told|was|were|had|did|spoke|met|went|came|made|took|gave|left|held|began|wrote|sent|[a-z]{2,}ed)\b/g;
/** "-ed" words that are not past-tense verbs, or that are the future markers themselves. */
const NOT_PAST = new Set([
  "need",
  "indeed",
  "hundred",
  "scheduled",
  "expected",
  "speed",
  "proceed",
]);

/**
 * chrono-node restricted to its calendar-date parsers: the candidates handed to it are already
 * "Oct. 24" / "October 20, 2025" / "2025-10-22", so time, weekday and relative parsers would only
 * cost time (chrono-node 2.10.3 is pinned; its parser classes keep their names).
 */
const CALENDAR_PARSERS = new Set([
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENYearMonthNameParser",
]);
const CALENDAR_DATES = (() => {
  const parsers = chrono.strict.parsers.filter((p) => CALENDAR_PARSERS.has(p.constructor.name));
  // Fall back to the full strict parser should a chrono upgrade rename its classes.
  if (parsers.length < 2) return chrono.strict;
  return new chrono.Chrono({ parsers, refiners: chrono.strict.refiners });
})();

/** Days since 1970-01-01 of a calendar date. */
function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function isoDay(day: number): string {
  const { year, month, date } = parts(day);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${date < 10 ? "0" : ""}${date}`;
}

function parts(day: number): { year: number; month: number; date: number; weekday: number } {
  const d = new Date(day * DAY_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    date: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/**
 * The publication day in KST, else (status "inferred") the latest date of an embedded post or a
 * dated photo caption; null when nothing dates the article.
 */
export function dateAnchor(article: Article): DateAnchor | null {
  const published = article.publishedAt;
  if (published) {
    const day = kstDay(published.value);
    if (day !== null) {
      const inferred = published.source === "caption" || published.source === "embed";
      return { day, status: inferred ? "inferred" : "resolved", from: published.text };
    }
  }
  let best: DateAnchor | null = null;
  for (const embed of article.embeds) {
    const day = embed.date ? kstDay(embed.date) : null;
    if (day !== null && (best === null || day > best.day)) {
      best = { day, status: "inferred", from: `embedded post dated ${embed.date}` };
    }
  }
  for (const caption of article.captions) {
    const m = /\b(\d{4})\.(\d{1,2})\.(\d{1,2})\b/.exec(caption.text);
    if (m) {
      const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
      if (best === null || day > best.day) best = { day, status: "inferred", from: m[0] };
    }
  }
  if (best !== null) return best;
  // Last resort: the latest full date written in the body ("2025.10.22", "October 20, 2025").
  for (const m of article.body.matchAll(FULL_DATE_IN_BODY)) {
    const day = m[1]
      ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))
      : dayNumber(Number(m[6]), monthIndex(m[4] ?? "") + 1, Number(m[5]));
    if (Number.isFinite(day) && (best === null || day > best.day)) {
      best = { day, status: "inferred", from: m[0] };
    }
  }
  return best;
}

const FULL_DATE_IN_BODY = new RegExp(
  `\\b(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})\\b|\\b(${FULL_MONTHS.join("|")}) (\\d{1,2}), (\\d{4})\\b`,
  "g",
);

function monthIndex(name: string): number {
  return "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(name.slice(0, 3)) / 3;
}

/**
 * The calendar day of a publication time: in the article's own time zone when the value carries
 * the offset its dateline wrote ("2026-11-18T18:40:00+01:00" is the 18th, as the outlet dates
 * it), else in KST (a bare "Z" time is a machine's, not the outlet's).
 */
function kstDay(value: string): number | null {
  if (/^\d{4}-\d{2}-\d{2}(?:$|T[\d:.]+[+-]\d{2}:?\d{2}$)/.test(value)) {
    return dayNumber(
      Number(value.slice(0, 4)),
      Number(value.slice(5, 7)),
      Number(value.slice(8, 10)),
    );
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return Math.floor((ms + KST_OFFSET_MINUTES * 60_000) / DAY_MS);
}

/**
 * Date expressions resolved against the anchor day with a precision. Absolute dates go through
 * chrono-node (reference: the anchor at noon KST, timezone +09:00, so the machine's time zone
 * never matters); weekdays follow news convention — the past six days unless the clause speaks of
 * the future or says "next".
 */
export function readDates(text: ArticleText, anchor: DateAnchor | null): DateDraft[] {
  const { body } = text;
  const out: DateDraft[] = [];
  const taken = new Uint8Array(body.length + 1);
  const status = (resolved: boolean, explicitYear = false): DateDraft["status"] =>
    !resolved ? "unresolved" : explicitYear || anchor === null ? "resolved" : anchor.status;
  const add = (
    start: number,
    end: number,
    day: number | null,
    precision: DatePrecision,
    endDay: number | null = null,
    explicitYear = false,
  ) => {
    for (let i = start; i < end; i += 1) if (taken[i] === 1) return;
    taken.fill(1, start, end);
    out.push({
      start,
      end,
      value: day === null ? null : isoDay(day),
      endValue: endDay === null ? null : isoDay(endDay),
      precision,
      status: status(day !== null, explicitYear),
    });
  };
  const a = anchor?.day ?? null;
  const relative = (offset: number) => (a === null ? null : a + offset);

  const { words } = text;
  const digits = words.digitStarts();
  const the = words.starts(THE);
  const thisNextLast = words.starts(THIS_NEXT_LAST);
  const at = (pattern: RegExp, starts: readonly number[]) => matchesAt(body, pattern, starts);

  for (const m of at(RANGE_NTH_AT, words.starts(FROM))) {
    add(m.index, m.index + m[0].length, nthDay(a, Number(m[1])), "day", nthDay(a, Number(m[2])));
  }
  for (const m of at(TIME_RELATIVE_AT, digits)) {
    add(m.index, m.index + m[0].length, relative(relativeOffset(m[4] ?? "")), "hour");
  }
  for (const m of at(PART_OF_NTH_AT, words.starts(PART_OF_DAY_WORDS))) {
    add(m.index, m.index + m[0].length, nthDay(a, Number(m[1])), "day");
  }
  for (const m of at(END_OF_AT, words.starts(END_OF_WORDS))) {
    const which = m[1] ?? "";
    // The end of a year is looser than the end of a month: its last weeks, so month precision.
    if (which.endsWith("year")) add(m.index, m.index + m[0].length, endOfYear(a, which), "month");
    else add(m.index, m.index + m[0].length, endOfMonth(a, which), "week");
  }
  for (const m of at(ABSOLUTE_AT, mergeSorted([digits, words.starts(MONTH_NAME_WORDS)]))) {
    const resolved = absoluteDay(m[0], a);
    add(m.index, m.index + m[0].length, resolved.day, "day", null, resolved.explicitYear);
  }
  for (const m of at(THE_NTH_AT, the)) {
    add(m.index, m.index + m[0].length, nthDay(a, Number(m[1])), "day");
  }
  for (const m of at(MONTH_ONLY_AT, words.starts(IN))) {
    const month = "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf((m[1] ?? "").slice(0, 3)) / 3 + 1;
    const year = m[2] ? Number(m[2]) : a === null ? null : nearestYear(a, month, 1);
    add(
      m.index,
      m.index + m[0].length,
      year === null ? null : dayNumber(year, month, 1),
      "month",
      null,
      Boolean(m[2]),
    );
  }
  for (const m of at(WEEKEND_AT, thisNextLast)) {
    let saturday: number | null = null;
    if (a !== null) {
      const { weekday } = parts(a);
      const thisSaturday = weekday === 0 ? a - 1 : a + (6 - weekday);
      saturday = thisSaturday + (m[1] === "next" ? 7 : m[1] === "last" ? -7 : 0);
    }
    add(m.index, m.index + m[0].length, saturday, "day", saturday === null ? null : saturday + 1);
  }
  for (const m of at(WEEK_AT, thisNextLast)) {
    let monday: number | null = null;
    if (a !== null) {
      const { weekday } = parts(a);
      monday = a - ((weekday + 6) % 7) + (m[1] === "next" ? 7 : m[1] === "last" ? -7 : 0);
    }
    add(m.index, m.index + m[0].length, monday, "week");
  }
  for (const m of at(MONTH_YEAR_RELATIVE_AT, thisNextLast)) {
    if (/\bthe\s$/i.test(body.slice(Math.max(0, m.index - 4), m.index))) continue;
    const step = m[1] === "next" ? 1 : m[1] === "last" ? -1 : 0;
    let first: number | null = null;
    if (a !== null) {
      const { year, month } = parts(a);
      // Date.UTC carries month 13 / month 0 into the next / previous year.
      first = m[2] === "year" ? dayNumber(year + step, 1, 1) : dayNumber(year, month + step, 1);
    }
    add(m.index, m.index + m[0].length, first, m[2] === "year" ? "year" : "month");
  }
  for (const m of at(DAY_RELATIVE_AT, words.starts(DAY_RELATIVE_WORDS))) {
    add(m.index, m.index + m[0].length, relative(relativeOffset(m[1] ?? "")), "day");
  }
  for (const m of at(WEEKDAY_AT, words.starts(WEEKDAY_WORDS))) {
    const target = WEEKDAYS.indexOf(m[2] ?? "");
    let day: number | null = null;
    if (a !== null) {
      const { weekday } = parts(a);
      const back = (weekday - target + 7) % 7;
      const forward = (target - weekday + 7) % 7;
      const mode = m[1];
      if (mode === "next") day = a + (forward === 0 ? 7 : forward);
      else if (mode === "last") day = a - (back === 0 ? 7 : back);
      else if (mode === "this") day = a - ((weekday + 6) % 7) + ((target + 6) % 7);
      else {
        const end = m.index + m[0].length;
        const future =
          isFutureClause(body, m.index) || FUTURE_AFTER.test(body.slice(end, end + 24));
        day = future ? a + forward : a - back;
      }
    }
    add(m.index, m.index + m[0].length, day, "day");
  }
  // Bare years last: every full date, month and day that holds a year has taken its digits.
  for (const m of at(
    BARE_YEAR_AT,
    digits.filter((p) => startsCentury(body, p)),
  )) {
    if (BEFORE_BARE_YEAR.test(body.slice(Math.max(0, m.index - 12), m.index))) continue;
    add(m.index, m.index + 4, dayNumber(Number(m[1]), 1, 1), "year", null, true);
  }
  out.sort((x, y) => x.start - y.start);
  // "three days after returning": the day of the event the sentence tells, i.e. the latest day
  // named before it (else the anchor); the return itself was that many days earlier.
  // One sweep (a scan from the start per match was quadratic on long inputs). As that scan did,
  // once every earlier date is passed the days added here count too, the latest one winning.
  const sortedCount = out.length;
  let next = 0;
  let lastSorted: DateDraft | null = null;
  let lastAdded: DateDraft | null = null;
  for (const m of at(DAYS_AFTER_AT, mergeSorted([digits, words.starts(NUMBER_WORD_QUERY)]))) {
    const start = m.index;
    while (next < sortedCount && out[next]!.start < start) {
      const d = out[next]!;
      if (d.value !== null && d.precision === "day") lastSorted = d;
      next += 1;
    }
    const last = next === sortedCount && lastAdded !== null ? lastAdded : lastSorted;
    const narrative = last?.value ? dayOfIso(last.value) : a;
    const days = parseNumber(m[1] ?? "");
    if (!Number.isFinite(days)) continue;
    const count = out.length;
    const end = start + m[0].length;
    add(start, end, narrative, "day");
    if (out.length === count) continue;
    if (out[count]!.value !== null) lastAdded = out[count]!;
    // The event counted from ("returning") gets its own day, N days before (after "before") the
    // told one: always inferred, as it is arithmetic on another date, and inside the phrase's span.
    const event = narrative === null ? null : narrative + (m[2] === "before" ? days : -days);
    out.push({
      start: end - (m[3] ?? "").length,
      end,
      value: event === null ? null : isoDay(event),
      endValue: null,
      precision: "day",
      status: event === null ? "unresolved" : "inferred",
    });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

/** "19…" or "20…" at p: the only digit starts a bare year can take. */
function startsCentury(body: string, p: number): boolean {
  const c = body.charCodeAt(p);
  const d = body.charCodeAt(p + 1);
  return (c === 49 && d === 57) || (c === 50 && d === 48);
}

function dayOfIso(value: string): number {
  return dayNumber(
    Number(value.slice(0, 4)),
    Number(value.slice(5, 7)),
    Number(value.slice(8, 10)),
  );
}

function relativeOffset(word: string): number {
  if (word === "yesterday" || word === "the previous day" || word === "the day before") return -1;
  if (word === "tomorrow" || word === "the following day" || word === "the next day") return 1;
  return 0;
}

/** "the 22nd": that day of the anchor's month, or of the month before when it would be > 7 days ahead. */
function nthDay(anchor: number | null, date: number): number | null {
  if (anchor === null || date < 1 || date > 31) return null;
  const { year, month, date: today } = parts(anchor);
  if (date <= today + 7) return dayNumber(year, month, date);
  return month === 1 ? dayNumber(year - 1, 12, date) : dayNumber(year, month - 1, date);
}

function nearestYear(anchor: number, month: number, date: number): number {
  const { year } = parts(anchor);
  const candidates = [year - 1, year, year + 1];
  let best = year;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const y of candidates) {
    const distance = Math.abs(dayNumber(y, month, date) - anchor);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

function endOfMonth(anchor: number | null, which: string): number | null {
  if (anchor === null) return null;
  const { year, month } = parts(anchor);
  let m = month;
  let y = year;
  if (which === "next month") m += 1;
  else if (which === "last month") m -= 1;
  else if (!/month/.test(which)) {
    m = "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(which.slice(0, 3)) / 3 + 1;
    y = nearestYear(anchor, m, 15);
  }
  if (m === 13) {
    m = 1;
    y += 1;
  } else if (m === 0) {
    m = 12;
    y -= 1;
  }
  return dayNumber(y, m + 1, 1) - 1;
}

function endOfYear(anchor: number | null, which: string): number | null {
  if (anchor === null) return null;
  const step = which === "next year" ? 1 : which === "last year" ? -1 : 0;
  return dayNumber(parts(anchor).year + step, 12, 31);
}

function absoluteDay(
  text: string,
  anchor: number | null,
): { day: number | null; explicitYear: boolean } {
  const explicitYear = /\d{4}/.test(text);
  const numeric = /^(\d{4})[.-](\d{1,2})[.-](\d{1,2})$/.exec(text);
  if (numeric) {
    return {
      day: dayNumber(Number(numeric[1]), Number(numeric[2]), Number(numeric[3])),
      explicitYear,
    };
  }
  if (anchor === null && !explicitYear) return { day: null, explicitYear };
  const { year, month, date } = parts(anchor ?? dayNumber(2000, 1, 1));
  // Noon KST on the anchor day: far from midnight, so no time zone can move it to another day.
  const instant = new Date(Date.UTC(year, month - 1, date, 3, 0, 0));
  const [result] = CALENDAR_DATES.parse(text, { instant, timezone: KST_OFFSET_MINUTES });
  if (!result) return { day: null, explicitYear };
  const y = result.start.get("year");
  const mo = result.start.get("month");
  const d = result.start.get("day");
  if (y === null || mo === null || d === null) return { day: null, explicitYear };
  const resolvedYear = explicitYear || anchor === null ? y : nearestYear(anchor, mo, d);
  return { day: dayNumber(resolvedYear, mo, d), explicitYear };
}

/**
 * Whether a bare weekday's own clause speaks of the future: a future marker ("will", "is due to")
 * between the clause start and the weekday, with no past-tense verb after it ("Speaking to
 * reporters on Wednesday", "spent most of Tuesday" stay in the past six days). The clause starts
 * after the last sentence end, line break, semicolon, dash or ", while"/", but"/", and".
 */
function isFutureClause(body: string, at: number): boolean {
  const window = body.slice(Math.max(0, at - 160), at);
  // Most weekdays are past: no marker at all in reach settles it without finding the clause.
  if (!ANY_FUTURE_MARKER.test(window)) return false;
  let start = 0;
  for (const b of CLAUSE_BOUNDARIES) {
    const i = window.lastIndexOf(b);
    if (i >= 0 && i + b.length > start) start = i + b.length;
  }
  const clause = window.slice(start);
  let future = -1;
  for (const m of clause.matchAll(FUTURE_MARKER)) future = m.index;
  if (future < 0) return false;
  for (const m of clause.slice(future).matchAll(PAST_VERB)) {
    if (!NOT_PAST.has(m[0])) return false;
  }
  return true;
}

/** Converts drafts to schema dates with ids "d0", "d1", … in text order. */
export function toDates(text: ArticleText, drafts: readonly DateDraft[]): DateReference[] {
  return drafts.map((d, i) => ({
    id: `d${i}`,
    span: text.span(d.start, d.end),
    text: text.body.slice(d.start, d.end),
    value: d.value,
    endValue: d.endValue,
    precision: d.precision,
    status: d.status,
  }));
}
