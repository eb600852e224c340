// Attribution layer, part of the clause-closing cue: a closing cue whose subject is a description
// and then a full name ("…, harbour counsel Ivo Vint wrote in a filing.", "…, Harbour Department
// senior trial counsel Ada Lund wrote."). The description is the name's title, so the name speaks
// as it does in "…, Ivo Vint wrote."

import { PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { PRONOUNS } from "../../../../lexicons/pronouns.ts";
import { VERBS } from "../sieve-words.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/** The most lowercase words a description before the name may hold. */
const MOST_DESCRIPTION_WORDS = 4;

/**
 * Whether the cue `found` is a subject of the form [capitalised words] + lowercase description
 * words + a name of at least two capitalised words, then the verb: no function word, pronoun or
 * verb in the description (so a clause — "the plan Ivo Vint backed" — is none).
 */
export function describedNameThenVerb(body: string, found: SieveFinding): boolean {
  const words = body.slice(found.start, found.end).match(/[^\s]+/gu) ?? [];
  if (words.length < 4 || VERBS.has(words[0]!)) return false;
  const subject = words.slice(0, -1);
  let i = 0;
  while (i < subject.length && /^\p{Lu}/u.test(subject[i]!)) i += 1;
  const descriptionStart = i;
  while (i < subject.length && /^\p{Ll}[\p{Ll}-]*$/u.test(subject[i]!)) {
    const word = subject[i]!;
    if (PREPOSITIONS.has(word) || PRONOUNS.has(word) || VERBS.has(word)) return false;
    i += 1;
  }
  const described = i - descriptionStart;
  if (described === 0 || described > MOST_DESCRIPTION_WORDS) return false;
  const name = subject.slice(i);
  return name.length >= 2 && name.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}
