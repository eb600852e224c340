import type { Article, Span } from "@parallax/core";
import { covers, overlaps, type Placed, setSideBySide } from "./side-by-side.ts";
import type { StageInput } from "./stage-input.ts";

/**
 * The stage of the comparison that lost a value case (figure, date, time), read from what the
 * comparison shows, in pipeline order:
 * - `value not read`: the edited article's extraction holds no figure (date) at the edit, and no
 *   figure row of the comparison does either (an age, "the 72-year-old climber", is no extracted
 *   figure: the aligner reads it into its statements, and the story's figure rows show it);
 * - `witness value not read`: no witness article's extraction holds one with the old value's words;
 * - `not aligned`: no witness statement holding such a value shares a claim group or a story event
 *   with the edited statement, so no conflict check ever set the two side by side;
 * - `aligned, no conflict`: one does, yet no conflict names both: a conflict check (a guard)
 *   refused the pair, or the conflict pass read the happening otherwise (a day's verb of another
 *   class, a happening split by its days) than the story's events show it;
 * - `row incomplete`: the conflict was found but names not every witness article.
 * Speaker, title and negation cases have no value read by extraction: null (their stages are in
 * speaker-stage.ts, title-stage.ts and negation-stage.ts).
 */
export const MISS_STAGES = [
  "value not read",
  "witness value not read",
  "not aligned",
  "aligned, no conflict",
  "row incomplete",
] as const;

export type MissStage = (typeof MISS_STAGES)[number];

export function missStage({
  c,
  found,
  articles,
  extractions,
  comparison,
  seen,
}: StageInput): MissStage | null {
  if (c.kind !== "figure" && c.kind !== "date" && c.kind !== "time") return null;
  if (found) return "row incomplete";
  // Figures the aligner reads itself (ages) are in the comparison's figure rows, not the extraction.
  const rowValues = (i: number): { span: Span; text: string }[] => {
    const id = articles[i]?.id;
    return comparison.figures.flatMap((r) => r.values).filter((v) => v.articleId === id);
  };
  const valuesOf = (i: number): { span: Span; text: string }[] =>
    c.kind === "date"
      ? (extractions[i]?.dates ?? [])
      : [...(extractions[i]?.figures ?? []), ...rowValues(i)];
  const editEnd = Math.max(c.start + c.after.length, c.start + 1);
  const edited = valuesOf(c.articleIndex).some(
    (v) => v.span.start < editEnd && c.start < v.span.end,
  );
  if (!edited) return "value not read";
  const old = c.before.trim().toLowerCase();
  const held = c.witnesses.flatMap((j) =>
    valuesOf(j)
      .filter((v) => v.text.toLowerCase().includes(old))
      .map((v) => ({ articleId: (articles[j] as Article).id as string, span: v.span })),
  );
  if (held.length === 0) return "witness value not read";
  const editedId = (articles[c.articleIndex] as Article).id as string;
  const sides = {
    isEdited: (s: Placed) => s.articleId === editedId && covers(s.span, c.start),
    isWitness: (s: Placed) =>
      held.some((h) => h.articleId === s.articleId && covers(s.span, h.span.start)),
    isEditedValue: (articleId: string, span: Span) =>
      articleId === editedId && overlaps(span, { start: c.start, end: editEnd }),
    isWitnessValue: (articleId: string, span: Span) =>
      held.some((h) => h.articleId === articleId && overlaps(h.span, span)),
  };
  seen?.(sides);
  const aligned = setSideBySide(comparison, sides.isEdited, sides.isWitness);
  return aligned ? "aligned, no conflict" : "not aligned";
}
