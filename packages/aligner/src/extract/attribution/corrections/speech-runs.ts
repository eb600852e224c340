// Attribution layer: a quotation that only continues the one before takes its speaker, once the
// sieves have found it.
import type { QuoteDraft } from "../quote-drafts.ts";
import { countWords } from "../text-scan.ts";

/** Words a continuation needs: fewer make a label or a heading, not speech. */
const MIN_WORDS = 3;

/**
 * “…,” he continued. ¶ “…”: a quotation standing alone right after another (its own sentence or
 * paragraph, no cue) takes the previous quotation's speaker as quotes are read; when that one
 * had none yet — its he/she was only resolved by a later sieve — the continuation takes it now.
 * Drafts are in text order, so a run of several continuations passes the speaker along.
 */
export function continueSpeechRuns(body: string, drafts: readonly QuoteDraft[]): void {
  for (const draft of drafts) {
    const previous = draft.continues;
    if (previous === undefined || draft.speaker !== null) continue;
    if (typeof previous.speaker !== "number") continue;
    // A label in quotation marks ("Related:") continues no one's speech.
    if (countWords(body.slice(draft.start, draft.end)) < MIN_WORDS) continue;
    draft.speaker = previous.speaker;
    draft.cue = previous.cue;
    draft.occasion = previous.occasion;
  }
}
