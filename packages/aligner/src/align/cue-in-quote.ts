import type { Extraction, Quote } from "@parallax/core";
import { firstIndexWhere } from "../sorted-search.ts";

/*
 * An attribution inside someone else's reported words (issue 12): in "Ada Lund claimed that remarks
 * made by Ivo Vint calling for a ban make him “the harbour's worst friend.”", the cue "Ivo Vint
 * calling" stands inside what Lund claimed, so the partial quotation after it is Lund's wording
 * of Vint, told by Lund: Vint is no sure speaker of those words. A speaker credited there is not
 * one the speaker check can set against another outlet's (`unit-quotes.ts`).
 */

/** Quotations sorted by start, with the farthest end reached by any of them up to each. */
type Reach = { sorted: readonly Quote[]; reach: Int32Array };

const reaches = new WeakMap<Extraction, Reach>();

/** Read once per extraction: an article of thousands of quotations asks this of each. */
function reachOf(extraction: Extraction): Reach {
  let found = reaches.get(extraction);
  if (!found) {
    const sorted = [...extraction.quotes].sort((a, b) => a.span.start - b.span.start);
    const reach = new Int32Array(sorted.length);
    let far = -1;
    sorted.forEach((q, i) => {
      far = Math.max(far, q.span.end);
      reach[i] = far;
    });
    found = { sorted, reach };
    reaches.set(extraction, found);
  }
  return found;
}

/**
 * Whether the quotation's attribution stands inside another quotation of the article (direct or
 * reported) that is not credited to the same speaker: the words are passed on through that one.
 */
export function cueInOtherQuote(quote: Quote, extraction: Extraction): boolean {
  const cue = quote.cue;
  if (!cue) return false;
  const { sorted, reach } = reachOf(extraction);
  // The last quotation starting at or before the cue.
  const last = firstIndexWhere(sorted, (q) => q.span.start > cue.start) - 1;
  // No quotation starting before the cue reaches past its end: none holds it (the usual case).
  if (last < 0 || (reach[last] as number) < cue.end) return false;
  for (let i = last; i >= 0; i -= 1) {
    const other = sorted[i] as Quote;
    if (other === quote || other.span.end < cue.end) continue;
    if (other.speakerId === null || other.speakerId !== quote.speakerId) return true;
  }
  return false;
}
