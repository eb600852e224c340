import { writeFileSync } from "node:fs";
import { type EcbSubtopic, ecbplusFile, readEcbplus } from "../datasets/ecbplus.ts";
import {
  addConflictCounts,
  conflictEvents,
  emptyConflictCounts,
} from "../ecbplus/conflict-events.ts";
import { type ConflictMiss, conflictMisses } from "../ecbplus/conflict-misses.ts";
import { type EventMiss, eventMisses } from "../ecbplus/event-misses.ts";
import * as evidenceOf from "../ecbplus/pair-evidence.ts";
import { render } from "../ecbplus/render-figures.ts";
import { allSentences, cosinePairs, goldSentences } from "../ecbplus/statement-pairs.ts";
import { compareDocs, readStoryDoc, type StoryDoc } from "../ecbplus/story-doc.ts";
import { type StoryFigures, scoreStory, totals } from "../ecbplus/story-figures.ts";
import { chooseThreshold } from "../metrics/tfidf.ts";
import type { Suite, SuiteContext, SuiteReport } from "../suite.ts";
import { countSuspectPersons } from "../text/suspect-person-names.ts";

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
