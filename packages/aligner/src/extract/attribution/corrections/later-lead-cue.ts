// Attribution layer: a closed quotation paragraph followed by a paragraph whose own quotation
// closes on a cue takes that cue's speaker last, once nothing else gave it one.
import type { QuoteDraft } from "../quote-drafts.ts";

/**
 * `“The board failed us.”` ¶ `“We will sue,” Lund said.`: the cue is the second quotation's,
 * and the first most often goes on with the speaker before it (`“…,” Vint told the Gazette.` ¶
 * `“The board failed us.”` — Vint's, found by the sieves or a continuation, corrections/speech-runs.ts).
 * Only a quotation still without a speaker after those takes the next paragraph's cue, as it
 * did when quotes were read (quote-drafts.ts `laterLead`).
 */
export function creditLaterLeadCues(drafts: readonly QuoteDraft[]): void {
  for (const draft of drafts) {
    if (draft.laterLead === undefined || draft.speaker !== null) continue;
    draft.speaker = draft.laterLead.speaker;
    draft.cue = draft.laterLead.cue;
  }
}
