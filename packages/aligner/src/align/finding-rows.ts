import type { Article, ClaimGroup, Statement, StoryEntity, WordDiff } from "@parallax/core";
import { stanceFindings } from "../conflicts/stance.ts";
import { titleConflicts } from "../conflicts/titles/conflicts.ts";
import { leavingToldAround } from "../conflicts/titles/leaving-told.ts";
import { titleToldOfThen } from "../conflicts/titles/title-of-then.ts";
import { dayParts } from "../extract/dates/calendar-days.ts";
import { dateAnchor } from "../extract/dates/date-anchor.ts";
import type { AlignUnit } from "./units.ts";

/** A row of the comparison before it gets its id, with the statements it was built from. */
export type RowDraft = {
  members: AlignUnit[];
  articleCount: number;
  draft: Omit<ClaimGroup, "id" | "about"> & { about: NonNullable<ClaimGroup["about"]> };
};

/** How many characters before a title are read for "former", "then-" and the like. */
const TITLE_CONTEXT = 24;

/**
 * One row per title conflict of a story entity ("former President" / "President"), holding the
 * statements where each title is written. A title no statement holds (a headline line) gives no
 * row: the reader could not see where it was said.
 */
export function titleRows(
  entities: readonly StoryEntity[],
  articles: readonly Article[],
  units: readonly AlignUnit[],
  statementOf: (unit: AlignUnit) => Statement,
  /** The people the story tells died (`events/deceased.ts`): their posts are all of the past. */
  deceased: ReadonlySet<string> = new Set(),
): RowDraft[] {
  const unitsOfArticle = new Map<string, AlignUnit[]>();
  for (const unit of units) {
    const list = unitsOfArticle.get(unit.articleId);
    if (list) list.push(unit);
    else unitsOfArticle.set(unit.articleId, [unit]);
  }
  const bodyOf = new Map(articles.map((a) => [a.id as string, a.body] as const));
  // Only a date the article states (dateline or metadata), not one guessed from a caption.
  const dayOf = new Map(
    articles.map((a) => {
      const anchor = dateAnchor(a);
      return [a.id as string, anchor?.status === "resolved" ? anchor.day : null] as const;
    }),
  );
  return entities
    .flatMap((entity) =>
      titleConflicts(
        entity,
        (title) => {
          const body = bodyOf.get(title.articleId) ?? "";
          return body.slice(Math.max(0, title.span.start - TITLE_CONTEXT), title.span.start);
        },
        deceased.has(entity.id),
        (title) => {
          // The article's own year dates a sentence set in an earlier one ("In 1999, …").
          const day = dayOf.get(title.articleId) ?? null;
          const year = day === null ? null : dayParts(day).year;
          return titleToldOfThen(bodyOf.get(title.articleId) ?? "", title.span.start, year);
        },
        (articleId) => dayOf.get(articleId) ?? null,
        (title) => leavingToldAround(bodyOf.get(title.articleId) ?? "", title.span.start),
      ).map((conflict): RowDraft => {
        const statements = conflict.values.flatMap((value) => {
          const unit = (unitsOfArticle.get(value.articleId) ?? []).find(
            (u) => value.span && u.span.start <= value.span.start && value.span.end <= u.span.end,
          );
          return unit ? [unit] : [];
        });
        return {
          members: statements,
          articleCount: new Set(statements.map((s) => s.articleIndex)).size,
          draft: {
            statements: statements.map(statementOf),
            relation: "conflict",
            conflicts: [conflict],
            evidence: [{ kind: "entity", label: entity.name, weight: 1 }],
            score: 1,
            diffs: [] as WordDiff[],
            about: "title",
          },
        };
      }),
    )
    .filter((d) => d.members.length > 0);
}

/** One row per stance two outlets' sources take on one question (conflicts/stance.ts). */
export function stanceRows(
  units: readonly AlignUnit[],
  entityName: (id: string) => string,
  statementOf: (unit: AlignUnit) => Statement,
): RowDraft[] {
  return stanceFindings(units, entityName).map((finding) => ({
    members: finding.units,
    articleCount: new Set(finding.units.map((u) => u.articleIndex)).size,
    draft: {
      statements: finding.units.map(statementOf),
      relation: "conflict",
      conflicts: [finding.conflict],
      evidence: [...new Set(finding.units.flatMap((u) => [...u.speakers]))].map((id) => ({
        kind: "speaker" as const,
        label: entityName(id),
        weight: 1,
      })),
      score: 1,
      diffs: [] as WordDiff[],
      about: "stance",
    },
  }));
}
