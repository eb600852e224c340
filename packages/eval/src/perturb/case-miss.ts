import type { ConflictRefusal } from "@parallax/aligner";
import type { Article, Comparison, Extraction } from "@parallax/core";
import { type CaseStage, caseStage } from "./case-stage.ts";
import type { PerturbCase } from "./perturb-case.ts";
import { refusingGuards } from "./refusing-guards.ts";
import type { Sides } from "./side-by-side.ts";

/** A statement as the miss dump shows it: its article, its claim group and its words. */
type ShownStatement = { article: number; group: number; text: string };

/**
 * A case the comparison missed (or reported incompletely), with what is needed to see why: the
 * edited statement and its group, the witnesses' statements holding the old value and their
 * groups, and the conflicts of the expected kind the perturbed story shows. Written by
 * `pnpm eval perturb --split train --misses FILE` only (dev texts stay unread).
 */
export type PerturbMiss = {
  story: string;
  kind: string;
  form: string;
  before: string;
  after: string;
  found: boolean;
  /** Where the comparison lost the case (case-stage.ts: each kind's stages in its own file). */
  stage: CaseStage | null;
  /** The articles stating the old value, by index: a complete row names every one. */
  witnessArticles: readonly number[];
  /** The perturbed article's statement holding the edit, or null when no claim holds it. */
  edited: ShownStatement | null;
  /** The other statements of the edited statement's group. */
  groupMates: ShownStatement[];
  /** Statements of the witness articles whose words hold the old value (value kinds), or all
   * statements of theirs in the edited statement's group. */
  witnesses: ShownStatement[];
  /** Conflicts of the expected kind anywhere in the perturbed story: "figure: a:12 | b:15". */
  conflicts: string[];
  /**
   * At the stage `aligned, no conflict` (and a speaker case's `not aligned`: its check reads the
   * whole story), the guards that refused an (edited × witness) pair, or `no pair checked`
   * (refusing-guards.ts); null at every other stage.
   */
  refusedBy: string[] | null;
};

export function describeMiss(
  c: PerturbCase,
  found: boolean,
  articles: readonly Article[],
  comparison: Comparison,
  extractions: readonly Extraction[],
  refusals: readonly ConflictRefusal[] = [],
): PerturbMiss {
  const indexOf = new Map(articles.map((a, i) => [a.id as string, i] as const));
  const editedId = (articles[c.articleIndex] as Article).id;
  const statements = comparison.groups.flatMap((g, group) =>
    g.statements.map((s) => ({
      s,
      shown: { article: indexOf.get(s.articleId) ?? -1, group, text: s.text },
    })),
  );
  const editedAt = statements.find(
    ({ s }) => s.articleId === editedId && s.span.start <= c.start && c.start < s.span.end,
  );
  const group = editedAt?.shown.group ?? -1;
  const witnessIds = new Set(c.witnesses.map((j) => (articles[j] as Article).id as string));
  const holdsOld = (text: string) => holdsWord(text, c.before.trim());
  const sides: Sides[] = [];
  const stage = caseStage({
    c,
    found,
    articles,
    extractions,
    comparison,
    seen: (s) => sides.push(s),
  });
  return {
    story: c.story,
    kind: c.kind,
    form: c.form,
    before: c.before,
    after: c.after,
    found,
    stage,
    witnessArticles: c.witnesses,
    edited: editedAt?.shown ?? null,
    groupMates: statements
      .filter(({ shown }) => shown.group === group && shown !== editedAt?.shown)
      .map(({ shown }) => shown),
    witnesses: statements
      .filter(
        ({ s, shown }) =>
          witnessIds.has(s.articleId) && (holdsOld(s.text) || shown.group === group),
      )
      .map(({ shown }) => shown),
    conflicts: comparison.groups.flatMap((g, i) =>
      g.conflicts
        .filter((k) => c.expect.includes(k.kind))
        .map(
          (k) =>
            `group ${i} ${k.kind}: ${k.values.map((v) => `${indexOf.get(v.articleId)}:${v.text}`).join(" | ")}`,
        ),
    ),
    refusedBy:
      stage === "aligned, no conflict" || readsWholeStory(c, stage)
        ? refusingGuards(c.kind, sides, refusals, inOneGroup(comparison, sides))
        : null,
  };
}

/**
 * Whether the case's check compared statements wherever alignment put them: the speaker check
 * reads every quotation of the story (aligner conflicts/speakers/findings.ts), so a speaker case
 * "not aligned" was still refused by one of its guards, or its pair never compared.
 */
function readsWholeStory(c: PerturbCase, stage: CaseStage | null): boolean {
  return c.kind === "speaker" && stage === "not aligned";
}

/** Whether one claim group holds an edited statement and a witness's of one pair of sides. */
function inOneGroup(comparison: Comparison, sides: readonly Sides[]): boolean {
  return sides.some((s) =>
    comparison.groups.some((g) => g.statements.some(s.isEdited) && g.statements.some(s.isWitness)),
  );
}

/** Whether the text holds the value as a whole word (case-insensitive). */
function holdsWord(text: string, value: string): boolean {
  if (value === "") return false;
  const lower = text.toLowerCase();
  const wanted = value.toLowerCase();
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1))
    if (!isWordChar(lower[at - 1]) && !isWordChar(lower[at + wanted.length])) return true;
  return false;
}
