// Attribution layer: moving a cue's speaker once for every quote that cue gave it to. Several quotes
// may share one cue ("Lund, a director, said “…” and “…”"); a rule that finds the cue named the
// wrong person decides once, and the same move applies to each of them.
import type { QuoteDraft } from "../quote-drafts.ts";

type Cue = NonNullable<QuoteDraft["cue"]>;

/**
 * Asks `decide` about the first quote of each cue with a person or organisation as speaker; what
 * it returns (a new speaker, or null for unknown) replaces that speaker on every quote of the cue
 * that has it. `undefined` leaves the cue as it is.
 */
export function moveSpeakersByCue(
  drafts: readonly QuoteDraft[],
  decide: (draft: QuoteDraft, cue: Cue, speaker: number) => QuoteDraft["speaker"] | undefined,
): void {
  const moved = new Map<number, { from: number; to: QuoteDraft["speaker"] }>();
  for (const draft of drafts) {
    const cue = draft.cue;
    if (cue === null || typeof draft.speaker !== "number") continue;
    const known = moved.get(cue.start);
    if (known !== undefined) {
      if (known.from === draft.speaker) draft.speaker = known.to;
      continue;
    }
    const to = decide(draft, cue, draft.speaker);
    if (to === undefined) continue;
    moved.set(cue.start, { from: draft.speaker, to });
    draft.speaker = to;
  }
}
