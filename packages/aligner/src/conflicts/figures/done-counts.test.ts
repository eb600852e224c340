import { describe, expect, it } from "vitest";
import { countedUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { figureConflicts } from "../detect-conflicts.ts";
import type { ConflictContext } from "../guards.ts";
import { countsTheDone } from "./done-counts.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("a count told by the participle of the happening alone", () => {
  it("counts those the happening befell when the other figure is said with that verb", () => {
    const done = countedUnit(
      2,
      "Ten people were killed in the Ostra flood.",
      "Ten",
      10,
      "killed",
      "people",
    );
    const figure = done.figures[0] as (typeof done.figures)[number];
    expect(countsTheDone(figure, ["kill", null])).toBe(true);
    expect(countsTheDone(figure, ["injure", null])).toBe(false);
  });

  it("stands in the row of a disagreement over how many a happening killed", () => {
    const a = countedUnit(
      0,
      "The Ostra flood hit the valley, killing at least 10 people.",
      "10",
      10,
      "people",
      "people",
    );
    const b = countedUnit(
      1,
      "The Ostra flood hit the valley, killing at least 20 people.",
      "20",
      20,
      "people",
      "people",
    );
    const done = countedUnit(
      2,
      "Ten people were killed in the Ostra flood.",
      "Ten",
      10,
      "killed",
      "people",
    );
    const rescued = countedUnit(
      3,
      "Ten people were rescued from the Ostra flood.",
      "Ten",
      10,
      "rescued",
      "people",
    );
    const conflicts = figureConflicts([a, b, done, rescued], alike);
    expect(conflicts.map((c) => c.values.map((v) => v.text))).toEqual([["10", "20", "Ten"]]);
  });
});
