import type { AlignUnit } from "../../align/units.ts";
import type { Negated } from "./negated-words.ts";

/*
 * A perfect denial bounded by a span of time ("has not sent a letter in six days", "hasn't voted
 * for a mayor in 32 years", "had not slept for two nights") denies the act inside that span only:
 * a plain report that it was done at some time ("sent a letter as the meeting began") is no answer
 * to it, unless the report is bounded by the same span (issue 12). Precision first: no date of the
 * report is compared with the span.
 */

/** "has" of "has not", "hasn't", "had never": the perfect's auxiliary right before the negation. */
const PERFECT_BEFORE = /\b(?:has|have|had)\s*$/i;

/** A span of time counted back from the telling: "in six days", "for the past two weeks". */
const SPAN =
  /\b(?:in|for|over|within)\s+(?:the\s+(?:last|past)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:hours?|days?|weeks?|months?|years?|decades?)\b/iu;

/** The span of time a perfect denial is bounded by, lower case; null when none. */
export function deniedSpan(denial: AlignUnit, item: Negated): string | null {
  if (!PERFECT_BEFORE.test(denial.text.slice(0, item.span.start - denial.span.start))) return null;
  const after = denial.text.slice(item.span.end - denial.span.start).split(/[;:.!?]/)[0] ?? "";
  return SPAN.exec(after)?.[0].toLowerCase().replace(/\s+/g, " ") ?? null;
}

/** Whether a statement is no answer to a denial bounded by a span: it is not bounded alike. */
export function outsideSpan(denial: AlignUnit, item: Negated, statement: AlignUnit): boolean {
  const span = deniedSpan(denial, item);
  return span !== null && !statement.text.toLowerCase().replace(/\s+/g, " ").includes(span);
}
