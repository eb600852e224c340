import type { ArticleText } from "../article-text.ts";
import { QUOTATION_MARK_OR_APOSTROPHES } from "../quotation-marks.ts";

/**
 * The sentence holding a quotation's opening mark (`start`, `end`) and its words before the mark
 * (`lead`): the clause a leading sieve reads for the quotation's speaker.
 */
export type QuotationLead = { start: number; end: number; lead: string };

/**
 * The lead of the quotation opening at `open`, when a sieve may read it: the mark stands in a
 * sentence, the lead is at most `maxChars` long (a subject further back is no longer the
 * quotation's, and reading a run-on sentence back from each of its quotations would cost time
 * quadratic in its length), and, when `mark` is given, the lead holds no match of it
 * (`QUOTATION_MARK`, `QUOTATION_MARK_OR_APOSTROPHES` in quotation-marks.ts). Null otherwise.
 */
export function quotationLead(
  text: ArticleText,
  open: number,
  maxChars: number,
  mark?: RegExp,
): QuotationLead | null {
  const sentence = text.sentenceAt(open);
  if (sentence === undefined) return null;
  const { start, end } = sentence.span;
  if (open - start > maxChars) return null;
  const lead = text.body.slice(start, open);
  if (mark?.test(lead)) return null;
  return { start, end, lead };
}

/**
 * Where a sieve that reads a long lead in part, rather than abstain, starts reading back from the
 * mark at `open`: the sentence's start, or `maxChars` before the mark when the sentence starts
 * further back (the text's start when the mark is in no sentence).
 */
export function leadStart(text: ArticleText, open: number, maxChars: number): number {
  return Math.max(text.sentenceAt(open)?.span.start ?? 0, open - maxChars);
}

/**
 * A sieve's pattern matched against the lead of the quotation opening at `open` (at most 300
 * characters, no other quotation in it), with the sentence's start: null when there is no such
 * lead or no match.
 */
export function leadMatch(
  text: ArticleText,
  open: number,
  pattern: RegExp,
): { sentenceStart: number; match: RegExpExecArray } | null {
  const sentence = quotationLead(text, open, 300, QUOTATION_MARK_OR_APOSTROPHES);
  if (sentence === null) return null;
  const match = pattern.exec(sentence.lead);
  return match === null ? null : { sentenceStart: sentence.start, match };
}
