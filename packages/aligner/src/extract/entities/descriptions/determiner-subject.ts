import {
  DEPENDENT_DETERMINERS,
  SINGULAR_QUANTIFIERS,
} from "../../../../lexicons/function-words.ts";
import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";

/** The word right after `end` (after spaces), lowercase, or "". */
function nextWord(body: string, end: number): string {
  return /^\s+([\p{L}’'-]+)/u.exec(body.slice(end, end + 40))?.[1]?.toLowerCase() ?? "";
}

/** A verb form a singular subject takes: "says", "said", "tweeted", "wrote". */
export function singularVerbForm(word: string): boolean {
  return /(?:s|ed)$/.test(word) || word === "said" || IRREGULAR_PAST.has(word);
}

/**
 * Whether a speaker phrase is a lone determiner cut from the noun phrase it opens, and so no
 * person at all: "the" of "the report concluded", "One" of "One reply came quickly:" (a
 * singular quantifier before a bare form, which is a noun). "Another said" and "Several said"
 * stay people, described only by the quantifier.
 */
export function loneDeterminer(body: string, start: number, end: number): boolean {
  const word = body.slice(start, end).toLowerCase();
  if (DEPENDENT_DETERMINERS.has(word)) return true;
  if (!SINGULAR_QUANTIFIERS.has(word)) return false;
  const next = nextWord(body, end);
  return next !== "" && !singularVerbForm(next);
}
