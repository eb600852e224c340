import type { DateReference } from "@parallax/core";
import { DETERMINERS } from "../../../lexicons/function-words.ts";
import { eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";
import { eventTriggers } from "../../events/event-triggers.ts";
import { happeningKey } from "../happenings/verbs.ts";
import { dateVerb } from "./day-values.ts";
import { datesHappeningNoun } from "./noun-dates.ts";

/* Issue 12, conflict audit on PolNeAR train with publication days: a campaign's several wins dated
 * at once ("after its three wins on Tuesday") set against another outlet's day for one more win. */

/** Letters of a written word, lower case ("wins," → wins). */
const letters = (token: string) => token.toLowerCase().replace(/[^\p{L}]/gu, "");

/**
 * Whether a day dates the happening by its noun written in the plural ("after its wins on
 * Tuesday"): several happenings of the kind on that day, not the one another outlet dates. Only
 * where the noun, not a verb of the happening, is what the day dates (conflicts/dates/noun-dates.ts).
 */
export function datesPluralHappening(
  unit: AlignUnit,
  date: DateReference,
  action: string,
): boolean {
  const verb = dateVerb(unit, date);
  if (verb !== null && happeningKey(verb) === action) return false;
  if (!datesHappeningNoun(unit, date, action)) return false;
  const from = date.span.start - unit.span.start;
  // The clause before the day, as noun-dates.ts reads it: from the last comma, semicolon or colon.
  const before =
    unit.text
      .slice(0, Math.max(0, from))
      .split(/[,;]|:(?!\d)/)
      .at(-1) ?? "";
  const only = new Map([[action, 2]]);
  const noun = eventWords(before.replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " ")).findLast(
    (w) => !w.verb && eventTriggers([w], only).has(action),
  );
  if (!noun) return false;
  const stem = noun.lemma.slice(0, 4);
  const tokens = before.split(/\s+/).map(letters);
  const at = tokens.findLastIndex((t) => t.startsWith(stem));
  const token = tokens[at];
  if (token === undefined || token === noun.lemma) return false;
  if (!token.endsWith("s") || noun.lemma.endsWith("s")) return false;
  // "The shootings happened Saturday": a definite plural is the story's one happening told as
  // several acts (three people shot), not several happenings; "its wins", "a run of victories"
  // and a bare "cast votes" are several.
  const opener = tokens
    .slice(Math.max(0, at - NOUN_PHRASE_REACH), at)
    .findLast((t) => DETERMINERS.has(t));
  return opener === undefined || !DEFINITE.has(opener);
}

/** Words a plural's determiner may stand before it ("the two deadly shootings"). */
const NOUN_PHRASE_REACH = 3;

/** Determiners of one known thing: "the shootings" is the story's, told as several acts. */
const DEFINITE: ReadonlySet<string> = new Set(["the", "these", "those"]);
