import type { DateReference } from "@parallax/core";
import { eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";

/**
 * A past-tense verb right after the comma that ends a day's clause, opening the next predicate of
 * the same subject ("returned Thursday evening, gunned down two workers and fled"): a few words of
 * the day's clause may stand before the comma, no subject after it.
 */
const NEXT_PREDICATE = /^[^,;:.!?]{0,24},\s+(?:and\s+|then\s+)?(\p{Ll}+ed)\b/u;

/**
 * The verbs of the predicates a day's clause runs into, told of the same subject in a series
 * ("Ada Lund returned Thursday evening, gunned down two workers": "gun"). The day dates each of
 * them: a series of verbs without a new subject tells one moment. Empty when the clause ends
 * otherwise.
 */
export function seriesVerbs(unit: AlignUnit, date: DateReference): string[] {
  const rest = unit.text.slice(Math.max(0, date.span.end - unit.span.start));
  const next = NEXT_PREDICATE.exec(rest)?.[1];
  if (!next) return [];
  return eventWords(next)
    .filter((w) => w.verb)
    .map((w) => w.lemma);
}
