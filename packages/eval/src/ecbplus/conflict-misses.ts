import type { Conflict } from "@parallax/core";
import { type BodySentence, bodySentences } from "./body-sentences.ts";
import { judgeConflicts } from "./conflict-events.ts";
import type { Story } from "./story-doc.ts";

/** One side of a wrong conflict: the value, its gold sentence and the statement holding it. */
type MissSide = {
  doc: number;
  value: string;
  /** How many of the document's sentences come before the value's (0: the first sentence). */
  sentenceIndex: number;
  /** The gold sentence holding the value, or null when it lies in none. */
  sentence: string | null;
  /** The sentence's cross-document event chains (empty: the gold cannot judge it). */
  events: string[];
  /** The claim group whose statement holds the value (-1: none), and that statement. */
  group: number;
  statement: string | null;
};

/**
 * A reported conflict whose two values' sentences mention no one gold cross-document event, with
 * what is needed to see why: both sides' sentences and statements, the group reporting it, whether
 * both statements are in that group (false: a pass after grouping paired them), and its evidence.
 * Written by `pnpm eval ecbplus --split train --misses FILE` only (dev texts stay unread).
 */
export type ConflictMiss = {
  story: string;
  kind: Conflict["kind"];
  subject: string;
  /** "unknown": a value in a sentence with no gold event; "other event": both have events, none shared. */
  verdict: "unknown" | "other event";
  /** Every value of the row: "doc:text". */
  values: string[];
  group: number;
  /** Both statements set against each other are in the reporting group. */
  inGroup: boolean;
  sides: MissSide[];
  evidence: string[];
};

/** The wrong conflicts of one story (mixed or not), in report order. */
export function conflictMisses(story: Story): ConflictMiss[] {
  const indexOf = new Map(story.docs.map((d, i) => [d.article.id as string, i] as const));
  const sentencesOf = story.docs.map((d) => bodySentences(d.doc, d.offsets));
  const claims = story.comparison.groups.flatMap((g, group) =>
    g.about === "claim" ? g.statements.map((s) => ({ s, group })) : [],
  );
  return judgeConflicts(story)
    .filter((j) => !j.same)
    .map(({ group, conflict, sentences }) => {
      const sides = conflict.values.slice(0, 2).map((value, i): MissSide => {
        const doc = indexOf.get(value.articleId) ?? -1;
        const body = story.docs[doc]?.article.body ?? "";
        const at = value.span?.start ?? -1;
        const holder = claims.find(
          ({ s }) => s.articleId === value.articleId && s.span.start <= at && at < s.span.end,
        );
        const sentence = sentences[i] as BodySentence | null;
        return {
          doc,
          value: value.text,
          sentenceIndex: (sentencesOf[doc] ?? []).filter((b) => b.end <= at).length,
          sentence: sentence ? body.slice(sentence.start, sentence.end) : null,
          events: sentence ? [...sentence.events] : [],
          group: holder?.group ?? -1,
          statement: holder?.s.text ?? null,
        };
      });
      const unknown = sentences.some((s) => s === null || s.events.size === 0);
      return {
        story: story.label,
        kind: conflict.kind,
        subject: conflict.subject,
        verdict: unknown ? "unknown" : "other event",
        values: conflict.values.map((v) => `${indexOf.get(v.articleId)}:${v.text}`),
        group,
        inGroup: sides.every((s) => s.group === group),
        sides,
        evidence: (conflict.evidence ?? []).map((e) => `${e.kind}: ${e.label} (${e.weight})`),
      };
    });
}
