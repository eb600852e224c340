import type { DatePrecision, DateReference } from "@parallax/core";
import type { ArticleText } from "../article-text.ts";
import { parseNumber } from "../number-words.ts";
import { matchesAt, mergeSorted } from "../word-index.ts";
import { absoluteDay } from "./absolute-day.ts";
import {
  dayNumber,
  dayOfIso,
  dayParts,
  endOfMonth,
  endOfYear,
  isoDay,
  monthNumber,
  nearestYear,
  nthDay,
  relativeOffset,
} from "./calendar-days.ts";
import type { DateAnchor } from "./date-anchor.ts";
import {
  ABSOLUTE_AT,
  BARE_YEAR_AT,
  BEFORE_BARE_YEAR,
  DAY_RELATIVE_AT,
  DAY_RELATIVE_WORDS,
  DAYS_AFTER_AT,
  END_OF_AT,
  END_OF_WORDS,
  FROM,
  IN,
  MONTH_NAME_WORDS,
  MONTH_ONLY_AT,
  MONTH_YEAR_RELATIVE_AT,
  NUMBER_WORD_QUERY,
  PART_OF_DAY_WORDS,
  PART_OF_NTH_AT,
  RANGE_NTH_AT,
  THE,
  THE_NTH_AT,
  THIS_NEXT_LAST,
  TIME_RELATIVE_AT,
  WEEK_AT,
  WEEKDAY_AT,
  WEEKDAY_WORDS,
  WEEKDAYS,
  WEEKEND_AT,
} from "./date-patterns.ts";
import { isFutureWeekday } from "./future-clause.ts";

export type DateDraft = Omit<DateReference, "id" | "span" | "text"> & {
  start: number;
  end: number;
};

/**
 * Date expressions resolved against the anchor day with a precision. Absolute dates go through
 * chrono-node (reference: the anchor at noon UTC, read in UTC, so the machine's time zone
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
    const month = monthNumber(m[1] ?? "");
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
      const { weekday } = dayParts(a);
      const thisSaturday = weekday === 0 ? a - 1 : a + (6 - weekday);
      saturday = thisSaturday + (m[1] === "next" ? 7 : m[1] === "last" ? -7 : 0);
    }
    add(m.index, m.index + m[0].length, saturday, "day", saturday === null ? null : saturday + 1);
  }
  for (const m of at(WEEK_AT, thisNextLast)) {
    let monday: number | null = null;
    if (a !== null) {
      const { weekday } = dayParts(a);
      monday = a - ((weekday + 6) % 7) + (m[1] === "next" ? 7 : m[1] === "last" ? -7 : 0);
    }
    add(m.index, m.index + m[0].length, monday, "week");
  }
  for (const m of at(MONTH_YEAR_RELATIVE_AT, thisNextLast)) {
    if (/\bthe\s$/i.test(body.slice(Math.max(0, m.index - 4), m.index))) continue;
    const step = m[1] === "next" ? 1 : m[1] === "last" ? -1 : 0;
    let first: number | null = null;
    if (a !== null) {
      const { year, month } = dayParts(a);
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
      const { weekday } = dayParts(a);
      const back = (weekday - target + 7) % 7;
      const forward = (target - weekday + 7) % 7;
      const mode = m[1];
      if (mode === "next") day = a + (forward === 0 ? 7 : forward);
      else if (mode === "last") day = a - (back === 0 ? 7 : back);
      else if (mode === "this") day = a - ((weekday + 6) % 7) + ((target + 6) % 7);
      else {
        const future = isFutureWeekday(body, m.index, m.index + m[0].length);
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
