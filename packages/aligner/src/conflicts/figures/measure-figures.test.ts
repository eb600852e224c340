import { describe, expect, it } from "vitest";
import { measuredUnit as counted } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import {
  measureConflictTexts as conflictsOf,
  FIGURE_CONTEXT,
} from "../../../test/support/figure-conflicts.ts";
import { figureConflicts } from "../detect-conflicts.ts";
import { measureFigureConflicts } from "./measure-figures.ts";

describe("figures counting one thing in the same words, grouped apart", () => {
  it("disagree when told with the same verb", () => {
    const a = counted(
      0,
      "The ferry sank after 40 seconds of the storm surge.",
      "40",
      40,
      "seconds",
    );
    const b = counted(1, "Rescuers said the ferry sank after 80 seconds.", "80", 80, "seconds");
    expect(conflictsOf([a, b])).toEqual([["40", "80"]]);
  });

  it("do not when told with verbs of two happenings, or outside the lead", () => {
    const shot = counted(0, "The guard shot three visitors at the depot.", "three", 3, "visitors");
    const dead = counted(1, "The guard killed two visitors at the depot.", "two", 2, "visitors");
    expect(conflictsOf([shot, dead])).toEqual([]);
    const late = counted(1, "The guard shot two visitors at the depot.", "two", 2, "visitors");
    late.position = 9;
    expect(conflictsOf([shot, late])).toEqual([]);
  });

  it("do not when alignment already compares the two statements", () => {
    const a = counted(0, "The guard shot three visitors at the depot.", "three", 3, "visitors");
    const b = counted(1, "The guard shot two visitors at the depot.", "two", 2, "visitors");
    const found = measureFigureConflicts(
      [a, b],
      () => true,
      [],
      (pair) => figureConflicts(pair, FIGURE_CONTEXT),
    );
    expect(found).toEqual([]);
  });
});
