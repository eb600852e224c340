import { describe, expect, it } from "vitest";
import { countedUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { figureConflicts } from "./detect-conflicts.ts";
import { eventFigureConflicts } from "./event-figures.ts";
import type { ConflictContext } from "./guards.ts";

const context: ConflictContext = {
  similarity: () => 0.3,
  entityName: (id) => id,
  pairEvidence: () => [],
  sharedVerb: true,
};

/** A statement with one count, in the unit its measure's last word names. */
function counted(index: number, text: string, count: string, value: number, measure: string) {
  const unit = measure.split(" ").at(-1)?.replace(/s$/, "") ?? "";
  return countedUnit(index, text, count, value, measure, unit);
}

function conflictsOf(units: AlignUnit[]) {
  return eventFigureConflicts(
    units,
    [{ units: units.map((u) => u.index), main: false }],
    () => false,
    [],
    (pair) => figureConflicts(pair, context),
  );
}

describe("figures of one story event grouped apart", () => {
  it("disagree when both count the same thing with the same verb", () => {
    const a = counted(
      0,
      "Four masked raiders entered the bakery at dawn.",
      "Four",
      4,
      "masked raiders",
    );
    const b = counted(1, "Eight masked raiders entered the bakery.", "Eight", 8, "masked raiders");
    const found = conflictsOf([a, b]);
    expect(found.map((f) => f.conflict.values.map((v) => v.text))).toEqual([["Four", "Eight"]]);
  });

  it("do not when one counts the shot and the other the dead, or another measure", () => {
    const shot = counted(0, "The guard shot three visitors at the depot.", "three", 3, "visitors");
    const dead = counted(1, "The guard killed two visitors at the depot.", "two", 2, "visitors");
    expect(conflictsOf([shot, dead])).toEqual([]);
    const extra = counted(
      1,
      "The guard shot two young visitors at the depot.",
      "two",
      2,
      "young visitors",
    );
    expect(conflictsOf([shot, extra])).toEqual([]);
  });
});
