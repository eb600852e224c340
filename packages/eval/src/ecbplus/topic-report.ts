/**
 * Per-topic reading of `eval ecbplus` outputs, so that a change to alignment is judged by how many
 * topics it helps or hurts, not by a total one or two topics can move; and a leave-one-topic-out
 * estimate of a tuned setting, which says whether choosing it on the other topics carries to a
 * topic not seen.
 */

import { precisionRecall } from "../metrics/ratio.ts";

/** One topic's mixed-story alignment by story event: pairs predicted, right, and gold pairs. */
export type TopicPairs = { topic: string; predicted: number; correct: number; gold: number };

/**
 * The mixed rows of the first table (alignment) of an `eval ecbplus` output: topic, gold pairs,
 * event pairs and event precision (right pairs = precision × pairs, rounded: three decimals over
 * a few hundred pairs give the count).
 */
export function mixedTopicPairs(output: string): TopicPairs[] {
  const rows = new Map<string, TopicPairs>();
  for (const line of output.split("\n")) {
    const cells = line.trim().split(/\s+/);
    if (cells.length < 13 || cells[1] !== "mixed" || !/^\d+$/.test(cells[0] as string)) continue;
    const topic = cells[0] as string;
    if (rows.has(topic)) continue; // the person table repeats the story labels
    const predicted = Number(cells[9]);
    const precision = cells[10] === "n/a" ? 0 : Number(cells[10]);
    rows.set(topic, {
      topic,
      predicted,
      correct: Math.round(precision * predicted),
      gold: Number(cells[4]),
    });
  }
  return [...rows.values()];
}

export type Scores = { precision: number; recall: number; f1: number };

/** Pooled pairwise scores over topics. */
export function pooled(rows: readonly TopicPairs[]): Scores {
  const predicted = rows.reduce((n, r) => n + r.predicted, 0);
  const correct = rows.reduce((n, r) => n + r.correct, 0);
  const gold = rows.reduce((n, r) => n + r.gold, 0);
  // Nothing predicted or no gold counts as 0 here: a topic set is compared, never shown as n/a.
  const { precision, recall, f1 } = precisionRecall(correct, predicted, gold);
  return { precision: precision ?? 0, recall: recall ?? 0, f1: f1 ?? 0 };
}

/** A change below this (in F1 or precision) is no change: three printed decimals. */
const EPSILON = 0.0005;

export type TopicChange = { topic: string; before: Scores; after: Scores };

/** Topics whose mixed F1 / precision a change raised or lowered, with each changed topic. */
export function compareTopics(before: readonly TopicPairs[], after: readonly TopicPairs[]) {
  const afterOf = new Map(after.map((r) => [r.topic, r] as const));
  const changed: TopicChange[] = [];
  const count = { f1Up: 0, f1Down: 0, precisionUp: 0, precisionDown: 0 };
  for (const row of before) {
    const other = afterOf.get(row.topic);
    if (!other) continue;
    const a = pooled([row]);
    const b = pooled([other]);
    if (b.f1 > a.f1 + EPSILON) count.f1Up += 1;
    if (b.f1 < a.f1 - EPSILON) count.f1Down += 1;
    if (b.precision > a.precision + EPSILON) count.precisionUp += 1;
    if (b.precision < a.precision - EPSILON) count.precisionDown += 1;
    if (Math.abs(b.f1 - a.f1) > EPSILON || Math.abs(b.precision - a.precision) > EPSILON)
      changed.push({ topic: row.topic, before: a, after: b });
  }
  return { ...count, changed, before: pooled(before), after: pooled(after) };
}

/**
 * Leave one topic out over settings (each an output of the same topics under one setting): for
 * each topic, the setting with the best pooled F1 over the other topics is chosen and scored on
 * that topic alone; the held-out counts are pooled. Next to the best setting's own pooled F1 (chosen
 * on all topics, so fitted), it tells how much of the tuned gain a topic not seen would keep.
 */
export function leaveOneTopicOut(settings: readonly (readonly TopicPairs[])[]) {
  const topics = (settings[0] ?? []).map((r) => r.topic);
  const held: TopicPairs[] = [];
  const chosen: number[] = [];
  for (const topic of topics) {
    let best = -1;
    let bestF1 = -1;
    settings.forEach((rows, s) => {
      const f1 = pooled(rows.filter((r) => r.topic !== topic)).f1;
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        best = s;
      }
    });
    chosen.push(best);
    const row = (settings[best] ?? []).find((r) => r.topic === topic);
    if (row) held.push(row);
  }
  return { heldOut: pooled(held), chosen, each: settings.map((rows) => pooled(rows)) };
}
