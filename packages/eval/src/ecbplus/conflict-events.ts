import type { Conflict } from "@parallax/core";
import { type BodySentence, bodySentences } from "./body-sentences.ts";
import type { Story } from "./story-doc.ts";

/** How many of a story's reported conflicts set two statements about one gold event against each other. */
export type ConflictEventCounts = {
  conflicts: number;
  /** The two values' sentences mention one cross-document event chain. */
  sameEvent: number;
  /** Conflicts whose two values could both be placed in a gold sentence (the others count as wrong). */
  placed: number;
  /**
   * Conflicts whose two sentences each mention a cross-document event chain: the only ones the gold
   * can judge. A sentence with no such event (background, a statistic, a quote ECB+ left
   * unannotated) says neither "same event" nor "another event": such a conflict is unknown. The
   * main share counts it as wrong; this one leaves it out. Both are printed.
   */
  decidable: number;
  decidableSameEvent: number;
  /**
   * Conflicts whose two values both lie in selected sentences, the only ones ECB+ annotates
   * reliably (elsewhere a sentence often has no cross-document event at all), and of them those
   * about one gold event: the figure that says whether the conflict rules are right.
   */
  annotated: number;
  annotatedSameEvent: number;
  byKind: Record<string, { conflicts: number; sameEvent: number }>;
};

export function emptyConflictCounts(): ConflictEventCounts {
  return {
    conflicts: 0,
    sameEvent: 0,
    placed: 0,
    decidable: 0,
    decidableSameEvent: 0,
    annotated: 0,
    annotatedSameEvent: 0,
    byKind: {},
  };
}

export function addConflictCounts(
  a: ConflictEventCounts,
  b: ConflictEventCounts,
): ConflictEventCounts {
  const byKind = { ...a.byKind };
  for (const [kind, k] of Object.entries(b.byKind)) {
    const known = byKind[kind] ?? { conflicts: 0, sameEvent: 0 };
    byKind[kind] = {
      conflicts: known.conflicts + k.conflicts,
      sameEvent: known.sameEvent + k.sameEvent,
    };
  }
  return {
    conflicts: a.conflicts + b.conflicts,
    sameEvent: a.sameEvent + b.sameEvent,
    placed: a.placed + b.placed,
    decidable: a.decidable + b.decidable,
    decidableSameEvent: a.decidableSameEvent + b.decidableSameEvent,
    annotated: a.annotated + b.annotated,
    annotatedSameEvent: a.annotatedSameEvent + b.annotatedSameEvent,
    byKind,
  };
}

/** One reported conflict with the gold sentences holding its first two values (null: none). */
export type JudgedConflict = {
  /** Index of the claim group reporting it. */
  group: number;
  conflict: Conflict;
  sentences: [BodySentence | null, BodySentence | null];
  /** The two sentences mention one cross-document event chain. */
  same: boolean;
};

/**
 * Every conflict the comparison reports, with the sentences holding its first two values (the two
 * statements set against each other) and whether they mention one cross-document event chain.
 * Every sentence counts, selected or not; a value outside any gold sentence (or without a span)
 * makes the conflict count as not about one event.
 */
export function judgeConflicts(story: Story): JudgedConflict[] {
  const sentences = new Map(
    story.docs.map((d) => [d.article.id as string, bodySentences(d.doc, d.offsets)]),
  );
  const sentenceOf = (value: Conflict["values"][number] | undefined) => {
    const span = value?.span;
    if (!value || !span) return null;
    return (
      sentences.get(value.articleId)?.find((s) => s.start <= span.start && span.start < s.end) ??
      null
    );
  };
  return story.comparison.groups.flatMap((g, group) =>
    g.conflicts.map((conflict) => {
      const [first, second] = conflict.values;
      const x = sentenceOf(first);
      const y = sentenceOf(second);
      const same = x !== null && y !== null && [...x.events].some((e) => y.events.has(e));
      return { group, conflict, sentences: [x, y] as JudgedConflict["sentences"], same };
    }),
  );
}

/** Conflict precision on ECB+: the judged conflicts of `judgeConflicts`, counted. */
export function conflictEvents(story: Story): ConflictEventCounts {
  const counts = emptyConflictCounts();
  for (const { conflict, sentences, same } of judgeConflicts(story)) {
    const [x, y] = sentences;
    const a = x?.events ?? null;
    const b = y?.events ?? null;
    counts.conflicts += 1;
    if (a !== null && b !== null) counts.placed += 1;
    if (same) counts.sameEvent += 1;
    if (a !== null && b !== null && a.size > 0 && b.size > 0) {
      counts.decidable += 1;
      if (same) counts.decidableSameEvent += 1;
    }
    if (x?.selected && y?.selected) {
      counts.annotated += 1;
      if (same) counts.annotatedSameEvent += 1;
    }
    const kind = counts.byKind[conflict.kind] ?? { conflicts: 0, sameEvent: 0 };
    counts.byKind[conflict.kind] = {
      conflicts: kind.conflicts + 1,
      sameEvent: kind.sameEvent + (same ? 1 : 0),
    };
  }
  return counts;
}
