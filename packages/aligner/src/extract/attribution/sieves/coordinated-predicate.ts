import { VERB_COORDINATORS } from "../../../../lexicons/function-words.ts";
import type { Word } from "../sieve-words.ts";

/**
 * `Ada Lund was joined on stage by Ivo Vint and joked, “…”`: a reporting verb right after "and"
 * or "but" is a second predicate of the clause's subject, so the words before the conjunction
 * (the object or agent of the first predicate) are no subject of it. `subjectEnd` is the index of
 * the first word after the would-be subject (the verb, or the adverbs before it).
 */
export function coordinatedPredicate(words: readonly Word[], subjectEnd: number): boolean {
  const before = words[subjectEnd - 1];
  return before !== undefined && VERB_COORDINATORS.has(before.text);
}

/** The phrase read as a subject ends on "and"/"but": the verb after it is a second predicate. */
export function endsOnCoordinator(phrase: string): boolean {
  const last = /(\p{L}+)\s*$/u.exec(phrase)?.[1];
  return last !== undefined && VERB_COORDINATORS.has(last);
}
