// Attribution layer: a he/she cue never names someone the pronoun cannot be. In
// "“We’re in this together,” she said." a speaker carried over from an earlier quote or a
// conversation can be a man by given name or honorific (`Bill Vint`, `Mr. Vint`) or no person at
// all (an organisation): the quote is left unknown (a wrong speaker is worse than none).
import type { ArticleText } from "../article-text.ts";
import type { EntityRegistry } from "../entities/entity-registry.ts";
import type { QuoteDraft } from "./quote-drafts.ts";

/** The cue's pronoun when it is the cue's subject: "she said", "He added", "said he". */
const PRONOUN_CUE = /^(?:([Hh]e|[Ss]he)\b)|\b(he|she)$/;

/** Clears the speaker of every direct quote whose he/she cue cannot be that speaker. */
export function dropSpeakersOfOtherGender(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  for (const draft of drafts) {
    if (!draft.direct || draft.cue === null || typeof draft.speaker !== "number") continue;
    const match = PRONOUN_CUE.exec(text.body.slice(draft.cue.start, draft.cue.end));
    if (match === null) continue;
    const gender = (match[1] ?? match[2]!).toLowerCase() as "he" | "she";
    if (registry.compatibleSpeaker(draft.speaker, gender)) continue;
    draft.speaker = null;
    draft.cue = null;
  }
}
