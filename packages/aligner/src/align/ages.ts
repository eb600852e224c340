import type { Figure, Span } from "@parallax/core";

/**
 * "the 36-year-old champion", "Comeaux, 49, was": a person's age, the commonest figure in news;
 * also written "a 36-year old man", "36 years old" (not the upper end of "between 30 and 40 years old").
 */
const AGE =
  /(?<!\b(?:and|to|or|between) |\d\s?[-–]\s?)\b(\d{1,3})[-\s]years?[-\s]old\b|(?<=\b\p{Lu}[\p{L}'’-]+, )(\d{1,3})(?=, )/gu;

const DIGIT = /\d/;

/**
 * Ages in a statement as figures (extraction counts amounts with a unit, not ages): compared like
 * any count, so one outlet's "36-year-old" against another's "37-year-old" is a disagreement.
 */
export function ages(body: string, claim: Span): Figure[] {
  const text = body.slice(claim.start, claim.end);
  const found: Figure[] = [];
  // Both forms hold a digit: a statement without one (most) is not scanned by the look-behinds.
  if (!DIGIT.test(text)) return found;
  for (const match of text.matchAll(AGE)) {
    const digits = (match[1] ?? match[2]) as string;
    const start = claim.start + (match.index ?? 0);
    const span = { articleId: claim.articleId, start, end: start + match[0].length };
    found.push({
      id: `age-${start}`,
      span,
      text: match[0],
      kind: "count",
      value: Number(digits),
      upperValue: null,
      unit: "years of age",
      measure: "age",
    });
  }
  return found;
}
