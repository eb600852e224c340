import type { Article } from "@parallax/core";
import type { StageInput } from "./stage-input.ts";

/**
 * The stage of the comparison that lost a title case ("former" put before a person's title),
 * read from what the extraction and the comparison show, in pipeline order:
 * - `edited title not read`: no person of the edited article has a title at the edit;
 * - `not one person`: one has, but no person of the story (the comparison's entities, which
 *   merge the articles' people) holds both that title and a title from a witness article, so no
 *   title check set the two posts side by side;
 * - `one person, no conflict`: one does, yet no title conflict names both (a guard refused the
 *   posts, or "former" was not read as a past post);
 * - `row incomplete`: the conflict was found but names not every witness article.
 */
export const TITLE_STAGES = [
  "edited title not read",
  "not one person",
  "one person, no conflict",
  "row incomplete",
] as const;

export type TitleStage = (typeof TITLE_STAGES)[number];

export function titleStage({
  c,
  found,
  articles,
  extractions,
  comparison,
}: StageInput): TitleStage | null {
  if (c.kind !== "title") return null;
  if (found) return "row incomplete";
  const editEnd = c.start + c.after.length;
  const atEdit = (span: { start: number; end: number }) =>
    span.start < editEnd && c.start < span.end;
  const read = extractions[c.articleIndex]?.entities.some(
    (e) => e.kind === "person" && e.titles.some((t) => atEdit(t.span)),
  );
  if (!read) return "edited title not read";
  const editedId = (articles[c.articleIndex] as Article).id as string;
  const witnessIds = new Set(c.witnesses.map((j) => (articles[j] as Article).id as string));
  const onePerson = comparison.entities.some(
    (e) =>
      e.titles.some((t) => t.articleId === editedId && atEdit(t.span)) &&
      e.titles.some((t) => witnessIds.has(t.articleId)),
  );
  return onePerson ? "one person, no conflict" : "not one person";
}
