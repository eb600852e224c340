import type { DateReference } from "@parallax/core";
import { LIGHT_VERBS, OBJECT_LIGHT_VERBS } from "../../../lexicons/event-words.ts";
import { eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";
import { eventTriggers } from "../../events/event-triggers.ts";
import { happeningKey, verbsOfHappening } from "../happenings/verbs.ts";
import { clauseAround } from "../value-clause.ts";

/**
 * Words that close a light verb's object: a preposition other than "of" and "to" ("took part in
 * the vote": the part is no vote), a conjunction or a relative pronoun (another clause).
 */
const OBJECT_END =
  /^(?:in|on|at|for|with|from|by|after|before|against|into|over|during|since|until|about|that|which|who|and|but|or|as|while|when|because|than|amid|despite)$/i;

/** Words of a light verb's object read for its happening ("the rare and costly step of …"). */
const OBJECT_WORDS = 8;

/** A word of a clause, punctuation at its edges left off. */
const word = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

/**
 * Whether a day that dates a light verb dates the happening its object names: "Vintco on Friday
 * took the rare step of recalling the kettles" dates a recall, "police on Monday carried out
 * the arrest" an arrest. The object runs from the light verb to the first word closing it; its first
 * happening (a verb other than a light one, or a noun of the happening) is the one the day
 * dates, so "took part in the recall" and "took the step of suing over the recall" date no
 * recall.
 */
export function datesLightVerbObject(
  unit: AlignUnit,
  date: DateReference,
  verb: string | null,
  action: string,
): boolean {
  if (verb === null || !OBJECT_LIGHT_VERBS.has(verb)) return false;
  const clause = clauseAround(unit, date.span.start, date.span.end);
  if (clause === null) return false;
  const before = clause.before.split(/\s+/).filter(Boolean);
  const after = clause.after.split(/\s+/).filter(Boolean);
  const isVerb = (token: string) => eventWords(word(token)).some((w) => w.verb && w.lemma === verb);
  // The light verb as dateVerb reads it: the nearest before the day, else the first after it.
  const at = before.findLastIndex(isVerb);
  const rest = at >= 0 ? before.slice(at + 1) : after.slice(after.findIndex(isVerb) + 1);
  if (at < 0 && !after.some(isVerb)) return false;
  const object: string[] = [];
  for (const token of rest.slice(0, OBJECT_WORDS)) {
    if (OBJECT_END.test(word(token))) break;
    object.push(token);
  }
  const only = new Map(verbsOfHappening(action).map((v) => [v, 2]));
  for (const w of eventWords(object.join(" ").replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " "))) {
    if (w.verb && LIGHT_VERBS.has(w.lemma)) continue;
    if (w.verb) return happeningKey(w.lemma) === action;
    if ([...eventTriggers([w], only)].some((t) => happeningKey(t) === action)) return true;
  }
  return false;
}
