// Attribution layer, the last pass of the rule sieves: a quotation printed twice in one article
// (a pull quote set apart from the text, a remark the article comes back to) is one remark, so
// the copy no sieve could attribute takes the speaker the other copy has.

import type { ArticleText } from "../../article-text.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

/** Words the two copies must share from their start: a remark, never a stock phrase. */
const SHARED_WORDS = 10;

/**
 * A direct quote still without a speaker whose first ten words (case, punctuation and quotation
 * marks aside) are those of another direct quote of the article with a speaker takes that
 * speaker and its cue. Abstains on a shorter quotation and when copies with different speakers
 * (or an ambiguous one) share those words.
 */
export function repeatedQuotation(text: ArticleText, drafts: QuoteDraft[]): void {
  const known = new Map<string, QuoteDraft[]>();
  for (const draft of drafts) {
    if (!draft.direct || draft.speaker === null) continue;
    const key = opening(text.body, draft);
    if (key === null) continue;
    known.set(key, [...(known.get(key) ?? []), draft]);
  }
  if (known.size === 0) return;
  for (const draft of drafts) {
    if (!draft.direct || draft.speaker !== null) continue;
    const key = opening(text.body, draft);
    const copies = key === null ? undefined : known.get(key);
    if (copies === undefined) continue;
    const speaker = copies[0]!.speaker;
    if (typeof speaker !== "number" || copies.some((c) => c.speaker !== speaker)) continue;
    draft.speaker = speaker;
    draft.cue = copies[0]!.cue;
  }
}

/** The quote's first ten words in lower case, joined; null for a shorter quote. */
function opening(body: string, draft: QuoteDraft): string | null {
  const words = body
    .slice(draft.start, draft.end)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  if (words === null || words.length < SHARED_WORDS) return null;
  return words.slice(0, SHARED_WORDS).join(" ");
}
