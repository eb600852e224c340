import type { DateReference, Extraction } from "@parallax/core";
import { MONTH_ALTERNATION } from "../../lexicons/calendar-words.ts";
import { dayNumber, isoDay, monthNumber } from "../extract/dates/calendar-days.ts";

// A calendar day written without its year ("Nov. 30") gets its year from the article's publication
// day; an article that gives none (a pasted text, no dateline) leaves the day unknown, and it was
// then set against nothing. The other articles of the story can date it.

/** Month and day, and nothing more: "Nov. 30", "December 15th"; not "December 15, 2013". */
const YEARLESS = new RegExp(`^(${MONTH_ALTERNATION})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?$`);

/**
 * The one year every day the story's articles state for sure falls in (resolved days: a written
 * year, or a publication day), or null when they state none or span two years: a story told across
 * a new year ("Dec. 30" / "Jan. 2") gives a yearless day no single year.
 */
export function storyYear(extractions: readonly Extraction[]): number | null {
  const years = new Set<string>();
  for (const extraction of extractions)
    for (const date of extraction.dates)
      if (date.precision === "day" && date.status === "resolved" && date.value)
        years.add(date.value.slice(0, 4));
  return years.size === 1 ? Number([...years][0]) : null;
}

/**
 * A yearless calendar day left without a value, dated in the story's one year (status "inferred");
 * any other date as it is.
 */
export function inStoryYear(date: DateReference, year: number | null): DateReference {
  if (year === null || date.value !== null || date.precision !== "day") return date;
  const m = YEARLESS.exec(date.text.trim());
  if (!m) return date;
  const month = monthNumber(m[1] as string);
  const day = Number(m[2]);
  if (!Number.isInteger(month) || month < 1 || day < 1 || day > 31) return date;
  const value = dayNumber(year, month, day);
  // "Feb. 30" rolls into March: no such day.
  if (isoDay(value).slice(5, 7) !== String(month).padStart(2, "0")) return date;
  return { ...date, value: isoDay(value), status: "inferred" };
}
