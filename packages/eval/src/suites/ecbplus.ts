import { writeFileSync } from "node:fs";
import { type EcbSubtopic, ecbplusFile, readEcbplus } from "../datasets/ecbplus.ts";
import {
  addConflictCounts,
  type ConflictEventCounts,
  conflictEvents,
  emptyConflictCounts,
} from "../ecbplus/conflict-events.ts";
import { type ConflictMiss, conflictMisses } from "../ecbplus/conflict-misses.ts";
import { type EventMiss, eventMisses } from "../ecbplus/event-misses.ts";
import * as evidenceOf from "../ecbplus/pair-evidence.ts";
import { type IdentityFigures, identityFigures, personItems } from "../ecbplus/person-identity.ts";
import {
  allSentences,
  baselinePairs,
  cosinePairs,
  eventPairs,
  goldSentences,
  storySentences,
  systemPairs,
} from "../ecbplus/statement-pairs.ts";
import { compareDocs, readStoryDoc, type Story, type StoryDoc } from "../ecbplus/story-doc.ts";
import { addPairCounts, type PairCounts, pairScores } from "../metrics/pairwise.ts";
import { harmonicMean, ratio } from "../metrics/ratio.ts";
import { chooseThreshold } from "../metrics/tfidf.ts";
import { dec, pct, share, targetLine } from "../report/format.ts";
import { renderTable } from "../report/table.ts";
import type { Suite, SuiteContext, SuiteReport } from "../suite.ts";
import { countSuspectPersons } from "../text/suspect-person-names.ts";

type StoryFigures = {
  label: string;
  kind: "sub-topic" | "mixed";
  docs: number;
  sentences: number;
  system: PairCounts;
  /** Pairs predicted by a shared story event (the issue 12 measure); `system` is by claim group. */
  events: PairCounts;
  baseline: PairCounts;
  identity: IdentityFigures;
};

/** Cross-document identity and statement alignment on ECB+, with a TF-IDF baseline. */
export const ecbplusSuite: Suite = {
  name: "ecbplus",
  summary: "ECB+: person identity across documents (B³), statement alignment vs a TF-IDF baseline",
  usesDatasets: true,
  run(context: SuiteContext): SuiteReport {
    const file = ecbplusFile(context.dataDir, context.split);
    const all = readEcbplus(file);
    const topicIds = [...new Set(all.map((s) => s.topic))];
    const kept = new Set(context.limit === null ? topicIds : topicIds.slice(0, context.limit));
    const subtopics = all.filter((s) => kept.has(s.topic));
    const baseline = baselineThreshold(ecbplusFile(context.dataDir, "train"));

    const docCount = subtopics.reduce((n, s) => n + s.docs.length, 0);
    context.progress.start(docCount, "extracting");
    let extractMs = 0;
    let compareMs = 0;
    let mixedMs = 0;
    let done = 0;
    const refused: string[] = [];
    const read = new Map<EcbSubtopic, StoryDoc[]>();
    for (const subtopic of subtopics) {
      const docs: StoryDoc[] = [];
      for (const doc of subtopic.docs) {
        context.progress.update(done++, "extracting");
        const started = performance.now();
        const storyDoc = readStoryDoc(doc);
        extractMs += performance.now() - started;
        if (storyDoc) docs.push(storyDoc);
        else refused.push(doc.id);
      }
      read.set(subtopic, docs);
    }
    context.progress.stop(`extracted ${docCount} documents`);

    const stories: StoryFigures[] = [];
    let conflicts = emptyConflictCounts();
    let evidence = evidenceOf.emptyEvidenceCounts();
    const misses: ConflictMiss[] = [];
    const wrongEvents: EventMiss[] = [];
    let sentencesOutside = 0;
    let mentionsOutside = 0;
    for (const topic of [...kept]) {
      const parts = subtopics.filter((s) => s.topic === topic);
      for (const subtopic of parts) {
        const started = performance.now();
        const story = compareDocs(`${topic} ${subtopic.subtopic}`, read.get(subtopic) ?? []);
        compareMs += performance.now() - started;
        const figures = scoreStory(story, "sub-topic", baseline.threshold);
        sentencesOutside += figures.sentencesOutside;
        mentionsOutside += figures.mentionsOutside;
        stories.push(figures.story);
      }
      const started = performance.now();
      const mixed = compareDocs(
        `${topic} mixed`,
        parts.flatMap((s) => read.get(s) ?? []),
      );
      mixedMs += performance.now() - started;
      const scored = scoreStory(mixed, "mixed", baseline.threshold);
      stories.push(scored.story);
      // The wrong pairs by the evidence that could have parted them (pair-evidence.ts).
      evidence = evidenceOf.addEvidenceCounts(
        evidence,
        evidenceOf.pairEvidence(scored.units, parts),
      );
      conflicts = addConflictCounts(conflicts, conflictEvents(mixed));
      if (context.misses !== null) {
        misses.push(...conflictMisses(mixed));
        wrongEvents.push(...eventMisses(mixed));
      }
    }

    const extractions = [...read.values()].flat().map((d) => d.extraction);
    const suspects = countSuspectPersons(extractions);
    const figures = {
      file,
      documents: docCount,
      baselineThreshold: baseline,
      stories,
      subtopics: totals(stories.filter((s) => s.kind === "sub-topic")),
      mixed: totals(stories.filter((s) => s.kind === "mixed")),
      refusedDocuments: refused,
      selectedSentencesOutsideBody: sentencesOutside,
      personMentionsOutsideBody: mentionsOutside,
      suspectPersons: suspects,
      msPerArticle: docCount === 0 ? null : (extractMs + compareMs) / docCount,
      mixedComparisonMs: mixedMs,
      conflicts,
      evidence,
    };
    let text = `${render(figures)}\n\n${evidenceOf.renderEvidence(evidence)}`;
    if (context.misses !== null) {
      writeFileSync(context.misses, misses.map((m) => `${JSON.stringify(m)}\n`).join(""));
      text += `\n\n${misses.length} wrong conflicts of the mixed stories, each with its sentences and statements, in ${context.misses}`;
      // Beside the conflicts: the story events joining other happenings, the gold chains split.
      const eventsFile = context.misses.replace(/(\.jsonl)?$/, ".events.jsonl");
      writeFileSync(eventsFile, wrongEvents.map((m) => `${JSON.stringify(m)}\n`).join(""));
      const merged = wrongEvents.filter((m) => m.kind === "merged");
      const split = wrongEvents.filter((m) => m.kind === "split");
      const pairs = (list: EventMiss[]) => list.reduce((n, m) => n + m.wrong, 0);
      text += `\n${merged.length} story events joining other happenings (${pairs(merged)} wrong pairs) and ${split.length} gold chains split (${pairs(split)} pairs missed) of the mixed stories, with their sentences, in ${eventsFile}`;
    }
    return { text, figures };
  },
};

function scoreStory(story: Story, kind: StoryFigures["kind"], threshold: number) {
  const { units, outsideBody: sentencesOutside } = storySentences(story);
  const people = personItems(story);
  const scored = cosinePairs(units, allSentences(story.docs.map((d) => d.doc)));
  return {
    units,
    sentencesOutside,
    mentionsOutside: people.outsideBody,
    story: {
      label: story.label,
      kind,
      docs: story.docs.length,
      sentences: units.length,
      system: systemPairs(units),
      events: eventPairs(units),
      baseline: baselinePairs(scored, threshold),
      identity: identityFigures(people.items),
    },
  };
}

/**
 * The baseline's threshold: the best pairwise F1 over the TRAIN split's topics compared "mixed"
 * (all selected sentences; no system involved), so dev figures are not tuned on dev.
 */
function baselineThreshold(trainFile: string): {
  threshold: number;
  trainF1: number;
  file: string;
} {
  const train = readEcbplus(trainFile);
  const pairs: { score: number; gold: boolean }[] = [];
  for (const topic of new Set(train.map((s) => s.topic))) {
    const docs = train.filter((s) => s.topic === topic).flatMap((s) => s.docs);
    pairs.push(...cosinePairs(docs.flatMap(goldSentences), allSentences(docs)));
  }
  const best = chooseThreshold(pairs);
  return { threshold: best.threshold, trainF1: best.f1, file: trainFile };
}

function totals(stories: readonly StoryFigures[]) {
  const zero = { gold: 0, predicted: 0, correct: 0 };
  const system = stories.reduce((sum, s) => addPairCounts(sum, s.system), zero);
  const events = stories.reduce((sum, s) => addPairCounts(sum, s.events), zero);
  const baseline = stories.reduce((sum, s) => addPairCounts(sum, s.baseline), zero);
  // B³ averages over mentions and no cluster spans two stories: pooled = mention-weighted mean.
  const mentions = stories.reduce((n, s) => n + s.identity.mentions, 0);
  const weighted = (pick: (f: IdentityFigures) => number | null) =>
    ratio(
      stories.reduce((sum, s) => sum + (pick(s.identity) ?? 0) * s.identity.mentions, 0),
      mentions,
    );
  const precision = weighted((f) => f.bCubed.precision);
  const recall = weighted((f) => f.bCubed.recall);
  const crossDocPeople = stories.reduce((n, s) => n + s.identity.crossDocPeople, 0);
  const keptAsOne = stories.reduce((n, s) => n + s.identity.keptAsOne, 0);
  const withMerge = stories.filter((s) => s.identity.mergingEntities > 0).length;
  return {
    stories: stories.length,
    system: pairScores(system),
    events: pairScores(events),
    baseline: pairScores(baseline),
    mentions,
    found: stories.reduce((n, s) => n + s.identity.found, 0),
    bCubed: { precision, recall, f1: harmonicMean(precision, recall) },
    crossDocPeople,
    keptAsOne,
    keptShare: ratio(keptAsOne, crossDocPeople),
    mergingEntities: stories.reduce((n, s) => n + s.identity.mergingEntities, 0),
    storiesWithMerge: withMerge,
    storiesWithMergeShare: ratio(withMerge, stories.length),
  };
}

type Totals = ReturnType<typeof totals>;

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

function render(f: {
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
  const sub = f.stories.filter((s) => s.kind === "sub-topic");
  const mixed = f.stories.filter((s) => s.kind === "mixed");
  const alignmentRows = [
    ...f.stories.map((s) =>
      alignmentRow(s.label, String(s.docs), String(s.sentences), s.system, s.events, s.baseline),
    ),
    alignmentRow(
      "all sub-topics",
      sum(sub, (s) => s.docs),
      sum(sub, (s) => s.sentences),
      f.subtopics.system,
      f.subtopics.events,
      f.subtopics.baseline,
    ),
    alignmentRow(
      "all mixed",
      sum(mixed, (s) => s.docs),
      sum(mixed, (s) => s.sentences),
      f.mixed.system,
      f.mixed.events,
      f.mixed.baseline,
    ),
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
