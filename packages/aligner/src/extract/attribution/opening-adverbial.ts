// Attribution layer: whether the words before a sentence's first comma are an adverbial that
// opens the sentence ahead of its subject ("On Monday,", "Back in May,", "Two days later,"), so
// the name after the comma is the subject of the main clause.
import { CALENDAR_WORDS } from "../../../lexicons/calendar-words.ts";
import { OPENING_ADVERBS } from "../../../lexicons/clause-starters.ts";
import { PREPOSITIONS } from "../../../lexicons/function-words.ts";

/** Subordinators open a clause with its own subject and verb ("When Roe spoke, …"). */
const SUBORDINATORS = new Set([
  "when",
  "while",
  "as",
  "since",
  "until",
  "that",
  "which",
  "who",
  "whom",
  "whose",
]);

/** Nouns of time that close a time adverbial: "Last week,", "Late that night,". */
const TIME_NOUN_END =
  /\b(?:later|earlier|ago|afterwards?|week|weekend|month|year|night|morning|afternoon|evening|\d{4})\s*$/u;

/**
 * Whether `opening` (the words before the comma, without it) is one opening adverbial: led by a
 * preposition (not a subordinator), an -ing or -ly word or an opening adverb, or closed by a word
 * of time in at most five words ("Less than an hour later", "Two days ago", "Last Tuesday") — and no other comma,
 * quotation or colon inside.
 */
export function isOpeningAdverbial(opening: string): boolean {
  // "In one memo, however,": a sentence adverb set off after the adverbial is no part of it.
  const words = opening
    .replace(/^\s*(?:But|And|So|Yet|Still|Then)\s+/u, "")
    .replace(/,\s*(?:however|though|meanwhile|too|instead|moreover|in turn|in fact)\s*$/u, "");
  if (words.includes(",") || /[;:“”"]/.test(words)) return false;
  const first = /^\s*(\p{L}+)/u.exec(words)?.[1] ?? "";
  const lower = first.toLowerCase();
  const last = /(\p{L}+)\s*$/u.exec(words)?.[1] ?? "";
  const count = words.trim().split(/\s+/).length;
  return (
    (PREPOSITIONS.has(lower) && !SUBORDINATORS.has(lower)) ||
    OPENING_ADVERBS.has(first) ||
    /^\p{L}\p{Ll}+(?:ing|ly)$/u.test(first) ||
    // A short phrase only: "Roe announced his run last week," is a clause, not an adverbial.
    (count <= 5 && TIME_NOUN_END.test(words)) ||
    (count <= 3 && CALENDAR_WORDS.has(last))
  );
}
