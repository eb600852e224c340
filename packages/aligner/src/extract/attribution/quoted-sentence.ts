import type { ArticleText } from "../article-text.ts";
import type { Quotation } from "../quotation-marks.ts";

/**
 * The span of the sentence holding a quotation's opening mark and its words before the mark
 * (`lead`), when those words may name its speaker for a sieve that reads the sentence's own
 * clause: at most 400 characters (a subject further back is no longer the quotation's), and no
 * earlier quotation mark in them (an earlier quotation brings its own attribution). Null otherwise.
 */
export function quotedSentence(
  text: ArticleText,
  quotation: Quotation,
): { start: number; end: number; lead: string } | null {
  const sentence = text.sentenceAt(quotation.open);
  if (sentence === undefined) return null;
  const lead = text.body.slice(sentence.span.start, quotation.open);
  if (lead.length > 400 || /[“”"]|''/.test(lead)) return null;
  return { start: sentence.span.start, end: sentence.span.end, lead };
}
