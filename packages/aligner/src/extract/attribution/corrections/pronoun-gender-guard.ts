// Attribution layer: a he/she cue never names someone the pronoun cannot be. In
// "“We’re in this together,” she said." a speaker carried over from an earlier quote or a
// conversation can be a man by given name or honorific (`Bill Vint`, `Mr. Vint`) or no person at
// all (an organisation): the quote is left unknown (a wrong speaker is worse than none).
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

/** The cue's pronoun when it is the cue's subject: "she said", "He added", "said he". */
const PRONOUN_CUE = /^(?:([Hh]e|[Ss]he)\b)|\b(he|she)$/;

/**
 * Clears the speaker of every direct quote whose he/she cue, or the he/she introducing its
 * paragraph, cannot be that speaker. (The introducing pronoun — PolNeAR train direct speakers
 * wrong 94 → 93, unknown 310 → 311, right unchanged.)
 */
export function dropSpeakersOfOtherGender(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  for (const draft of drafts) {
    if (!draft.direct || typeof draft.speaker !== "number") continue;
    const gender = cueGender(text.body, draft) ?? introducedGender(text.body, draft.start);
    if (gender === null || registry.compatibleSpeaker(draft.speaker, gender)) continue;
    draft.speaker = null;
    draft.cue = null;
  }
}

function cueGender(body: string, draft: QuoteDraft): "he" | "she" | null {
  if (draft.cue === null) return null;
  const match = PRONOUN_CUE.exec(body.slice(draft.cue.start, draft.cue.end));
  return match === null ? null : ((match[1] ?? match[2]!).toLowerCase() as "he" | "she");
}

/**
 * A he/she introducing the paragraph a quotation opens, from the end of the paragraph before
 * ("She went on to say:" then the quoted paragraph): whatever cue a later sentence lends the
 * quotation, its speaker is someone that pronoun can be. No quotation mark or sentence end
 * between the pronoun and the colon.
 */
const INTRODUCING_PRONOUN = /(?:^|[\s(])([Hh]e|[Ss]he)\s[^.!?"“”'‘’:]{1,60}:\s*$/;

function introducedGender(body: string, start: number): "he" | "she" | null {
  let at = start;
  while (at > 0 && /["“'‘\s]/.test(body[at - 1]!) && body[at - 1] !== "\n") at -= 1;
  if (at < 2 || body.slice(at - 2, at) !== "\n\n") return null;
  const before = body.slice(Math.max(0, at - 200), at - 2);
  const match = INTRODUCING_PRONOUN.exec(before.slice(before.lastIndexOf("\n") + 1));
  return match === null ? null : (match[1]!.toLowerCase() as "he" | "she");
}
