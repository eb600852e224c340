import { NUMBER_WORD_PATTERN, NUMBER_WORDS, parseNumber } from "./number-words.ts";
import { matchesAt, mergeSorted, sticky, type WordIndex, wordQuery } from "./word-index.ts";

/** A time of day found in a body: minutes after midnight, and the zone it was given in, if any. */
export type TimeOfDay = { start: number; end: number; minutes: number; zone: string | null };

/**
 * Time-zone abbreviations news copy writes after a clock time (the common North American,
 * European and East Asian ones). "2 a.m. ET" and "7 a.m. GMT" are then never compared as equal
 * clock readings.
 */
export const TIME_ZONE_PATTERN =
  "(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|IST|JST|KST|AEST|AEDT)";
const ZONE = TIME_ZONE_PATTERN;
const ZONE_AFTER = `(?:\\s\\(?(${ZONE})\\)?(?![\\w]))?`;
/** "2 a.m.", "2:30 p.m.", "11am", "9.30pm", "2 a.m. EST". */
const TWELVE_HOUR = new RegExp(
  `\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?m\\b\\.?${ZONE_AFTER}`,
  "gi",
);
/** "14:30 GMT", "at 09:15": a 24-hour clock only with a zone or after "at", never a score "2:1". */
const TWENTY_FOUR_HOUR = new RegExp(
  `\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b(?:\\s\\(?(${ZONE})\\)?(?![\\w]))?`,
  "g",
);
/** Any written clock time, zone or not: "2:30 p.m.", "11am", "9:30" (a score "2:1" too). */
const CLOCK_WRITTEN = new RegExp(`${TWELVE_HOUR.source}|\\b\\d{1,2}:\\d{2}\\b`, "gi");

/**
 * The text with every written clock time blanked to spaces (offsets kept): "At 8:30 p.m. the
 * ferry" is read for its words with no "30", no "p.m." and no colon cutting the clause.
 */
export function withoutClockTimes(text: string): string {
  return text.replace(CLOCK_WRITTEN, (m) => " ".repeat(m.length));
}
const O_CLOCK = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD_PATTERN}) o['’]clock\\b${ZONE_AFTER}`, "g");
/** "at noon", "before midnight": the bare words are times only after a preposition of time. */
const NOON_OR_MIDNIGHT =
  /\b(?:at|around|about|before|after|by|until|till|past|near|shortly before|shortly after|just before|just after) (noon|midnight)\b/gi;

const TWELVE_HOUR_AT = sticky(TWELVE_HOUR);
const TWENTY_FOUR_HOUR_AT = sticky(TWENTY_FOUR_HOUR);
const O_CLOCK_AT = sticky(O_CLOCK);
const NOON_AT = sticky(NOON_OR_MIDNIGHT);
const NUMBER_WORD_QUERY = wordQuery(NUMBER_WORDS, true);
const TIME_PREPOSITIONS = wordQuery(
  [
    "at",
    "around",
    "about",
    "before",
    "after",
    "by",
    "until",
    "till",
    "past",
    "near",
    "shortly",
    "just",
  ],
  true,
);

/** Clock times in a body, in text order; overlapping readings keep the first found. */
export function readTimesOfDay(body: string, words: WordIndex): TimeOfDay[] {
  const out: TimeOfDay[] = [];
  const digitStarts = words.digitStarts();
  for (const m of matchesAt(body, TWELVE_HOUR_AT, digitStarts)) {
    const hour = Number(m[1]);
    const minute = m[2] === undefined ? 0 : Number(m[2]);
    if (hour < 1 || hour > 12 || minute > 59) continue;
    const pm = (m[3] ?? "").toLowerCase() === "p";
    out.push(reading(m, ((hour % 12) + (pm ? 12 : 0)) * 60 + minute, m[4]));
  }
  for (const m of matchesAt(body, TWENTY_FOUR_HOUR_AT, digitStarts)) {
    const zone = m[3];
    const afterAt = /\bat $/i.test(body.slice(Math.max(0, m.index - 3), m.index));
    // "9:30" alone may be a 12-hour reading whose a.m./p.m. the writer left out: not comparable.
    if (zone === undefined && !(afterAt && Number(m[1]) >= 13)) continue;
    out.push(reading(m, Number(m[1]) * 60 + Number(m[2]), zone));
  }
  const clockStarts = mergeSorted([digitStarts, words.starts(NUMBER_WORD_QUERY)]);
  for (const m of matchesAt(body, O_CLOCK_AT, clockStarts)) {
    const hour = parseNumber(m[1] ?? "");
    // "o'clock" alone does not say morning or evening: kept as the 12-hour reading (1–12).
    if (!(hour >= 1 && hour <= 12)) continue;
    out.push(reading(m, (hour % 12) * 60, m[2]));
  }
  for (const m of matchesAt(body, NOON_AT, words.starts(TIME_PREPOSITIONS))) {
    const word = (m[1] ?? "").toLowerCase();
    const start = m.index + m[0].length - word.length;
    out.push({ start, end: start + word.length, minutes: word === "noon" ? 720 : 0, zone: null });
  }
  out.sort((a, b) => a.start - b.start);
  const kept: TimeOfDay[] = [];
  for (const t of out) if (kept.length === 0 || t.start >= kept[kept.length - 1]!.end) kept.push(t);
  return kept;
}

function reading(m: RegExpExecArray, minutes: number, zone: string | undefined): TimeOfDay {
  return { start: m.index, end: m.index + m[0].length, minutes, zone: zone?.toUpperCase() ?? null };
}
