// Attribution layer: an -ed word inside an appositive that a possessor opens (`Ivo Vint, Lund’s
// fired campaign manager, ripped the board …`) describes the appositive's noun; it is not the
// clause's verb, so the main-clause sieve reads on to the verb after the appositive.

import { DETERMINERS, PREPOSITIONS } from "../../../../lexicons/function-words.ts";

/** `, Ada Lund’s ` right before the word: a possessed name opening an appositive after a comma. */
const POSSESSOR_AFTER_COMMA = /,\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*['’]s\s+$/u;

/** The lowercase word after the -ed form: the noun (or noun modifier) it describes. */
const NEXT_WORD = /^\s+(\p{Ll}[\p{L}-]*)/u;

/**
 * Whether the -ed word at [at, end) is an adjective in an appositive opened by a possessed name
 * (`, Lund’s fired campaign manager,`): a possessor right after a comma before it, a lowercase
 * word after it that is no determiner or preposition (`Lund’s joined the board`, `Lund’s resigned
 * from` are "has" + verb), and a comma closing the appositive before `limit`.
 */
export function adjectiveInPossessedAppositive(
  body: string,
  sStart: number,
  at: number,
  end: number,
  limit: number,
): boolean {
  if (!/ed$/.test(body.slice(at, end))) return false;
  if (!POSSESSOR_AFTER_COMMA.test(body.slice(sStart, at))) return false;
  const next = NEXT_WORD.exec(body.slice(end, limit))?.[1];
  if (next === undefined || DETERMINERS.has(next) || PREPOSITIONS.has(next)) return false;
  return body.slice(end, limit).includes(",");
}
