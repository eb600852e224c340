import { describe, expect, it } from "vitest";
import { fitLogistic } from "./logistic.ts";

describe("fitLogistic", () => {
  it("weighs a feature that marks the right candidates up, one that marks wrong ones down", () => {
    const examples = [
      { features: [1, 1, 0], correct: true },
      { features: [1, 1, 0], correct: true },
      { features: [1, 0, 1], correct: false },
      { features: [1, 0, 0], correct: false },
      { features: [1, 1, 1], correct: false },
    ];
    const w = fitLogistic(examples, 3);
    expect(w[1]).toBeGreaterThan(0);
    expect(w[2]).toBeLessThan(0);
  });

  it("is deterministic and gives zero weights without examples", () => {
    const examples = [
      { features: [1, 1], correct: true },
      { features: [1, 0], correct: false },
    ];
    expect(fitLogistic(examples, 2)).toEqual(fitLogistic(examples, 2));
    expect(fitLogistic([], 2)).toEqual([0, 0]);
  });
});
