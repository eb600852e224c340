import { describe, expect, it } from "vitest";
import { bCubed } from "./b-cubed.ts";

describe("bCubed", () => {
  it("is 1 when the system clusters are the gold ones", () => {
    const r = bCubed([
      { gold: "a", system: "x" },
      { gold: "a", system: "x" },
      { gold: "b", system: "y" },
    ]);
    expect([r.precision, r.recall, r.f1]).toEqual([1, 1, 1]);
  });

  it("loses recall for a split person and precision for a merge", () => {
    // gold a = {1,2}, system splits it: recall (1/2 + 1/2)/2, precision 1.
    const split = bCubed([
      { gold: "a", system: "x" },
      { gold: "a", system: "y" },
    ]);
    expect([split.precision, split.recall]).toEqual([1, 0.5]);
    // gold a = {1}, b = {2}, system merges: precision (1/2 + 1/2)/2, recall 1.
    const merged = bCubed([
      { gold: "a", system: "x" },
      { gold: "b", system: "x" },
    ]);
    expect([merged.precision, merged.recall]).toEqual([0.5, 1]);
    expect(merged.f1).toBeCloseTo(2 / 3, 10);
  });

  it("works the textbook case", () => {
    // gold {1,2,3} {4,5}; system {1,2} {3,4,5}
    const r = bCubed([
      { gold: "a", system: "x" },
      { gold: "a", system: "x" },
      { gold: "a", system: "y" },
      { gold: "b", system: "y" },
      { gold: "b", system: "y" },
    ]);
    expect(r.precision).toBeCloseTo((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5, 10);
    expect(r.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5, 10);
  });

  it("has no figure for no items", () => {
    expect(bCubed([]).f1).toBeNull();
  });
});
