import type { DateReference } from "@parallax/core";
import { eventWords } from "../align/lemmas.ts";
import type { AlignUnit } from "../align/units.ts";
import { eventTriggers } from "../events/event-triggers.ts";
import { dateVerb } from "./day-values.ts";
import { happeningKey } from "./happening-verbs.ts";
import { datesHappeningNoun } from "./noun-dates.ts";

/* Issue 12, conflict audit on PolNeAR train with publication days: "following his big wins Tuesday
 * night", "a string of victories in Tuesday's contests" date several contests of a campaign at once;
 * another outlet's "his win over Vint on Feb. 1" is one more of them, not a disagreement. */

/** Letters of a written word, lower case ("wins," → wins). */
const letters = (token: string) => token.toLowerCase().replace(/[^\p{L}]/gu, "");

/**
 * Whether a day dates the happening by its noun written in the plural ("after its wins on
 * Tuesday"): several happenings of the kind on that day, not the one another outlet dates. Only
 * where the noun, not a verb of the happening, is what the day dates (conflicts/noun-dates.ts).
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
  const token = before
    .split(/\s+/)
    .map(letters)
    .findLast((t) => t.startsWith(stem));
  if (token === undefined || token === noun.lemma) return false;
  return token.endsWith("s") && !noun.lemma.endsWith("s");
}
