import { OPTIMISTIC_PHRASES, PESSIMISTIC_PHRASES } from "../../lexicons/stance-phrases.ts";

/** Any of the phrases, as whole words, in any case. */
function phraseRegex(phrases: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${phrases.join("|")})\\b`, "i");
}

/**
 * How a statement assesses the state of talks: optimistic phrases against pessimistic ones (the
 * phrases are data in lexicons/stance-phrases.ts).
 */
export const OPTIMISTIC = phraseRegex(OPTIMISTIC_PHRASES);
export const PESSIMISTIC = phraseRegex(PESSIMISTIC_PHRASES);
/** Whether a statement reads as optimistic (+1), pessimistic (-1) or neither (0) about the talks. */
export function stanceOf(text: string): -1 | 0 | 1 {
  const up = OPTIMISTIC.test(text);
  const down = PESSIMISTIC.test(text);
  return up === down ? 0 : up ? 1 : -1;
}
