import { describe, expect, it } from "vitest";
import { mergeOverlapping } from "./merge-overlapping.ts";
import type { EventCluster } from "./story-events.ts";

const event = (action: string, units: number[], main = false): EventCluster => ({
  action,
  main,
  units,
  participants: [`E-${action}`],
});

describe("mergeOverlapping", () => {
  it("joins an event whose statements the other holds nearly all", () => {
    const merged = mergeOverlapping([
      event("enter", [0, 2, 4, 6, 8]),
      event("treat", [2, 4, 6, 8, 9]),
    ]);
    expect(merged.map((e) => `${e.action}:${e.units.join(",")}`)).toEqual(["enter:0,2,4,6,8,9"]);
    expect(merged[0]?.participants).toEqual(["E-enter", "E-treat"]);
  });

  it("keeps events sharing a statement or two of many apart", () => {
    const merged = mergeOverlapping([event("arrest", [0, 1, 2, 3]), event("charge", [3, 4, 5, 6])]);
    expect(merged).toHaveLength(2);
  });

  it("joins two main happenings of a thread sharing half their statements, not two verb events", () => {
    const main = mergeOverlapping([
      event("enter", [0, 1, 2, 3, 4, 5], true),
      event("clinic", [3, 4, 5, 6, 7, 8], true),
    ]);
    expect(main.map((e) => `${e.action}:${e.units.join(",")}`)).toEqual([
      "enter:0,1,2,3,4,5,6,7,8",
    ]);
    const verbs = mergeOverlapping([
      event("enter", [0, 1, 2, 3, 4, 5]),
      event("clinic", [3, 4, 5, 6, 7, 8]),
    ]);
    expect(verbs).toHaveLength(2);
  });
});
