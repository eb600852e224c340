/** A calendar date, maybe with a time of day and a UTC offset, read from how pages print dates. */
export type WrittenDate = {
  year: number;
  month: number;
  day: number;
  /** Present when the text gives a time of day. */
  hour: number | null;
  minute: number | null;
  /** "+09:00" when the text names a zone or offset, else null. */
  offset: string | null;
  /** How many characters of the input the date (with time and zone) took. */
  length: number;
};

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/**
 * Zone abbreviations with a fixed offset. Zones whose abbreviation is ambiguous (CST, IST) or
 * that switch with daylight saving under one name (ET, PT) are left out: guessing would be wrong
 * half the year.
 */
const ZONES: Record<string, string> = {
  KST: "+09:00",
  JST: "+09:00",
  UTC: "+00:00",
  GMT: "+00:00",
  Z: "+00:00",
  EST: "-05:00",
  EDT: "-04:00",
  CDT: "-05:00",
  MST: "-07:00",
  MDT: "-06:00",
  PST: "-08:00",
  PDT: "-07:00",
  BST: "+01:00",
  CET: "+01:00",
  CEST: "+02:00",
  HKT: "+08:00",
  SGT: "+08:00",
  AEST: "+10:00",
  AEDT: "+11:00",
};

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?)?/;
const NUMERIC = /^(\d{4})[./](\d{1,2})[./](\d{1,2})\.?(?:\s+(\d{1,2}):(\d{2}))?/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/;
const TIME = /^,?\s*(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*([ap])?(\.?m\.?)?/i;
const ZONE =
  /^\s*\(?\s*(?:([A-Z]{1,4})(?:\s*([+-])(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2}))\s*\)?/;

/** Reads a date written at the start of `text`: "24 Oct. 2025, 10:02", "October 20, 2025", "2025.10.22". */
export function readWrittenDate(text: string): WrittenDate | null {
  const source = text.slice(0, 120);
  const weekday = WEEKDAY.exec(source);
  const offset0 = weekday ? weekday[0].length : 0;
  const rest = source.slice(offset0);

  let year: number;
  let month: number;
  let day: number;
  let hour: number | null = null;
  let minute: number | null = null;
  let length: number;
  const numeric = ISO.exec(rest) ?? NUMERIC.exec(rest);
  const dayFirst = numeric ? null : DAY_MONTH_YEAR.exec(rest);
  const monthFirst = numeric || dayFirst ? null : MONTH_DAY_YEAR.exec(rest);
  if (numeric) {
    year = Number(numeric[1]);
    month = Number(numeric[2]);
    day = Number(numeric[3]);
    if (numeric[4] !== undefined && numeric[5] !== undefined) {
      hour = Number(numeric[4]);
      minute = Number(numeric[5]);
    }
    length = numeric[0].length;
  } else if (dayFirst) {
    const m = MONTHS[(dayFirst[2] ?? "").toLowerCase()];
    if (m === undefined) return null;
    day = Number(dayFirst[1]);
    month = m;
    year = Number(dayFirst[3]);
    length = dayFirst[0].length;
  } else if (monthFirst) {
    const m = MONTHS[(monthFirst[1] ?? "").toLowerCase()];
    if (m === undefined) return null;
    month = m;
    day = Number(monthFirst[2]);
    year = Number(monthFirst[3]);
    length = monthFirst[0].length;
  } else {
    return null;
  }
  if (!isValidDate(year, month, day)) return null;

  if (hour === null) {
    const time = TIME.exec(rest.slice(length));
    // A bare number after a date is not a time; it needs minutes or am/pm.
    if (time && (time[2] !== undefined || time[3] !== undefined)) {
      let h = Number(time[1]);
      const min = time[2] === undefined ? 0 : Number(time[2]);
      const meridiem = time[3]?.toLowerCase();
      if (meridiem === "p" && h < 12) h += 12;
      if (meridiem === "a" && h === 12) h = 0;
      if (h <= 23 && min <= 59) {
        hour = h;
        minute = min;
        length += time[0].length;
      }
    }
  }
  let offset: string | null = null;
  if (hour !== null) {
    const zone = ZONE.exec(rest.slice(length));
    if (zone) {
      const found = readZone(zone);
      if (found) {
        offset = found;
        length += zone[0].length;
      }
    }
  }
  if (hour !== null && (hour > 23 || (minute ?? 0) > 59)) return null;
  return { year, month, day, hour, minute, offset, length: offset0 + length };
}

function readZone(zone: RegExpExecArray): string | null {
  if (zone[5] !== undefined) return `${zone[5]}${zone[6]}:${zone[7]}`;
  const name = zone[1];
  if (name === undefined) return null;
  if ((name === "UTC" || name === "GMT") && zone[2] !== undefined) {
    const hours = Number(zone[3]);
    if (hours > 14) return null;
    return `${zone[2]}${String(hours).padStart(2, "0")}:${zone[4] ?? "00"}`;
  }
  return ZONES[name] ?? null;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2025-10-24" */
export function isoDate(date: Pick<WrittenDate, "year" | "month" | "day">): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "2025-10-24T10:02:00+09:00" */
export function isoDateTime(date: WrittenDate, offset: string): string {
  return `${isoDate(date)}T${pad(date.hour ?? 0)}:${pad(date.minute ?? 0)}:00${offset}`;
}
