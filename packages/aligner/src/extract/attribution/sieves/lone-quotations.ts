// Attribution layer: the candidates of the passes that read a quotation standing alone as its
// sentence from the sentence before it (quote-after-report, quote-after-announcement).

import type { ArticleText } from "../../article-text.ts";
import { QUOTATION_MARK_OR_APOSTROPHES, quotationAt } from "../../quotation-marks.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

export type LoneQuotation = {
  draft: QuoteDraft;
  /** The index of the quotation's sentence. */
  sentenceIndex: number;
  /** The paragraph the quotation opens in. */
  paragraphIndex: number;
  /** The span of the sentence just before it. */
  previous: { start: number; end: number };
};

/**
 * Each direct quote still without a speaker whose quotation (not running on into another
 * paragraph) makes up its whole sentence, when the sentence before it holds no quotation mark.
 * Lazy: a speaker a caller gives one quote is seen by the checks of the next.
 */
export function* loneQuotations(
  text: ArticleText,
  drafts: readonly QuoteDraft[],
): Generator<LoneQuotation> {
  const { body } = text;
  for (const draft of drafts) {
    if (!draft.direct || draft.speaker !== null) continue;
    const q = text.quotations[quotationAt(text.quotations, draft.start)];
    if (q === undefined || q.runsOn) continue;
    const s = text.sentenceIndexAt(q.open);
    const sentence = text.sentences[s];
    const previous = text.sentences[s - 1];
    if (sentence === undefined || previous === undefined) continue;
    if (text.paragraphs[q.paragraphIndex] === undefined) continue;
    if (!/^\s*$/.test(body.slice(sentence.span.start, q.open))) continue;
    const last = text.sentenceAt(q.close);
    if (last === undefined || !/^[\s.,!?]*$/.test(body.slice(q.close + 1, last.span.end))) continue;
    const { start, end } = previous.span;
    if (QUOTATION_MARK_OR_APOSTROPHES.test(body.slice(start, end))) continue;
    yield { draft, sentenceIndex: s, paragraphIndex: q.paragraphIndex, previous: { start, end } };
  }
}
