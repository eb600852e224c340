import type { DateReference } from "@parallax/core";
import { DAY_PARTS } from "../../lexicons/calendar-words.ts";
import { HARM_VERBS } from "../../lexicons/happening-verbs.ts";
import type { AlignUnit } from "../align/units.ts";
import { clauseLemmas } from "./guards.ts";
import { happeningKey } from "./happening-verbs.ts";

const DESTROY = happeningKey("destroy");

/** Whether a verb (lemma) tells harm done to a thing: a verb of damage or of the destroy class. */
const harms = (verb: string | null): verb is string =>
  verb !== null && (HARM_VERBS.has(verb) || happeningKey(verb) === DESTROY);

type Dated = { unit: AlignUnit; date: DateReference; verb: string | null };

/**
 * Whether two days date one harm told with two verbs of harm, the clauses holding the days naming
 * the same thing or cause ("the hall was badly damaged by fire on Friday" / "a fire devastated the
 * hall on Friday": "hall", "fire"). Used only to complete a date row with an outlet giving one of
 * its days (conflicts/row-completion.ts), never to set two days against each other; the
 * participant and story-event checks are the caller's.
 */
export function harmTold(side: Dated, candidate: Dated): boolean {
  if (!harms(side.verb) || !harms(candidate.verb)) return false;
  const around = clauseLemmas(candidate.unit, candidate.date.span.start, candidate.date.span.end);
  for (const word of clauseLemmas(side.unit, side.date.span.start, side.date.span.end))
    if (!DAY_PARTS.has(word) && !harms(word) && around.has(word)) return true;
  return false;
}
