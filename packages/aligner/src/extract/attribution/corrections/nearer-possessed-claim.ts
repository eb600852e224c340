// Attribution layer, a pass after the sieves: a possessor's claim that stands between a quote's
// cue and its quotation owns the quoted words ("The crews say they are not avoiding Ada Lund, who
// was battered by Ivo Vint's conclusion that her actions were “careless.”" → Vint): the cue's
// subject talks about the claim, the claim's possessor said the words.

import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { quotationAt } from "../../quotation-marks.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { possessedClaim } from "../sieves/possessed-claim.ts";

/**
 * Each direct quote whose cue stands before its quotation takes the possessor of a claim noun
 * read after the cue's first word and before the mark (`possessedClaim`: `Vint's conclusion that …`, no
 * finite reporting verb between the claim and the mark), when that is someone else.
 */
export function creditNearerPossessedClaims(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  for (const draft of drafts) {
    if (!draft.direct || typeof draft.speaker !== "number" || draft.cue === null) continue;
    const quotation = text.quotations[quotationAt(text.quotations, draft.start)];
    if (quotation === undefined || draft.cue.end > quotation.open) continue;
    const found = possessedClaim(text, registry, quotation);
    if (found === null || typeof found.speaker !== "number") continue;
    if (found.start <= draft.cue.start || found.speaker === draft.speaker) continue;
    draft.speaker = found.speaker;
    draft.cue = { start: found.start, end: found.end };
    draft.via = null;
  }
}
