// Extraction: whether the words around a name are a title-case line (a headline, a heading), where
// a capitalised English word after a given name may be a headline word, not a surname
// (person-names.ts).

import { DETERMINERS, NOUN_PHRASE_BREAKS, PREPOSITIONS } from "../../lexicons/function-words.ts";

/** Words a title-case line may leave in lower case: prepositions, articles, "and", "or". */
const TITLE_CASE_LOWER: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...DETERMINERS,
  ...NOUN_PHRASE_BREAKS,
]);

/**
 * The words around a name are title case: up to three words after `end` to the sentence's or
 * line's end, else with up to two before the name, all capitalised, two at least (lower-case
 * prepositions, articles and "and" aside: "Drudge for Mocking His Fast"). Read on the words near
 * the name, not the whole line: a headline quoted in a paragraph, or a live blog's heading glued
 * to its byline, is title case only there.
 */
export function titleCaseAround(body: string, nameStart: number, end: number): boolean {
  // Both sides are read within 200 characters: a long run-on text is never scanned to its end.
  const after = /^[^\n]*?(?=[.!?;:]\s|\n|$)/.exec(body.slice(end, end + 200))?.[0] ?? "";
  const afterWords = (after.match(TITLE_WORD) ?? []).filter((w) => !TITLE_CASE_LOWER.has(w));
  const taken = afterWords.slice(0, 3);
  if (!taken.every(capitalised)) return false;
  if (taken.length >= 2) return true;
  const before = body.slice(Math.max(0, nameStart - 200), nameStart);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  const sentence = line.split(/[.!?;:]\s/).pop() ?? "";
  const beforeWords = (sentence.match(TITLE_WORD) ?? [])
    .filter((w) => !TITLE_CASE_LOWER.has(w))
    .slice(-2);
  return beforeWords.every(capitalised) && taken.length + beforeWords.length >= 2;
}

const TITLE_WORD = /\p{L}[\p{L}’'-]*/gu;
const capitalised = (word: string) => /^\p{Lu}/u.test(word);
