import type { Quote, Span } from "@parallax/core";
import type { UnitQuote } from "./units.ts";

/**
 * Words (three letters or more) a quotation of no content word needs to be a remark two outlets
 * can credit to two people: "If there was any more I could do for you, I would" is one, "We'll
 * see" is not.
 */
const REMARK_WORDS = 5;

/**
 * Whether a statement with no content word of its own still holds a remark: a quotation of common
 * words only with its attribution ("“If there was any more I could do for you, I would,” Judge
 * Ada Lund said"), its speaker named there or read back to the person named just before ("…," the
 * judge said). Such a statement states nothing to align, but who said the words is a fact another
 * outlet can contradict (conflicts/speakers/findings.ts). A bare quotation whose attribution is a statement
 * of its own is held by that statement instead (`quotesHeldByCue`).
 */
export function holdsBareRemark(
  span: Span,
  quotes: readonly Quote[],
  unitQuotes: readonly UnitQuote[],
): boolean {
  const attributed = quotes.some(
    (q) => q.direct && q.cue !== null && q.cue.start >= span.start && q.cue.end <= span.end,
  );
  return (
    attributed &&
    unitQuotes.some(
      (q) => (q.named || q.readBack) && q.speaker !== null && q.wordCount >= REMARK_WORDS,
    )
  );
}
