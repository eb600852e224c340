// Attribution layer, before the sieves: a cue that stands inside quotation marks is words the
// article quotes, not the article's own attribution. In a passage quoted from a report
// ("The Harbour Times wrote:" / "“… a plan by Mayor Ada Lund. Then Lund said that the fee would
// double.") the quoted "Lund said" names someone the passage talks about; the passage is the
// report's, read from the cue before it, or nobody's.

import type { ArticleText } from "../article-text.ts";
import { quotationAt } from "../quotation-marks.ts";
import type { QuoteDraft } from "./quote-drafts.ts";

/** Clears the speaker and cue of each direct quote whose cue lies inside quotation marks. */
export function dropQuotedCues(text: ArticleText, drafts: QuoteDraft[]): void {
  for (const draft of drafts) {
    if (!draft.direct || draft.cue === null || draft.speaker === null) continue;
    const q = quotationAt(text.quotations, draft.cue.start);
    const quotation = text.quotations[q];
    if (quotation === undefined || draft.cue.start <= quotation.open) continue;
    if (draft.cue.end > quotation.close) continue;
    draft.speaker = null;
    draft.cue = null;
  }
}
