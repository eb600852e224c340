import type { DateReference } from "@parallax/core";
import { MONTH_ABBREVIATIONS, MONTHS } from "../../lexicons/calendar-words.ts";
import { monthNumber } from "../extract/dates/calendar-days.ts";

const MONTH = `(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join("|")})`;
/** "Dec. 6", "December 6, 2008": month first. */
const MONTH_FIRST = new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, "i");
/** "6 December", "6th Dec.": day first. */
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\b`, "i");

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The month and day a calendar date writes ("Dec. 6" and "6 December" → "12-06"); null for a date
 * written otherwise ("Friday", "yesterday").
 */
export function monthDayWritten(date: DateReference): string | null {
  const first = MONTH_FIRST.exec(date.text);
  const second = first ? null : DAY_FIRST.exec(date.text);
  const [monthName, day] = first
    ? [first[1] as string, Number(first[2])]
    : second
      ? [second[2] as string, Number(second[1])]
      : [null, 0];
  if (monthName === null || day < 1 || day > 31) return null;
  const month = monthNumber(`${monthName[0]?.toUpperCase()}${monthName.slice(1, 3).toLowerCase()}`);
  return Number.isInteger(month) && month >= 1 ? `${pad(month)}-${pad(day)}` : null;
}

/** What may stand between a day and the calendar date restating it: "Saturday, 8 October", "today (17 October". */
const RESTATING_GAP = /^\s*,?\s*[([]?\s*$/;

/**
 * A day restated by the calendar date right after it ("on Saturday, October 8, 2011", "Saturday 8
 * October", "today (17 October 2011)") is one day, not two: it reads as one date from the first
 * word to the calendar date (its closing bracket too), named by the weekday if one was written and
 * valued as the calendar date says (the weekday's own reading from a publication day may miss it).
 * Days must be in text order.
 */
export function joinRestatedDays(
  days: readonly DateReference[],
  text: string,
  textStart: number,
): DateReference[] {
  const out: DateReference[] = [];
  for (let i = 0; i < days.length; i += 1) {
    const day = days[i] as DateReference;
    const next = days[i + 1];
    if (
      next === undefined ||
      monthDayWritten(day) !== null ||
      monthDayWritten(next) === null ||
      next.precision !== "day" ||
      !RESTATING_GAP.test(text.slice(day.span.end - textStart, next.span.start - textStart))
    ) {
      out.push(day);
      continue;
    }
    const open = text.slice(day.span.end - textStart, next.span.start - textStart);
    const closes = /[([]/.test(open) && /^[)\]]/.test(text.slice(next.span.end - textStart));
    const end = next.span.end + (closes ? 1 : 0);
    out.push({
      ...next,
      value: next.value ?? day.value,
      text: text.slice(day.span.start - textStart, end - textStart),
      span: { ...next.span, start: day.span.start, end },
    });
    i += 1;
  }
  return out;
}
