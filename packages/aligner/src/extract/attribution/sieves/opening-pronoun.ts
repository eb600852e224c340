// Attribution layer: whether a he/she before a reporting verb is the subject opening its sentence
// ("And then he promised that …"), read by quote-after-report, which carries a report's speaker
// on to a lone quotation after it (the same allowance in quote-after-account and
// quote-paragraph-after-report changed nothing on PolNeAR train, so they keep refusing).
import { CLAUSE_CONNECTIVES } from "../../../../lexicons/function-words.ts";

const PRONOUN_LEAD = /^(?<connectives>(?:\p{L}+\s+)*?)(?:he|she)\s+(?:\p{Ll}+\s+)?$/iu;
const TRAILING_PRONOUN = /\b(?:he|she)\s+(?:\p{Ll}+\s+)?$/iu;

/**
 * How the words of a sentence before its reporting verb end: on no he/she ("none"); on a he/she
 * that opens the sentence, past connectives only ("And then he promised", "She later added":
 * "opening"), whose person the registry read from the sentences before as the subject of a
 * plain report; or on a he/she after other words ("other": `Also, Vint isn't a conservative, he
 * said.`, a cue closing reported words, where the guessed person is not carried on).
 */
export function pronounBeforeVerb(lead: string): "none" | "opening" | "other" {
  if (!TRAILING_PRONOUN.test(lead)) return "none";
  const m = PRONOUN_LEAD.exec(lead.trimStart());
  if (m === null) return "other";
  const words = m.groups!.connectives!.split(/\s+/).filter(Boolean);
  return words.every((w) => CLAUSE_CONNECTIVES.has(w.toLowerCase())) ? "opening" : "other";
}
