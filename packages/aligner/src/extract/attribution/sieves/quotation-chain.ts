// Attribution layer: the loop shared by the passes that credit a speakerless quotation with the
// speaker of the quotation before it in the same sentence (coordinated-quotations,
// later-predicate-quotation); each pass only says which words between the two carry the speaker on.

import type { ArticleText } from "../../article-text.ts";
import { quotationAt } from "../../quotation-marks.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

/**
 * Gives each speakerless direct quotation the speaker and cue of the sentence's previous one, when
 * that one was credited through a cue standing before it, the two quotations do not overlap, and
 * `carriesOn(gap, close)` accepts the words between them (`close`: the earlier closing mark). The
 * quotations are walked in order, so a credited one can pass its speaker on to the next.
 */
export function creditFollowingQuotations(
  text: ArticleText,
  drafts: QuoteDraft[],
  maxGap: number,
  carriesOn: (gap: string, close: number) => boolean,
): void {
  const direct = drafts.filter((d) => d.direct).sort((a, b) => a.start - b.start);
  for (let i = 1; i < direct.length; i += 1) {
    const draft = direct[i]!;
    const previous = direct[i - 1]!;
    if (draft.speaker !== null || typeof previous.speaker !== "number") continue;
    if (previous.sentence !== draft.sentence || previous.cue === null) continue;
    if (previous.cue.start > previous.start) continue;
    const earlier = text.quotations[quotationAt(text.quotations, previous.start)];
    const quotation = text.quotations[quotationAt(text.quotations, draft.start)];
    if (earlier === undefined || quotation === undefined || earlier === quotation) continue;
    if (earlier.close >= quotation.open) continue;
    const gap = text.body.slice(earlier.close + 1, quotation.open);
    if (gap.length > maxGap || !carriesOn(gap, earlier.close)) continue;
    draft.speaker = previous.speaker;
    draft.cue = previous.cue;
  }
}
