/** One story's alignment and identity figures, and their totals over stories. */

import { addPairCounts, type PairCounts, pairScores } from "../metrics/pairwise.ts";
import { harmonicMean, ratio } from "../metrics/ratio.ts";
import { type IdentityFigures, identityFigures, personItems } from "./person-identity.ts";
import {
  allSentences,
  baselinePairs,
  cosinePairs,
  eventPairs,
  storySentences,
  systemPairs,
} from "./statement-pairs.ts";
import type { Story } from "./story-doc.ts";

export type StoryFigures = {
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

export function scoreStory(story: Story, kind: StoryFigures["kind"], threshold: number) {
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

export function totals(stories: readonly StoryFigures[]) {
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

export type Totals = ReturnType<typeof totals>;
