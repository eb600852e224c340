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

/** Whether the verb starting at `verbStart` follows a form of "be" (in its clause, after `lo`). */
export function isPassiveVerb(body: string, lo: number, verbStart: number): boolean {
  return PASSIVE_BEFORE.test(body.slice(Math.max(lo, verbStart - 30), verbStart));
}
