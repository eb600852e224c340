// Attribution layer, shared by the sieves that credit a clause's subject with its verb of saying:
// the subject of a passive ("Roe was asked about the levy:") is the one asked or told, never the
// one whose words follow.

import { FORMS_OF_BE } from "../../../../lexicons/function-words.ts";
import { ADVERBS } from "../sieve-words.ts";

/** A form of "be", then at most one adverb ("was later told", "is often quoted"), at the end. */
const PASSIVE_BEFORE = new RegExp(
  `\\b(?:${[...FORMS_OF_BE].join("|")})\\s+(?:(?:\\p{Ll}+ly|not|${[...ADVERBS].join("|")})\\s+)?$`,
  "u",
);

/** "as saying", "as having said", "to say", "to have said": the passive's subject speaks. */
const SUBJECT_SAYS =
  /^[^.;:]{0,60}?\b(?:as\s+(?:saying|having\s+said)|to\s+(?:say|have\s+said))\b/u;

/**
 * Whether the verb at [verbStart, verbEnd) follows a form of "be" (in its clause, after `lo`),
 * unless the words after it up to `hi` give the subject the words: "Moss was reported as
 * saying:", "Roe is quoted as saying", "Vint was heard to say" speak.
 */
export function isPassiveVerb(
  body: string,
  lo: number,
  verbStart: number,
  verbEnd: number,
  hi: number,
): boolean {
  if (!PASSIVE_BEFORE.test(body.slice(Math.max(lo, verbStart - 30), verbStart))) return false;
  return !SUBJECT_SAYS.test(body.slice(verbEnd, Math.min(hi, verbEnd + 80)));
}
