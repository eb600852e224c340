import * as chrono from "chrono-node";
import { dayNumber, dayParts, nearestYear } from "./calendar-days.ts";

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

/**
 * The day of an absolute date ("Oct. 24", "October 20, 2025", "2025.10.22"); without a year, the
 * year that puts it nearest the anchor.
 */
export function absoluteDay(
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
  const { year, month, date } = dayParts(anchor ?? dayNumber(2000, 1, 1));
  // Noon UTC on the anchor day, read in UTC: the machine's time zone never moves it to another day.
  const instant = new Date(Date.UTC(year, month - 1, date, 12, 0, 0));
  const [result] = CALENDAR_DATES.parse(text, { instant, timezone: 0 });
  if (!result) return { day: null, explicitYear };
  const y = result.start.get("year");
  const mo = result.start.get("month");
  const d = result.start.get("day");
  if (y === null || mo === null || d === null) return { day: null, explicitYear };
  const resolvedYear = explicitYear || anchor === null ? y : nearestYear(anchor, mo, d);
  return { day: dayNumber(resolvedYear, mo, d), explicitYear };
}
