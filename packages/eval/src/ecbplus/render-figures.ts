/** The text `eval ecbplus` prints: alignment and identity tables, targets, conflicts, speed. */

import { type PairCounts, pairScores } from "../metrics/pairwise.ts";
import { ratio } from "../metrics/ratio.ts";
import { dec, pct, share, targetLine } from "../report/format.ts";
import { renderTable } from "../report/table.ts";
import type { countSuspectPersons } from "../text/suspect-person-names.ts";
import type { ConflictEventCounts } from "./conflict-events.ts";
import type { IdentityFigures } from "./person-identity.ts";
import type { StoryFigures, Totals } from "./story-figures.ts";

function alignmentRow(
  label: string,
  docs: string,
  sentences: string,
  sys: PairCounts,
  ev: PairCounts,
  base: PairCounts,
) {
  const s = pairScores(sys);
  const e = pairScores(ev);
  const b = pairScores(base);
  return [
    label,
    docs,
    sentences,
    String(s.gold),
    String(s.predicted),
    dec(s.precision),
    dec(s.recall),
    dec(s.f1),
    String(e.predicted),
    dec(e.precision),
    dec(e.recall),
    dec(e.f1),
    String(b.predicted),
    dec(b.precision),
    dec(b.recall),
    dec(b.f1),
  ];
}

function identityRow(
  label: string,
  f: {
    mentions: number;
    found: number;
    bCubed: IdentityFigures["bCubed"];
    crossDocPeople: number;
    keptAsOne: number;
    mergingEntities: number;
  },
) {
  return [
    label,
    String(f.mentions),
    String(f.found),
    dec(f.bCubed.precision),
    dec(f.bCubed.recall),
    dec(f.bCubed.f1),
    `${f.keptAsOne}/${f.crossDocPeople}`,
    String(f.mergingEntities),
  ];
}

export function render(f: {
  file: string;
  documents: number;
  baselineThreshold: { threshold: number; trainF1: number; file: string };
  stories: StoryFigures[];
  subtopics: Totals;
  mixed: Totals;
  refusedDocuments: string[];
  selectedSentencesOutsideBody: number;
  personMentionsOutsideBody: number;
  suspectPersons: ReturnType<typeof countSuspectPersons>;
  msPerArticle: number | null;
  mixedComparisonMs: number;
  conflicts: ConflictEventCounts;
}): string {
  const sum = (stories: StoryFigures[], pick: (s: StoryFigures) => number) =>
    String(stories.reduce((n, s) => n + pick(s), 0));
  const totalRow = (label: string, stories: StoryFigures[], t: Totals) =>
    alignmentRow(
      label,
      sum(stories, (s) => s.docs),
      sum(stories, (s) => s.sentences),
      t.system,
      t.events,
      t.baseline,
    );
  const sub = f.stories.filter((s) => s.kind === "sub-topic");
  const mixed = f.stories.filter((s) => s.kind === "mixed");
  const alignmentRows = [
    ...f.stories.map((s) =>
      alignmentRow(s.label, String(s.docs), String(s.sentences), s.system, s.events, s.baseline),
    ),
    totalRow("all sub-topics", sub, f.subtopics),
    totalRow("all mixed", mixed, f.mixed),
  ];
  const identityRows = [
    ...f.stories.map((s) => identityRow(s.label, s.identity)),
    identityRow("all sub-topics", f.subtopics),
    identityRow("all mixed", f.mixed),
  ];
  const suspects = Object.entries(f.suspectPersons.names)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 12)
    .map(([name, n]) => `${name} ×${n}`)
    .join(", ");
  const kinds = Object.entries(f.suspectPersons.byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
  const merges = f.stories
    .filter((s) => s.kind === "sub-topic")
    .flatMap((s) => s.identity.merges.map((m) => `${s.label}: ${m.names.join(" / ")}`));
  return [
    `ECB+ — ${f.file}, ${f.documents} documents; a story is one sub-topic, or a topic's two sub-topics together ("mixed").`,
    `${f.refusedDocuments.length} documents refused by ingestion (no body: a lone line read as a headline) are left out${f.refusedDocuments.length > 0 ? `: ${f.refusedDocuments.slice(0, 10).join(", ")}${f.refusedDocuments.length > 10 ? ", …" : ""}` : ""}.`,
    "",
    "Statement alignment: pairs of selected sentences from different documents; gold = they share a cross-document event chain;",
    "grp = their statements share a claim group (one fact; the measure before 0.9.50); ev = they share a story event (one happening,",
    `Comparison.events: what the gold asks; the issue 12 measure); baseline = TF-IDF cosine ≥ ${f.baselineThreshold.threshold.toFixed(2)} (threshold chosen on the train split's mixed topics, train F1 ${dec(f.baselineThreshold.trainF1)}).`,
    renderTable(
      [
        "story",
        "docs",
        "sentences",
        "gold pairs",
        "grp pairs",
        "grp P",
        "grp R",
        "grp F1",
        "event pairs",
        "ev P",
        "ev R",
        "ev F1",
        "base pairs",
        "base P",
        "base R",
        "base F1",
      ],
      alignmentRows,
    ),
    `  ${targetLine("alignment by story event, mixed: precision", f.mixed.events.precision, 0.85)}; ${targetLine("F1", f.mixed.events.f1, Math.max(0.6, (f.mixed.baseline.f1 ?? 0) + 0.15))} (TF-IDF F1 + 0.15)`,
    `${f.selectedSentencesOutsideBody} selected sentences lie wholly outside the ingested body (headlines) and are left out of every story.`,
    "",
    "Person identity: named gold HUMAN_PART_PER mentions in selected sentences; B³ over them; kept = gold cross-document people",
    "(named in 2+ documents) whose every named mention is found in one system entity; merging = system entities holding two gold people.",
    renderTable(
      ["story", "mentions", "found", "B³ P", "B³ R", "B³ F1", "kept as one", "merging"],
      identityRows,
    ),
    `${f.personMentionsOutsideBody} named person mentions lie wholly outside the body and are left out.`,
    "",
    "Targets (issue 11)",
    `  ${targetLine("sub-topics with an entity merging two gold people", f.subtopics.storiesWithMergeShare, 0.02, true)} (${f.subtopics.storiesWithMerge}/${f.subtopics.stories})`,
    `  persons named as a pronoun, weekday, month or outlet, over all ${f.documents} documents: ${f.suspectPersons.total} (target 0; ${kinds})${suspects ? `: ${suspects}` : ""}`,
    `  gold cross-document people kept as one entity: sub-topics ${share(f.subtopics.keptShare, f.subtopics.keptAsOne, f.subtopics.crossDocPeople)}, mixed ${share(f.mixed.keptShare, f.mixed.keptAsOne, f.mixed.crossDocPeople)}`,
    merges.length > 0
      ? `  merges: ${merges.slice(0, 8).join("; ")}${merges.length > 8 ? "; …" : ""}`
      : "  merges: none",
    "",
    "Conflicts (issue 12), mixed stories: the share of reported conflicts whose two statements' sentences mention one gold",
    "cross-document event (every sentence counts; a value in no gold sentence counts as wrong).",
    renderTable(
      ["kind", "conflicts", "same event", "share"],
      [
        ...Object.entries(f.conflicts.byKind)
          .sort((a, b) => (a[0] < b[0] ? -1 : 1))
          .map(([kind, k]) => [
            kind,
            String(k.conflicts),
            String(k.sameEvent),
            pct(ratio(k.sameEvent, k.conflicts)),
          ]),
        [
          "all",
          String(f.conflicts.conflicts),
          String(f.conflicts.sameEvent),
          pct(ratio(f.conflicts.sameEvent, f.conflicts.conflicts)),
        ],
      ],
    ),
    `  ${targetLine("conflict precision (same gold event)", ratio(f.conflicts.sameEvent, f.conflicts.conflicts), 0.9)} (${f.conflicts.placed} of ${f.conflicts.conflicts} with both values in a gold sentence)`,
    `  decidable conflicts (each sentence mentions a gold cross-document event): ${f.conflicts.decidable}; same gold event ${f.conflicts.decidableSameEvent} (${pct(ratio(f.conflicts.decidableSameEvent, f.conflicts.decidable))}); unknown (a value in a sentence with no gold event, counted wrong above): ${f.conflicts.conflicts - f.conflicts.decidable}`,
    `  conflicts with both values in selected (reliably annotated) sentences: ${f.conflicts.annotated}; same gold event ${f.conflicts.annotatedSameEvent} (${pct(ratio(f.conflicts.annotatedSameEvent, f.conflicts.annotated))})`,
    "",
    `speed: ${f.msPerArticle === null ? "n/a" : `${f.msPerArticle.toFixed(1)} ms/article`} (ingestion, extraction and sub-topic comparison); mixed comparisons ${(f.mixedComparisonMs / 1000).toFixed(1)} s in all; alignment F1 sub-topics ${pct(f.subtopics.system.f1)}, mixed ${pct(f.mixed.system.f1)}`,
  ].join("\n");
}
