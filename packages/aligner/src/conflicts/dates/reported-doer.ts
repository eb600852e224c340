import { VERBS as REPORTING_FORMS } from "../../extract/attribution/sieve-words.ts";
import { verbsIn } from "./day-values.ts";
import { namesIn } from "./written-names.ts";

/* Who did what a reported clause tells when its subject is "it": the body that reports it. A body
 * telling of its own act writes "the Tax Office disclosed that it asked …": the "it" of a clause a
 * reporting verb brings in stands for that verb's subject, the one body named before it. */

/** Auxiliaries and adverbs that may stand between "it" and the verb it is subject of. */
const BETWEEN = String.raw`(?:(?:had|has|have|would|will|did|also|already|then|formally)\s+)*`;

/**
 * The names, by their last word, lower case, of the body a clause's "it" stands for when it is the
 * subject of the dated verb in a clause a reporting verb brings in ("the Tax Office disclosed in
 * court that it asked …" → office): the names before that reporting verb, when it is the clause's
 * first verb and no other verb stands between it and "it". Empty otherwise: "he" or "they" may be
 * anyone the story names, and "it said the board voted" names no doer of the vote.
 */
export function reportedItDoer(
  clause: string,
  datedVerb: string | null,
  nameWords: ReadonlySet<string>,
): readonly string[] {
  if (datedVerb === null) return [];
  for (const match of clause.matchAll(/[\p{L}'’-]+/gu)) {
    const word = match[0];
    if (!REPORTING_FORMS.has(word)) continue;
    const at = match.index ?? 0;
    const subject = clause.slice(0, at);
    // The reporting verb must be the clause's first verb: its subject is what stands before it.
    if (verbsIn(subject).length > 0) return [];
    const rest = clause.slice(at + word.length);
    const it = new RegExp(String.raw`^([^]*?)\bit\s+${BETWEEN}([\p{L}'’-]+)`, "u").exec(rest);
    if (it === null) return [];
    const middle = it[1] ?? "";
    const verb = it[2] ?? "";
    if (verbsIn(middle).length > 0) return [];
    if (/^\p{Lu}/u.test(verb) || verbsIn(verb)[0] !== datedVerb) return [];
    return namesIn(subject, nameWords);
  }
  return [];
}
