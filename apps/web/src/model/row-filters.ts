import type { ClaimGroup, Comparison, Span, StoryEntity } from "@parallax/core/schemas";
import type { RowFilter } from "./app-location.ts";

export interface RowFilterInput {
  filters: readonly RowFilter[];
  /** One person or organisation from `comparison.entities`, or null for everyone. */
  person: StoryEntity | null;
  /** Where the person is mentioned, per article, when the extractions are loaded. */
  personSpans: readonly Span[];
  query: string;
  /** The articles shown as columns; omissions are judged against these. */
  visibleArticleIds: readonly string[];
}

const QUOTE_MARK = /["“”«»「」]/;

function overlaps(a: Span, b: Span): boolean {
  return a.articleId === b.articleId && a.start < b.end && b.start < a.end;
}

export function isConflict(group: ClaimGroup): boolean {
  return group.relation === "conflict" || group.conflicts.length > 0;
}

/** A row some shown outlet does not report. */
export function isOmission(group: ClaimGroup, visibleArticleIds: readonly string[]): boolean {
  const reporting = new Set(group.statements.map((s) => s.articleId));
  return visibleArticleIds.length > 1 && visibleArticleIds.some((id) => !reporting.has(id));
}

export function hasQuote(group: ClaimGroup): boolean {
  return (
    group.evidence.some((e) => e.kind === "quote" || e.kind === "speaker") ||
    group.statements.some((s) => QUOTE_MARK.test(s.text))
  );
}

export function hasFigure(group: ClaimGroup, figureSpans: readonly Span[]): boolean {
  return (
    group.evidence.some((e) => e.kind === "figure") ||
    group.conflicts.some((c) => c.kind === "figure") ||
    group.statements.some((s) => figureSpans.some((f) => overlaps(s.span, f)))
  );
}

export function mentionsPerson(
  group: ClaimGroup,
  person: StoryEntity,
  personSpans: readonly Span[],
): boolean {
  const name = person.name.toLowerCase();
  return (
    group.statements.some(
      (s) =>
        s.text.toLowerCase().includes(name) ||
        personSpans.some((span) => overlaps(s.span, span)) ||
        person.titles.some((t) => overlaps(s.span, t.span)),
    ) || group.evidence.some((e) => e.kind === "entity" && e.label.toLowerCase().includes(name))
  );
}

export function matchesQuery(group: ClaimGroup, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return (
    group.statements.some((s) => s.text.toLowerCase().includes(needle)) ||
    group.conflicts.some(
      (c) =>
        c.subject.toLowerCase().includes(needle) ||
        c.values.some((v) => v.text.toLowerCase().includes(needle)),
    )
  );
}

/** Every figure span in the story, for the "figures only" filter. */
export function figureSpans(comparison: Comparison): Span[] {
  return comparison.figures.flatMap((row) => row.values.map((v) => v.span));
}

/**
 * The rows to show. Filters combine with AND: "conflicts" + "figures" keeps figure conflicts.
 * Rows whose outlets are all hidden disappear too.
 */
export function filterGroups(
  groups: readonly ClaimGroup[],
  input: RowFilterInput,
  figures: readonly Span[],
): ClaimGroup[] {
  const visible = new Set(input.visibleArticleIds);
  return groups.filter((group) => {
    if (!group.statements.some((s) => visible.has(s.articleId))) return false;
    for (const filter of input.filters) {
      if (filter === "conflicts" && !isConflict(group)) return false;
      if (filter === "omissions" && !isOmission(group, input.visibleArticleIds)) return false;
      if (filter === "quotes" && !hasQuote(group)) return false;
      if (filter === "figures" && !hasFigure(group, figures)) return false;
    }
    if (input.person && !mentionsPerson(group, input.person, input.personSpans)) return false;
    return matchesQuery(group, input.query);
  });
}
