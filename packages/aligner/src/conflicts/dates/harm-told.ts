import type { DateReference } from "@parallax/core";
import { CALENDAR_WORDS, DAY_PARTS } from "../../../lexicons/calendar-words.ts";
import { INNER_CLAUSE_OPENERS } from "../../../lexicons/clause-starters.ts";
import { HARM_VERBS } from "../../../lexicons/happening-verbs.ts";
import type { AlignUnit } from "../../align/units.ts";
import { clauseAround, clauseLemmas } from "../guards.ts";
import { happeningKey } from "../happenings/verbs.ts";

const DESTROY = happeningKey("destroy");

/** Whether a verb (lemma) tells harm done to a thing: a verb of damage or of the destroy class. */
const harms = (verb: string | null): verb is string =>
  verb !== null && (HARM_VERBS.has(verb) || happeningKey(verb) === DESTROY);

type Dated = { unit: AlignUnit; date: DateReference; verb: string | null };

/**
 * Whether two days date one harm told with two verbs of harm, the clauses holding the days naming
 * the same thing or cause ("the hall was badly damaged by fire on Friday" / "a fire devastated the
 * hall on Friday": "hall", "fire"). Used only to complete a date row with an outlet giving one of
 * its days (conflicts/dates/row-completion.ts), never to set two days against each other; the
 * participant and story-event checks are the caller's.
 */
export function harmTold(side: Dated, candidate: Dated): boolean {
  if (!harms(side.verb) || !harms(candidate.verb)) return false;
  const around = clauseLemmas(candidate.unit, candidate.date.span.start, candidate.date.span.end);
  for (const word of clauseLemmas(side.unit, side.date.span.start, side.date.span.end))
    if (!DAY_PARTS.has(word) && !harms(word) && around.has(word)) return true;
  return false;
}

/** Words that open a clause of its own inside a sentence ("after a fire ripped through …"). */
const CLAUSE_OPENER = new RegExp(`\\b(?:${INNER_CLAUSE_OPENERS.join("|")})\\b`, "gi");

/**
 * Whether the clause a day dates names nobody: no capitalised word in it but the statement's first
 * word and words of the calendar ("after a fire ripped through her church on Friday evening"; the
 * clause starts after its last opener, "after", "when", "which").
 */
function clauseNamesNobody(entry: Dated): boolean {
  const clause = clauseAround(entry.unit, entry.date.span.start, entry.date.span.end);
  if (clause === null) return false;
  const opener = [...clause.before.matchAll(CLAUSE_OPENER)].at(-1);
  const own = opener ? clause.before.slice((opener.index ?? 0) + opener[0].length) : clause.before;
  const first = entry.unit.text.match(/^\W*(\p{L}+)/u)?.[1];
  const words = `${own} ${clause.after}`.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
  return words.every((w) => w === first || CALENDAR_WORDS.has(w));
}

/**
 * Whether a harm told by two outlets is done to a thing and to no one named: neither day's clause
 * names anybody ("a suspicious fire devastated the church Friday night" / "Ada Lund's family will
 * worship in a school after a fire ripped through her church on Friday evening"). The thing both
 * clauses name (`harmTold`) is then the harm's participant; a person the statement names outside
 * the clause takes no part in it.
 */
export function harmToAThing(side: Dated, candidate: Dated): boolean {
  return clauseNamesNobody(side) && clauseNamesNobody(candidate);
}
