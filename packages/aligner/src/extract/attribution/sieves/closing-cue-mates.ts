// Attribution layer, a pass after the sieves: a sentence closed by one speaker's cue is all that
// speaker's words, so an earlier quotation in it ("“Harbour Nights” was to be a “love letter to
// the docks,” said Ada Lund, her agent.") is the cue's speaker's as much as the quotation the cue
// follows.

import type { ArticleText } from "../../article-text.ts";
import { quotationAt } from "../../quotation-marks.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { VERBS } from "../sieve-words.ts";
import { isRunOn } from "../text-scan.ts";

/**
 * Each direct quote still without a speaker takes the speaker of a later direct quote of its
 * sentence whose cue stands after that later quotation and closes the sentence (`“…,” Lund
 * noted.`, `…,” said Ada Lund, her agent.`), when the sentence holds no other reporting verb
 * outside quotation marks, before the cue or after it, no semicolon, colon or dash between the
 * two quotations, and no quotation after the cue.
 */
export function closingCueMates(text: ArticleText, drafts: QuoteDraft[]): void {
  const { body } = text;
  const direct = drafts.filter((d) => d.direct).sort((a, b) => a.start - b.start);
  for (let i = 0; i < direct.length; i += 1) {
    const draft = direct[i]!;
    if (draft.speaker !== null) continue;
    const quotation = text.quotations[quotationAt(text.quotations, draft.start)];
    const sentence = text.sentences[draft.sentence];
    if (quotation === undefined || sentence === undefined) continue;
    if (isRunOn(sentence.span)) continue;
    let later: QuoteDraft | undefined;
    for (let j = i + 1; j < direct.length && direct[j]!.sentence === draft.sentence; j += 1) {
      if (typeof direct[j]!.speaker !== "number") continue;
      later = direct[j];
      break;
    }
    if (later === undefined || later.cue === null) continue;
    const closing = text.quotations[quotationAt(text.quotations, later.start)];
    if (closing === undefined || closing === quotation || later.cue.start <= closing.close)
      continue;
    const { start, end } = sentence.span;
    if (later.cue.end > end) continue;
    if (/[;:—–]/.test(body.slice(quotation.close + 1, closing.open))) continue;
    if (/[“”"]/.test(body.slice(later.cue.end, end))) continue;
    if (otherVerb(text, start, end, later.cue)) continue;
    draft.speaker = later.speaker;
    draft.cue = later.cue;
    if (later.via !== undefined) draft.via = later.via;
  }
}

/** Whether a reporting verb stands outside quotation marks in [start, end) but outside `cue`. */
function otherVerb(
  text: ArticleText,
  start: number,
  end: number,
  cue: { start: number; end: number },
): boolean {
  const { body, quotations } = text;
  let q = text.firstQuotationFrom(start);
  for (const m of body.slice(start, end).matchAll(/[\p{L}’']+/gu)) {
    const at = start + m.index;
    while (q < quotations.length && quotations[q]!.close <= at) q += 1;
    if (q < quotations.length && quotations[q]!.open <= at) continue;
    if (at >= cue.start && at < cue.end) continue;
    if (VERBS.has(m[0])) return true;
  }
  return false;
}
