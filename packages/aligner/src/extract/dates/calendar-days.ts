/**
 * Day arithmetic on UTC day numbers (days since 1970-01-01): a calendar day is a plain number, so
 * no machine time zone can move it.
 */
export const DAY_MS = 86_400_000;

const MONTH_KEYS = "JanFebMarAprMayJunJulAugSepOctNovDec";

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function isoDay(day: number): string {
  const { year, month, date } = dayParts(day);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${date < 10 ? "0" : ""}${date}`;
}

/** The day number of an ISO "YYYY-MM-DD…" value. */
export function dayOfIso(value: string): number {
  return dayNumber(
    Number(value.slice(0, 4)),
    Number(value.slice(5, 7)),
    Number(value.slice(8, 10)),
  );
}

export function dayParts(day: number): {
  year: number;
  month: number;
  date: number;
  weekday: number;
} {
  const d = new Date(day * DAY_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    date: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** 1–12 from a month name or its abbreviation ("Sept" reads as its first three letters). */
export function monthNumber(name: string): number {
  return MONTH_KEYS.indexOf(name.slice(0, 3)) / 3 + 1;
}

/** The year that puts month/date nearest the anchor day (a year either side at most). */
export function nearestYear(anchor: number, month: number, date: number): number {
  const { year } = dayParts(anchor);
  let best = year;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const y of [year - 1, year, year + 1]) {
    const distance = Math.abs(dayNumber(y, month, date) - anchor);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/** "the 22nd": that day of the anchor's month, or of the month before when it would be > 7 days ahead. */
export function nthDay(anchor: number | null, date: number): number | null {
  if (anchor === null || date < 1 || date > 31) return null;
  const { year, month, date: today } = dayParts(anchor);
  if (date <= today + 7) return dayNumber(year, month, date);
  return month === 1 ? dayNumber(year - 1, 12, date) : dayNumber(year, month - 1, date);
}

/** The last day of "the month", "next month", "last month" or a named month (nearest the anchor). */
export function endOfMonth(anchor: number | null, which: string): number | null {
  if (anchor === null) return null;
  const { year, month } = dayParts(anchor);
  let m = month;
  let y = year;
  if (which === "next month") m += 1;
  else if (which === "last month") m -= 1;
  else if (!/month/.test(which)) {
    m = monthNumber(which);
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

/** 31 December of "the year", "next year" or "last year". */
export function endOfYear(anchor: number | null, which: string): number | null {
  if (anchor === null) return null;
  const step = which === "next year" ? 1 : which === "last year" ? -1 : 0;
  return dayNumber(dayParts(anchor).year + step, 12, 31);
}

/** The day offset of "yesterday", "the following day" and the like (0 for "today"). */
export function relativeOffset(word: string): number {
  if (word === "yesterday" || word === "the previous day" || word === "the day before") return -1;
  if (word === "tomorrow" || word === "the following day" || word === "the next day") return 1;
  return 0;
}
