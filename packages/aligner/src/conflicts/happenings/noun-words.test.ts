import { describe, expect, it } from "vitest";
import { countedUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { figureConflicts } from "../detect-conflicts.ts";
import type { ConflictContext } from "../guards.ts";
import { happeningWord } from "./noun-words.ts";

function magnitude(index: number, text: string, count: string, value: number) {
  return countedUnit(index, text, count, value, "magnitude", "magnitude");
}

describe("a row taking in an outlet that names the happening by another noun of its class", () => {
  const earthquake = magnitude(
    0,
    "A 5.9 magnitude earthquake shook the Vint islands, flattening seven villages.",
    "5.9",
    5.9,
  );
  const stronger = magnitude(
    1,
    "A 6.4 magnitude earthquake shook the Vint islands, flattening seven villages.",
    "6.4",
    6.4,
  );
  const quake = magnitude(2, "The 5.9 magnitude quake struck the harbour town.", "5.9", 5.9);
  const storm = magnitude(3, "The 5.9 magnitude reading alarmed the harbour town.", "5.9", 5.9);
  const context: ConflictContext = {
    similarity: () => 0.9,
    entityName: (id) => id,
    statingFigure: (key) => (key === "magnitude|5.9" ? [earthquake, quake, storm] : []),
  };

  it("reads a quake and an earthquake as one happening", () => {
    expect(happeningWord("quake")).toBe("earthquake");
    expect(happeningWord("harbour")).toBe("harbour");
  });

  it("names the outlet whose clause tells the quake, not one sharing no word of the happening", () => {
    const rows = figureConflicts([earthquake, stronger] as AlignUnit[], context);
    expect(rows.map((c) => c.values.map((v) => v.articleId))).toEqual([
      [earthquake.articleId, stronger.articleId, quake.articleId],
    ]);
  });
});
