// Attribution layer: the words of a stretch of text that stand outside quotation marks, for rules
// that look for another speaker's cue near a quotation (a quoted "said" is nobody's cue).
import type { ArticleText } from "../article-text.ts";
import { sentenceWords } from "./sentence-words.ts";

/**
 * Each word starting in [from, to) outside every quotation, with the word before it in lower
 * case (quoted words count as "before": `the “call” said` has "call" before "said").
 */
export function* unquotedWords(
  text: ArticleText,
  from: number,
  to: number,
): Generator<{ word: string; before: string; at: number }> {
  for (const { word, at, quoted, before } of sentenceWords(text, from, to)) {
    if (!quoted) yield { word, before, at };
  }
}
