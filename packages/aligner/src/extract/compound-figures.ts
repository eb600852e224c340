import { measureAfter } from "./figure-measure.ts";
import { NUMBER_PATTERN, parseNumber } from "./number-words.ts";
import { matchesAt, sticky } from "./word-index.ts";

/** A figure found by one of the readers below, before ids and spans are assigned. */
export type CompoundDraft = {
  start: number;
  end: number;
  value: number;
  unit: string;
  measure: string | null;
};

/**
 * "a 14-yard touchdown pass", "a four-party basis", "a 20-point lead": a number joined by a hyphen
 * to the singular noun it counts, before the noun it describes. Time units are durations and
 * "-old" an age (read elsewhere); scale words belong to money ("two-million-euro").
 */
const COMPOUND_AT = sticky(
  new RegExp(`(?<![\\d.,-])\\b(${NUMBER_PATTERN})-([a-z]{3,})\\b(?=\\s+[a-z])`, "gi"),
);
const NOT_A_UNIT =
  /^(?:year|month|week|day|hour|minute|second|decade|old|thousand|million|billion|trillion|percent|and|or|to|time|times|plus|fold|odd|something|ish)s?$/i;

/** `numberStarts`: every offset where a number can start, ascending (figures.ts). */
export function readCompoundCounts(body: string, numberStarts: readonly number[]): CompoundDraft[] {
  const found: CompoundDraft[] = [];
  for (const m of matchesAt(body, COMPOUND_AT, numberStarts)) {
    const unit = (m[2] as string).toLowerCase();
    // "the twenty-five members": a number written with a hyphen is no number and its unit.
    if (NOT_A_UNIT.test(unit) || unit.endsWith("s") || Number.isFinite(parseNumber(unit))) continue;
    const value = parseNumber(m[1] as string);
    if (!Number.isFinite(value) || value <= 0) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    found.push({ start, end, value, unit, measure: measureAfter(body, end) ?? unit });
  }
  return found;
}

/**
 * An earthquake's magnitude: "a 5.6 magnitude earthquake", "a magnitude-5.9 quake", "a magnitude
 * of at least 5.9", "measuring 5.6 on the Richter scale". One value on one scale, compared like
 * any amount. Text split into tokens and joined again may leave a space before the hyphen
 * ("a 5.6 -magnitude quake"): still the same magnitude.
 */
const MAGNITUDE_AT =
  /(?<![\d.])\b(\d{1,2}(?:\.\d)?)(?:\s?-|\s)magnitude\b|\bmagnitude[-\s](?:of\s)?(?:at least\s|about\s|around\s|nearly\s)?(\d(?:\.\d)?)\b|\bmeasuring\s(?:about\s|around\s)?(\d(?:\.\d)?)\s(?:on the Richter scale|magnitude)/iy;

/**
 * `starts`: the offsets of digits and of the words "magnitude" and "measuring" (any case),
 * ascending: the only places a magnitude can start, tried sticky instead of scanning the body.
 */
export function readMagnitudes(body: string, starts: readonly number[]): CompoundDraft[] {
  const found: CompoundDraft[] = [];
  for (const m of matchesAt(body, MAGNITUDE_AT, starts)) {
    const digits = (m[1] ?? m[2] ?? m[3]) as string;
    const start = (m.index ?? 0) + m[0].search(/\d/);
    found.push({
      start,
      end: start + digits.length,
      value: Number(digits),
      unit: "magnitude",
      measure: "magnitude",
    });
  }
  return found;
}
