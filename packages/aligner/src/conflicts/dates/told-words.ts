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
  if (!sameEvent(a, b, context) || !(paired || context.similarity(a, b) >= SAME_WORDING))
    return false;
  const around = clauseLemmas(b, otherStart, otherEnd);
  for (const word of clauseLemmas(a, start, end))
    if (!DAY_PARTS.has(word) && around.has(word)) return true;
  return false;
}
