import { describe, expect, it } from "vitest";
import { precisionRecall, ratio } from "./ratio.ts";

describe("ratio and precision/recall", () => {
  it("says n/a (null) rather than 0 when nothing was counted", () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
  });

  it("computes F1 from counts", () => {
    const prf = precisionRecall(2, 4, 8);
    expect(prf.precision).toBe(0.5);
    expect(prf.recall).toBe(0.25);
    expect(prf.f1).toBeCloseTo(1 / 3, 10);
    expect(precisionRecall(0, 3, 3).f1).toBe(0);
    expect(precisionRecall(0, 0, 3)).toEqual({ precision: null, recall: 0, f1: null });
  });
});
