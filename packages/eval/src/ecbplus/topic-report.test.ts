import { describe, expect, it } from "vitest";
import {
  compareTopics,
  leaveOneTopicOut,
  mixedTopicPairs,
  type TopicPairs,
} from "./topic-report.ts";

const header =
  "story           docs  sentences  gold pairs  grp pairs  grp P  grp R  grp F1  event pairs   ev P   ev R  ev F1  base pairs  base P  base R  base F1";

describe("mixedTopicPairs", () => {
  it("reads the mixed rows of the alignment table once, with right pairs from precision", () => {
    const text = [
      header,
      "1 ecb             18         37         513         76  0.974  0.144   0.251          287  0.983  0.550  0.705         369   0.889   0.639    0.744",
      "1 mixed           39         73         100        184  0.701  0.181   0.287           80  0.750  0.600  0.667        1039   0.439   0.639    0.520",
      "2 mixed           10         12          20          0    n/a  0.000     n/a            0    n/a  0.000    n/a          10   0.500   0.250    0.333",
      "1 mixed           69     65  1.000  0.850  0.919  4/7  0  extra cells to look like a row  x  y",
    ].join("\n");
    expect(mixedTopicPairs(text)).toEqual([
      { topic: "1", predicted: 80, correct: 60, gold: 100 },
      { topic: "2", predicted: 0, correct: 0, gold: 20 },
    ]);
  });
});

const row = (topic: string, predicted: number, correct: number, gold: number): TopicPairs => ({
  topic,
  predicted,
  correct,
  gold,
});

describe("compareTopics", () => {
  it("counts the topics a change helps and hurts", () => {
    const before = [row("1", 10, 8, 20), row("2", 10, 5, 10), row("3", 4, 4, 4)];
    const after = [row("1", 12, 10, 20), row("2", 10, 4, 10), row("3", 4, 4, 4)];
    const report = compareTopics(before, after);
    expect([report.f1Up, report.f1Down, report.precisionUp, report.precisionDown]).toEqual([
      1, 1, 1, 1,
    ]);
    expect(report.changed.map((c) => c.topic)).toEqual(["1", "2"]);
  });
});

describe("leaveOneTopicOut", () => {
  it("scores each topic with the setting the other topics choose", () => {
    // B is far better on topic 1 alone: it wins whenever topic 1 is seen (holding out 2 or 3),
    // and holding out topic 1, the other two choose A, so topic 1 is scored with A's 2 right.
    const a = [row("1", 10, 2, 10), row("2", 10, 9, 10), row("3", 10, 9, 10)];
    const b = [row("1", 10, 10, 10), row("2", 10, 5, 10), row("3", 10, 5, 10)];
    const result = leaveOneTopicOut([a, b]);
    expect(result.chosen).toEqual([0, 1, 1]);
    expect(result.heldOut.f1).toBeCloseTo(12 / 30, 5);
  });
});
