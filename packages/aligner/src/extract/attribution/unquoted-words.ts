// Attribution layer: the words of a stretch of text that stand outside quotation marks, for rules
// that look for another speaker's cue near a quotation (a quoted "said" is nobody's cue).
import type { ArticleText } from "../article-text.ts";

/**
 * Each word starting in [from, to) outside every quotation, with the word before it in lower
 * case (quoted words count as "before": `the “call” said` has "call" before "said").
 */
export function* unquotedWords(
  text: ArticleText,
  from: number,
  to: number,
): Generator<{ word: string; before: string }> {
  const { body, quotations } = text;
  // A fresh pattern per scan: a shared /g pattern's lastIndex would break two scans interleaved.
  const pattern = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;
  pattern.lastIndex = from;
  let q = text.firstQuotationFrom(from);
  let previous = "";
  for (let m = pattern.exec(body); m !== null && m.index < to; m = pattern.exec(body)) {
    const at = m.index;
    while (q < quotations.length && quotations[q]!.close <= at) q += 1;
    const quoted = q < quotations.length && quotations[q]!.open <= at;
    const before = previous;
    previous = m[0].toLowerCase();
    if (!quoted) yield { word: m[0], before };
  }
}
