// Attribution layer: "…, according to X, an analyst at Y." — an "according to" set off inside a
// sentence, with only a description of X after it, closes the clause before it: the words before
// are X's, the description after it is no statement of X's.
import { FINITE } from "./reported-clause.ts";

/** Words that open a description or a clause hung on the one before, not a statement of its own. */
const OPENS_APPENDAGE = new Set(
  "who which whose where but although though while whereas".split(" "),
);

const RELATIVE = new Set(["who", "which", "that", "whose"]);

/**
 * Whether the words from `restStart` to the sentence end `sEnd` only add to an "according to X"
 * set off mid-sentence: a relative or concessive clause ("who advised the council", "but the
 * count goes on") or a description up to the next comma with no finite verb ("an analyst at the
 * Harbour Fund", "the most of any candidate"). A clause ("the port will close") is X's statement.
 */
export function appendedToAccording(body: string, restStart: number, sEnd: number): boolean {
  const rest = body.slice(restStart, Math.min(sEnd, restStart + 300));
  const words = rest.match(/[\p{L}’'-]+|[,;:]/gu) ?? [];
  if (words.length === 0) return false;
  if (OPENS_APPENDAGE.has(words[0]!.toLowerCase())) return true;
  // A quotation or a reported clause opening the rest is X's statement.
  if (/^\s*[“"]/.test(rest)) return false;
  for (const word of words) {
    const lower = word.toLowerCase();
    // "a pollster who ran the survey": a relative clause inside the description ends the search.
    if (word === "," || word === ";" || word === ":" || RELATIVE.has(lower)) break;
    // "and, according to Lund, adopted a new plan": a verb of the sentence goes on after it.
    if (FINITE.has(lower) || (word === lower && lower.endsWith("ed"))) return false;
  }
  // "Lund, originally from Harbourland, was": a name opens a clause whose verb follows the comma.
  return /^\s*\p{Ll}|^\s*(?:[A-Z][\p{L}.]*\s+)*[A-Z][\p{L}.]*['’]s\s+\p{Ll}/u.test(rest);
}
