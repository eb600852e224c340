import { describe, expect, it } from "vitest";
import { articleSpread } from "./article-spread.ts";

describe("articleSpread", () => {
  it("counts the misses the five worst articles hold", () => {
    const tallies = [
      { judged: 10, correct: 2 },
      { judged: 4, correct: 4 },
      { judged: 3, correct: 2 },
      { judged: 0, correct: 0 },
      ...Array.from({ length: 6 }, () => ({ judged: 2, correct: 1 })),
    ];
    const spread = articleSpread(tallies);
    expect(spread.articles).toBe(9);
    expect(spread.misses).toBe(8 + 0 + 1 + 6);
    expect(spread.topFiveMisses).toBe(8 + 1 + 1 + 1 + 1);
  });

  it("gives a point interval when every article has the same accuracy", () => {
    const spread = articleSpread(Array.from({ length: 20 }, () => ({ judged: 4, correct: 3 })));
    expect(spread.low).toBeCloseTo(0.75, 12);
    expect(spread.high).toBeCloseTo(0.75, 12);
  });

  it("widens the interval when one article holds most misses", () => {
    const tallies = [
      { judged: 40, correct: 5 },
      ...Array.from({ length: 19 }, () => ({ judged: 5, correct: 5 })),
    ];
    const spread = articleSpread(tallies);
    expect(spread.low).toBeLessThan(0.75);
    expect(spread.high).toBeGreaterThan(0.9);
  });

  it("has no interval without judged quotes", () => {
    expect(articleSpread([{ judged: 0, correct: 0 }])).toMatchObject({ low: null, high: null });
    expect(articleSpread([{ judged: 3, correct: 1 }])).toMatchObject({ low: null, high: null });
  });
});
