// Attribution layer: the direct quotes a later clause of their sentence may take from the cue they
// were given, shared by the colon-clause and later-clause rules.
import type { ArticleText } from "../../article-text.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

export type EarlierCueQuote = {
  draft: QuoteDraft;
  /** The span of the cue the quote was given. */
  cue: NonNullable<QuoteDraft["cue"]>;
  /** Offset of the quotation's opening mark. */
  open: number;
};

/**
 * Each direct quote with a person or organisation as speaker whose cue lies before its opening
 * mark in the same sentence: the text between them may hold a clause with a subject of its own.
 */
export function* earlierCueQuotes(
  text: ArticleText,
  drafts: readonly QuoteDraft[],
): Generator<EarlierCueQuote> {
  for (const draft of drafts) {
    const cue = draft.cue;
    if (!draft.direct || cue === null || typeof draft.speaker !== "number") continue;
    const open = draft.start - 1;
    if (!/[“"]/.test(text.body[open] ?? "") || cue.end >= open) continue;
    const sentence = text.sentenceAt(open)?.span;
    if (sentence === undefined || cue.start < sentence.start) continue;
    yield { draft, cue, open };
  }
}
