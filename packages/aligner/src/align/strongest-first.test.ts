import { describe, expect, it } from "vitest";
import type { ScoredPair } from "./groups.ts";
import { strongestFirst } from "./strongest-first.ts";

const pair = (a: number, b: number, score: number): ScoredPair => ({
  a,
  b,
  score,
  speakerClash: false,
  evidence: [],
});

describe("strongestFirst", () => {
  it("orders a short list by score, ties by the lower then the higher statement", () => {
    const ordered = strongestFirst([pair(3, 4, 0.5), pair(1, 9, 0.7), pair(1, 2, 0.5)]);
    expect(ordered.map((p) => [p.a, p.b])).toEqual([
      [1, 9],
      [1, 2],
      [3, 4],
    ]);
  });

  it("gives a long list (bucketed by score) the order one comparison sort gives", () => {
    const pairs = Array.from({ length: 6000 }, (_, i) =>
      pair(i % 97, 100 + (i % 89), Math.round(((i * 7919) % 1000) / 10) / 100),
    );
    const sorted = [...pairs].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    expect(strongestFirst([...pairs])).toEqual(sorted);
  });
});
