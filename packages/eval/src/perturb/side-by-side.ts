import type { Comparison, Span } from "@parallax/core";

/** A statement as a claim group or a story event places it: its article and its span. */
export type Placed = { articleId: string; span: Span };

/** The statements a stage reader sets side by side: the edited one, and a witness's. */
export type Sides = {
  isEdited: (s: Placed) => boolean;
  isWitness: (s: Placed) => boolean;
  /** For value kinds: whether a value of the statement is the edited one (a witness's, the old one). */
  isEditedValue?: (articleId: string, span: Span) => boolean;
  isWitnessValue?: (articleId: string, span: Span) => boolean;
};

/** Hears each pair of sides a stage reader looked for together (refusing-guards.ts reads them). */
export type SidesSeen = (sides: Sides) => void;

/** A stretch of text by its offsets. */
type Range = { start: number; end: number };

/** Whether two stretches share a character. */
export function overlaps(x: Range, y: Range): boolean {
  return x.start < y.end && y.start < x.end;
}

/** Whether the span holds the offset. */
export function covers(span: Span, at: number): boolean {
  return span.start <= at && at < span.end;
}

/**
 * Whether the comparison ever set an edited statement beside a witness's: one claim group or one
 * story event holds both. A conflict check only compares statements set side by side, so a case
 * whose two statements never are was lost by alignment, not by a conflict guard.
 */
export function setSideBySide(
  comparison: Comparison,
  isEdited: (s: Placed) => boolean,
  isWitness: (s: Placed) => boolean,
): boolean {
  const together = (statements: readonly Placed[]) =>
    statements.some(isEdited) && statements.some(isWitness);
  return (
    comparison.groups.some((g) => together(g.statements)) ||
    comparison.events.some((e) => together(e.statements))
  );
}
