import { describe, expect, it } from "vitest";
import { ageFigure, makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { agesByPartOfName } from "./rows.ts";

/** An invented statement with its first age ("<n>-year-old" or "<Name>, <n>,") as a figure. */
function aged(index: number, text: string): AlignUnit {
  return makeUnit(index, index, text, { figures: [ageFigure(index, text, index * 1000)] });
}

describe("agesByPartOfName", () => {
  it("finds the ages given to a person by a part of the name", () => {
    const units = [
      aged(0, "Lund, 16, was shot near the Harbour pier on Friday."),
      aged(1, "Witnesses saw 16-year-old Ada (Addie) Lund run from the pier."),
      aged(2, "Vint, 16, was not hurt."),
      aged(3, "Lund, 40, spoke to the crowd."),
    ];
    const found = agesByPartOfName(units, "Ada Lund", new Set([16, 32]));
    expect(found.map((f) => f.unit.index)).toEqual([0, 1]);
  });
});
