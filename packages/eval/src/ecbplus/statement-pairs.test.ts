import { describe, expect, it } from "vitest";
import { loadFixtureStories } from "../../test/ecbplus-fixture.ts";
import {
  allSentences,
  baselinePairs,
  cosinePairs,
  eventPairs,
  type SentenceUnit,
  storySentences,
  systemPairs,
} from "./statement-pairs.ts";

const unit = (
  doc: string,
  events: string[],
  groups: string[],
  storyEvents: string[] = [],
  text = "",
): SentenceUnit => ({
  doc,
  text,
  events: new Set(events),
  groups: new Set(groups),
  storyEvents: new Set(storyEvents),
});

describe("statement pairs", () => {
  it("pairs sentences of different documents: gold by event chain, system by group", () => {
    const units = [
      unit("d1", ["E1"], ["g1"]),
      unit("d2", ["E1"], ["g1"]),
      unit("d2", ["E2"], ["g1"]),
      unit("d3", ["E2"], []),
    ];
    // gold: d1-d2(E1), d2b-d3(E2); system: d1-d2, d1-d2b (same group, different docs).
    expect(systemPairs(units)).toEqual({ gold: 2, predicted: 2, correct: 1 });
  });

  it("pairs by story event apart from claim group: one happening told as two different facts", () => {
    const units = [
      unit("d1", ["E1"], ["g1"], ["v1"]),
      unit("d2", ["E1"], ["g2"], ["v1"]),
      unit("d3", ["E2"], ["g2"], ["v2"]),
    ];
    expect(systemPairs(units)).toEqual({ gold: 1, predicted: 1, correct: 0 });
    expect(eventPairs(units)).toEqual({ gold: 1, predicted: 1, correct: 1 });
  });

  it("lets the baseline claim the pairs at or above its threshold", () => {
    const scored = [
      { score: 0.5, gold: true },
      { score: 0.2, gold: true },
      { score: 0.4, gold: false },
    ];
    expect(baselinePairs(scored, 0.4)).toEqual({ gold: 2, predicted: 2, correct: 1 });
  });

  it("reads the invented topic: headlines left out, event chains and groups per sentence", () => {
    const { mixed } = loadFixtureStories();
    const { units, outsideBody } = storySentences(mixed);
    expect(outsideBody).toBe(4);
    expect(units.map((u) => [u.doc, [...u.events]])).toEqual([
      ["90_1ecb", ["ACT_SINK"]],
      ["90_1ecb", ["ACT_RESCUE"]],
      ["90_2ecb", ["ACT_SINK"]],
      ["90_2ecb", ["ACT_RESCUE"]],
      ["90_1ecbplus", ["ACT_FIRE"]],
      ["90_1ecbplus", ["ACT_OUT"]],
      ["90_2ecbplus", ["ACT_FIRE"]],
      ["90_2ecbplus", ["ACT_OUT"]],
    ]);
    expect(systemPairs(units).gold).toBe(4);
    const scored = cosinePairs(units, allSentences(mixed.docs.map((d) => d.doc)));
    expect(scored).toHaveLength(24);
    expect(scored.filter((p) => p.gold)).toHaveLength(4);
  });
});
