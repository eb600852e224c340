// Attribution layer: a reporting-verb form used as a noun ("a nervous call", "his scathing
// remarks") or in a clause cut short ("if asked") is no verb of the sentence; the passes that
// count a sentence's reporting verbs to find its one speaker read past it.
import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";

/**
 * Words that only open a noun phrase: "that" (also a relative pronoun: "a plan that calls for"),
 * "both" or "all" ("Vint and Lund both argue") are left out.
 */
const NOUN_OPENERS = new Set(
  "a an the this these those his her their its our my your another every each no".split(" "),
);

/** Adjective endings: "scathing", "nervous", "angry" is left out (too many words end in -y). */
const ADJECTIVE = /^\p{Ll}{3,}(?:ing|ous|ful|al|ive|ic|less|ent|ant|ary|ish)$/u;

/** Subordinators that may open a clause cut down to its participle: "if asked", "when told". */
const CUT_CLAUSE_OPENERS = new Set("if when unless once whenever though although".split(" "));

/**
 * Whether the reporting-verb form `words[i]` is no finite verb: a participle right after a
 * subordinator ("help if asked"), or a noun, right after a determiner or possessive pronoun ("a
 * call", "his remarks") or after one and an adjective ("a nervous call", "his scathing
 * remarks"). A past form is never a noun ("the senator said", "one wrote").
 */
export function reportingFormIsNoVerb(words: readonly string[], i: number): boolean {
  const word = words[i] ?? "";
  const previous = (words[i - 1] ?? "").toLowerCase();
  if (/(?:ed|told)$/.test(word) && CUT_CLAUSE_OPENERS.has(previous)) return true;
  if (/(?:ed|said)$/.test(word) || IRREGULAR_PAST.has(word)) return false;
  const before = (words[i - 1] ?? "").toLowerCase();
  if (NOUN_OPENERS.has(before)) return true;
  if (ADJECTIVE.test(before) && NOUN_OPENERS.has((words[i - 2] ?? "").toLowerCase())) return true;
  // "in a heavily Norlandic state": up to three modifiers, an -ly adverb or a proper adjective
  // ("Norlandic", "Republican") among them, between the determiner and the noun.
  let j = i - 1;
  let wider = false;
  while (j >= i - 3 && j >= 0 && isModifier(words[j]!)) {
    if (!ADJECTIVE.test(words[j]!)) wider = true;
    j -= 1;
  }
  return wider && j < i - 1 && NOUN_OPENERS.has((words[j] ?? "").toLowerCase());
}

/** A proper adjective: a capitalised word with an adjective's ending ("Norlandic", "Republican"). */
const PROPER_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}(?:ic|an|al|ish|ese|ian)$/u;

/** A word that may stand between a determiner and its noun: adjective, -ly adverb, proper adjective. */
function isModifier(word: string): boolean {
  return ADJECTIVE.test(word) || /^\p{Ll}{3,}ly$/u.test(word) || PROPER_ADJECTIVE.test(word);
}
