// Attribution layer, sieve 3: conversation — a quotation with no cue of its own takes the
// speaker of the attributed quotation before it in its paragraph (`“…,” Roe said. “…”`).
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { type Quotation, quotationAt } from "../../quotation-marks.ts";
import { inMainClauseAfterOpening } from "../cues/opening-clause-quotation.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { lineEnd, VERBS, wordsFrom } from "../sieve-words.ts";
import { newClauseAfterQuotation } from "./closed-clause-gap.ts";
import { isQuotedTitle } from "./conversation-past-title.ts";
import { otherSpeakerVerbBefore } from "./gap-verbs.ts";
import { isLabelGap } from "./speaker-label.ts";

/** Whether a reporting verb lies inside the cue span itself. */
function cueHasVerb(body: string, cue: { start: number; end: number }): boolean {
  return wordsFrom(body, cue.start, cue.end, 40).some((w) => VERBS.has(w.text));
}

/** Whether a reporting verb follows a closing mark in its sentence (before any other quotation). */
function hasOwnCue(body: string, close: number): boolean {
  const tail = body.slice(close + 1, lineEnd(body, close + 1, 160));
  const sentence = tail.slice(0, tail.search(/[.!?“”"]|$/));
  return (sentence.match(/[\p{L}’']+/gu) ?? []).some((w) => VERBS.has(w));
}

/**
 * `“Sunk!” blazed the cover of the Gazette.`: a past-tense verb and its subject right after
 * the closing mark invert a cue the verb lexicon does not hold; the quotation has a speaker of its
 * own, not the earlier one.
 */
function invertedUnknownCue(body: string, close: number): boolean {
  return /^[,!?]?\s+[a-z]{3,}ed\s+(?:the\s|\p{Lu})/u.test(body.slice(close + 1, close + 40));
}

/**
 * `Lund is drawing fire over her seat on the cross-party “Circle of Five.”`: a quoted name after a
 * determiner (and at most one word qualifying it) names a thing in the narration; it is nobody's
 * words, so it carries no conversation on. A nickname after a name or a verb ("calls him “Little
 * Ed”") may be a speaker's coinage and is left to the conversation.
 */
function namedThing(body: string, q: Quotation): boolean {
  return (
    isQuotedTitle(body, q) &&
    /(?:^|\s)(?:the|a|an|his|her|its|their|our)\s+(?:[a-z-]+\s+)?$/i.test(
      body.slice(Math.max(0, q.open - 40), q.open),
    )
  );
}

/** A quotation filled by `conversation`, the one it took its speaker from, and that speaker. */
type Carried = [QuoteDraft, QuoteDraft, QuoteDraft["speaker"]];

/**
 * A quotation with no cue of its own takes the speaker of an attributed quotation in the same
 * paragraph, or of the quotation just before when its paragraph is only that quotation. Returns
 * each quotation so filled with the one it took its speaker from.
 */
export function conversation(
  text: ArticleText,
  drafts: QuoteDraft[],
  registry?: EntityRegistry,
): Carried[] {
  const carried: Carried[] = [];
  let previous: QuoteDraft | null = null;
  for (const draft of drafts) {
    if (!draft.direct) continue;
    if (draft.speaker === null && previous !== null && previous.speaker !== null) {
      const here = text.quotations[quotationAt(text.quotations, draft.start)];
      const before = text.quotations[quotationAt(text.quotations, previous.start)];
      if (here !== undefined && before !== undefined) {
        const sameParagraph = here.paragraphIndex === before.paragraphIndex;
        const gap = text.body.slice(before.close + 1, here.open);
        // Another reporting verb between them outside the earlier cue may bring another speaker.
        const cue = previous.cue;
        const cueEnd = cue?.end ?? -1;
        const verbs = wordsFrom(
          text.body,
          Math.max(before.close + 1, cueEnd),
          here.open,
          80,
        ).filter((w) => VERBS.has(w.text));
        // `“…,” Roe, an adviser to the board, wrote after the vote. “…”`: a cue read as the name
        // alone leaves its own verb after its span, and that verb brings no other speaker.
        if (cue && cue.start > before.close && !cueHasVerb(text.body, cue)) verbs.shift();
        // `The councillors, however, argue that “…”`: a reporting verb in the quotation's own
        // sentence before its mark, past a comma the scan above stops at.
        const otherVerb =
          verbs.length > 0 ||
          newClauseAfterQuotation(text.body, before.close, here.open, cue) ||
          (registry !== undefined &&
            otherSpeakerVerbBefore(
              text,
              registry,
              Math.max(before.close + 1, cueEnd),
              here.open,
              previous.speaker,
            ));
        // A reporting verb right after this quotation is its own cue, one no sieve could read
        // ("“…,” Pell, who chairs the board and the fund, said"): its speaker is not the earlier one.
        const ownCue =
          hasOwnCue(text.body, here.close) ||
          invertedUnknownCue(text.body, here.close) ||
          namedThing(text.body, here);
        // `Pell: “…” Vint: “…”`: a label before the quotation names its own speaker.
        const labelled = isLabelGap(gap);
        // `After Moss called the plan “a disgrace,” the council voted to “act now.”`: the main
        // clause after the opening clause's quotation has a subject of its own.
        const mainClause = inMainClauseAfterOpening(text, quotationAt(text.quotations, here.open));
        if (
          sameParagraph &&
          !otherVerb &&
          !ownCue &&
          !labelled &&
          !mainClause &&
          !/[“"]/.test(gap) &&
          gap.length < 400
        ) {
          draft.speaker = previous.speaker;
          draft.cue = previous.cue;
          carried.push([draft, previous, previous.speaker]);
        }
      }
    }
    previous = draft;
  }
  return carried;
}

/**
 * `“…,” he continued. “…”`: when a later pass gave a quotation another speaker, the quotations
 * that took its speaker along follow it (unless a pass changed them too).
 */
export function followCarried(carried: readonly Carried[]): void {
  for (const [draft, source, speaker] of carried) {
    if (draft.speaker !== speaker || source.speaker === speaker) continue;
    draft.speaker = source.speaker;
    draft.cue = source.cue;
  }
}
