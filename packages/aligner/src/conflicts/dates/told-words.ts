import { DAY_PARTS } from "../../../lexicons/calendar-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { type ConflictContext, clauseLemmas, SAME_WORDING, sameEvent } from "../guards.ts";

/**
 * Whether two days are given for one thing told with other verbs: the statements were aligned as
 * one fact (scored as a pair, or worded alike) and the clauses holding the days share a content
 * word that is no word of time ("the actress checked into the clinic late Thursday" / "she made it
 * to the clinic Thursday night": "clinic"). Used only to complete a date row with outlets giving
 * one of its days (conflicts/dates/event-dates.ts), never to set two days against each other.
 */
export function toldAlike(
  a: AlignUnit,
  start: number,
  end: number,
  b: AlignUnit,
  otherStart: number,
  otherEnd: number,
  context: ConflictContext,
): boolean {
  // Aligned as one fact on the evidence (a story without pair scores vouches for no pair here).
  const paired = context.pairEvidence?.(a, b) !== undefined;
  if (!oneHappeningTold(a, b, context) || !(paired || context.similarity(a, b) >= SAME_WORDING))
    return false;
  const around = clauseLemmas(b, otherStart, otherEnd);
  for (const word of clauseLemmas(a, start, end))
    if (!DAY_PARTS.has(word) && around.has(word)) return true;
  return false;
}

/**
 * Whether two statements may tell one happening for a date row's completion: their articles are
 * about as alike as the story's typical pair (sameEvent), or the two statements were scored as one
 * fact on the evidence. A short wire rewrite or an article with other background is less alike as
 * a whole, yet its statement matched the row's ("A smash-and-grab on an Orvale jeweller saw four
 * robbers make off with watches early Monday" / "Four men rammed their car into an Orvale jeweller
 * on Monday"); the pair's own evidence vouches for it. Only completes a row, never sets two days
 * against each other.
 */
export function oneHappeningTold(a: AlignUnit, b: AlignUnit, context: ConflictContext): boolean {
  return sameEvent(a, b, context) || context.pairEvidence?.(a, b) !== undefined;
}
