import type { DateReference } from "@parallax/core";
import {
  DEPENDENT_DETERMINERS,
  FORMS_OF_BE,
  PREPOSITIONS,
} from "../../../lexicons/function-words.ts";
import { PRONOUNS } from "../../../lexicons/pronouns.ts";
import { eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";
import { eventTriggers } from "../../events/event-triggers.ts";
import { verbsIn } from "./day-values.ts";

/* A day written between a determiner and a noun names that noun's thing ("his response to the
 * March 4 floods", "angry about the Friday raids"): it is the day of the floods or the raids, not
 * of the clause's verb (issue 12, conflict audit: "defending his response to the [day] attacks"
 * set against a day the same person defended himself). Such a day still dates the clause's
 * happening when the noun is that happening's own ("hurt in the March 4 floods" for the floods) or
 * the dated verb's direct object ("won the March 4 vote": the winning is done in the vote). */

/** A part of the day between a weekday and its noun ("the Friday night rally"). */
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/;

const bare = (token: string) => token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");

/**
 * Whether the day, set between a determiner and a lower-case noun, names another thing than the
 * happening `action` (a verb lemma) whose day it would otherwise give.
 */
export function namesAnotherThing(unit: AlignUnit, date: DateReference, action: string): boolean {
  const from = date.span.start - unit.span.start;
  const to = date.span.end - unit.span.start;
  if (from < 0 || to > unit.text.length) return false;
  const before = unit.text.slice(0, from).split(/\s+/);
  // The text before the day ends with a space, so its last token is empty.
  if (before.at(-1) !== "") return false;
  const determiner = before.at(-2) ?? "";
  if (!DEPENDENT_DETERMINERS.has(determiner.toLowerCase())) return false;
  const after = unit.text.slice(to).split(/\s+/);
  // The day is followed by a space and a word: no punctuation closes it.
  if (after[0] !== "") return false;
  let at = 1;
  if (PART_OF_DAY.test(after[at] ?? "")) at += 1;
  const written = after[at] ?? "";
  const noun = bare(written);
  if (!/^\p{Ll}{3,}$/u.test(noun) || !written.startsWith(noun)) return false;
  if (PREPOSITIONS.has(noun) || PRONOUNS.has(noun) || FORMS_OF_BE.has(noun)) return false;
  // The happening's own noun: the day is its day.
  if (eventTriggers(eventWords(noun), new Map([[action, 2]])).has(action)) return false;
  // The dated verb's direct object: the verb acts in that day's thing.
  const ahead = bare(before.at(-3) ?? "");
  if (/^\p{Ll}+$/u.test(ahead) && !PREPOSITIONS.has(ahead) && verbsIn(ahead).length > 0)
    return false;
  return true;
}
