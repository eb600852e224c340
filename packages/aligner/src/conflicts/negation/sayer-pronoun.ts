import { CLAUSE_REPORTING_VERB_FORMS } from "../../../lexicons/reporting-verbs.ts";
import { givenNameGender } from "../../extract/given-name-genders.ts";

/*
 * "Ivo Vint said he has not made a lot of sacrifices" / "Vint also claimed that he had made a lot
 * of sacrifices": "he" right after a named sayer's verb of saying is the sayer, who tells of
 * himself (issue 12). Read only so: the name, at most an adverb, the verb, "that" or nothing, the
 * pronoun and auxiliaries, and a given name of the other gender makes it someone else.
 */

const TELLING = CLAUSE_REPORTING_VERB_FORMS.trim().split(/\s+/).join("|");

/**
 * A named sayer, its verb of saying and "he" or "she" ending a text, with nothing but
 * auxiliaries and adverbs in -ly after the pronoun (checked by the caller's reading of "before").
 */
const SAYER_PRONOUN = new RegExp(
  `((?:\\p{Lu}[\\p{L}'’.-]*\\s+)*)(\\p{Lu}[\\p{L}'’-]*)\\s+(?:(?:also|later|then|\\p{Ll}+ly)\\s+)?(?:${TELLING})\\s+(?:that\\s+)?(he|she)\\s+$`,
  "u",
);

/**
 * The sayer a "he" or "she" stands for, given the text before the pronoun's verb with its
 * auxiliaries left off (`beforeVerb` ends at the pronoun): the sayer's last name word, or null.
 */
export function sayerOfPronoun(beforeVerb: string): string | null {
  const match = SAYER_PRONOUN.exec(beforeVerb);
  if (!match) return null;
  const given = (match[1] ?? "").trim().split(/\s+/)[0] ?? "";
  const gender = given === "" ? null : givenNameGender(given);
  if (gender !== null && gender !== (match[3] as string)) return null;
  return match[2] ?? null;
}
