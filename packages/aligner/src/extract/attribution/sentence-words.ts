import type { ArticleText } from "../article-text.ts";

/** A word of the body, whether it stands inside quotation marks, and the word before it (lowercase). */
export type SentenceWord = { word: string; at: number; quoted: boolean; before: string };

/**
 * A fresh pattern of a word as the sieves read one: a letter or digit, then letters, digits,
 * apostrophes, dots and hyphens ("Vint’s", "U.S.", "one-time"). Fresh, because a shared /g
 * pattern's lastIndex would break two scans interleaved.
 */
export function wordPattern(): RegExp {
  return /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;
}

/** A lowercase word with no dot inside, then its full stop: "argued.", "argued.’" (not "a.m."). */
const FULL_STOP = /^(\p{Ll}[\p{Ll}’'-]*)\.[’']*$/u;

/**
 * A sentence's last word without its full stop (and a closing single quotation mark after it),
 * which the pattern reads as part of the word: "argued." → "argued"; "U.S." and "a.m." keep theirs.
 */
export function withoutFullStop(word: string): string {
  return word.replace(FULL_STOP, "$1");
}

/**
 * The words of body[from, to), walked together with the quotations: one pass over the words
 * however many quotations the span holds (a run-on sentence of thousands of quotations stays
 * linear). `before` is the previous word, quoted or not.
 */
export function* sentenceWords(
  text: ArticleText,
  from: number,
  to: number,
): Generator<SentenceWord> {
  const { body, quotations } = text;
  const pattern = wordPattern();
  let q = text.firstQuotationFrom(from);
  let previous = "";
  pattern.lastIndex = from;
  for (let m = pattern.exec(body); m !== null && m.index < to; m = pattern.exec(body)) {
    const word = m[0];
    const at = m.index;
    while (q < quotations.length && quotations[q]!.close <= at) q += 1;
    const quoted = q < quotations.length && quotations[q]!.open <= at;
    const before = previous;
    previous = word.toLowerCase();
    yield { word, at, quoted, before };
  }
}
