// Attribution layer: a verb joined by "and"/"but" to an earlier predicate has that predicate's
// subject. When no rule read the subject, the cue reader falls back to the person named nearest the
// verb; that person speaks only if the name stands where a subject stands — at the start of its
// clause — and never when it is the earlier verb's object ("the Harbour League denounced Lund and
// said …": the League said it, or nobody the registry knows; never Lund).
import {
  CLAUSE_OPENING_WORDS,
  DETERMINERS,
  PREPOSITIONS,
} from "../../../../lexicons/function-words.ts";
import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";
import { TITLE_WORDS } from "../../../../lexicons/title-words.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { SPEECH_VERBS } from "../sieve-words.ts";

/**
 * Whether the last mention of `entity` in [from, to) follows a lowercase word of its own clause
 * (past determiners and title words: "denounced the former mayor Lund"), so that it is an object
 * or a name inside a phrase, not the subject of the verb that a coordinated verb shares.
 */
export function namedAfterClauseWord(
  registry: EntityRegistry,
  body: string,
  from: number,
  to: number,
  entity: number,
): boolean {
  let start = -1;
  for (let i = registry.firstFrom(from); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= to) break;
    if (m.entity === entity && m.end <= to && !m.possessive) start = m.start;
  }
  if (start < 0) return false;
  // Read back word by word (a word: what lies between spaces) past capitalised words,
  // determiners and title words to the word that opens the name's phrase.
  let at = start;
  for (;;) {
    let end = at;
    while (end > from && body.charCodeAt(end - 1) === 32) end -= 1;
    if (end <= from) return false;
    const space = body.lastIndexOf(" ", end - 1);
    const token = body.slice(Math.max(from, space + 1), end);
    // A punctuation mark before the name ends the clause: the name opens it.
    // So does one opening the word ("“CNN’s Lund"), or a line break.
    if (token.length === 0 || /[,;:—–“”"(]$|^[“"‘(—–]|\n/u.test(token)) return false;
    const word = token.replace(/[’']s$|[’']$/u, "");
    const lower = word.toLowerCase();
    if (/^\p{Lu}/u.test(word) || DETERMINERS.has(lower) || TITLE_WORDS.has(lower)) {
      at = Math.max(from, space + 1);
      if (at === from) return false;
      continue;
    }
    // Only a verb of the earlier predicate or a preposition makes the name its object ("denounced
    // Lund", "met with Lund"); any other word may open the clause ("On Monday night Lund …").
    if (CLAUSE_OPENING_WORDS.has(lower)) return false;
    return (
      PREPOSITIONS.has(lower) ||
      IRREGULAR_PAST.has(lower) ||
      SPEECH_VERBS.has(lower) ||
      /^\p{Ll}{3,}ed$/u.test(word)
    );
  }
}
