import { WEEKDAYS } from "../../../lexicons/calendar-words.ts";

const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "i");

/** What a date's words say alone: the weekday they name (lower case), and the words compared plainly. */
export type DateWords = { weekday: string | undefined; plain: string };

/** Distinct date texts kept at most; then the readings start over (a long-running server). */
const LIMIT = 50_000;
const byText = new Map<string, DateWords>();

/**
 * The readings of a date's words, made once per distinct words: date rows and pair checks ask them
 * for every pair of dated statements of a story (a regex and two new strings a pair before).
 */
export function dateWords(text: string): DateWords {
  let words = byText.get(text);
  if (words === undefined) {
    if (byText.size >= LIMIT) byText.clear();
    words = { weekday: WEEKDAY.exec(text)?.[1]?.toLowerCase(), plain: text.trim().toLowerCase() };
    byText.set(text, words);
  }
  return words;
}
