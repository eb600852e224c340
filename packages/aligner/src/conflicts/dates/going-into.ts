import type { DateReference } from "@parallax/core";
import { GOING_VERBS } from "../../../lexicons/event-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { clauseAround } from "../guards.ts";
import { happeningKey } from "../happenings/verbs.ts";

/** A form of going, then "to" or "into" ("went to", "headed straight into"). */
const GOING_TO = new RegExp(
  `\\b(?:${[...GOING_VERBS.values()].flat().join("|")})\\s+(?:back\\s+|straight\\s+)?(?:to|into)\\s`,
  "i",
);

/** The happening key entering has ("entered" / "checked into": one story-event class). */
const ENTER = happeningKey("enter");

/**
 * Whether a day dates someone's going to a place that a date row's statement tells as the entry
 * itself: "the actress went to the clinic on Friday" / "she checked into the clinic Friday". The
 * day's verb is the going (`verb`, its lemma) and its clause says where to. Used only to complete
 * a date row with an outlet giving one of its days (conflicts/dates/row-completion.ts), never to set two
 * days against each other; the participant check is the caller's.
 */
export function goesInto(
  sideVerb: string | null,
  unit: AlignUnit,
  date: DateReference,
  verb: string,
): boolean {
  if (sideVerb === null || happeningKey(sideVerb) !== ENTER || !GOING_VERBS.has(verb)) return false;
  const clause = clauseAround(unit, date.span.start, date.span.end);
  return clause !== null && GOING_TO.test(clause.before);
}
