// Attribution layer: whether the words between a subject's verb and a quotation open a second
// clause with a subject of its own ("Lund proposed a debate - but the Vint campaign rejected it
// as “…”"), so the first clause's subject is no longer the one whose words are quoted.

import { DETERMINERS, PREPOSITIONS } from "../../../lexicons/function-words.ts";
import { PRONOUNS } from "../../../lexicons/pronouns.ts";
import { VERBS, type Word } from "./sieve-words.ts";

/** Conjunctions that join a second clause after a comma or a dash. */
const JOINERS = new Set(["and", "but", "while", "yet", "whereas"]);

/**
 * A semicolon, or a comma or dash followed by a conjunction and then a word that opens a new
 * subject or an adverbial before one: a determiner or possessive ("and his first videos"), a
 * pronoun, a preposition ("and within weeks the …") or a capitalised word ("while Ada Lund …").
 * A verb or an adverb after the conjunction ("and spoke", "but also decided") continues the same
 * subject's predicate.
 */
export function opensSecondClause(between: string): boolean {
  if (between.includes(";")) return true;
  const joined = /(?:,|\s[-—–]{1,2}|[—–])\s*(\p{L}+)\s+(\p{L}+)/gu;
  for (let m = joined.exec(between); m !== null; m = joined.exec(between)) {
    if (!JOINERS.has(m[1]!)) continue;
    const next = m[2]!;
    const lower = next.toLowerCase();
    if (/^\p{Lu}/u.test(next) || DETERMINERS.has(lower) || PRONOUNS.has(lower)) return true;
    if (PREPOSITIONS.has(lower)) return true;
  }
  return false;
}

/**
 * Whether a reporting verb after the subject's verb (`words[verb]`) may have a subject of its own
 * ("…, who called it"), so the quotation is not plainly the subject's. A form after a determiner
 * other than "that" is a noun ("defended the remark as", "rejected her claim that"), and an -ing
 * form is no new finite verb.
 */
export function laterVerbHasOwnSubject(words: readonly Word[], verb: number): boolean {
  for (let k = verb + 1; k < words.length; k += 1) {
    const w = words[k]!.text;
    if (!VERBS.has(w) || /ing$/.test(w)) continue;
    const before = words[k - 1]!.text.toLowerCase();
    if (!DETERMINERS.has(before) || before === "that") return true;
  }
  return false;
}
