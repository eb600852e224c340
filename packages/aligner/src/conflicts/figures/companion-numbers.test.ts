import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { companionNumberShared } from "./companion-numbers.ts";

const context: ConflictContext = {
  similarity: () => 0.2,
  entityName: (id) => id,
  isPerson: () => true,
};

/** A statement past its article's lead naming `entities`, its figure the first `figureText`. */
function unit(index: number, text: string, figureText: string, entities: string[]): AlignUnit {
  const articleId = articleIdOf(index);
  const at = index * 1000 + text.indexOf(figureText);
  const value = Number(figureText.replace(/,/g, ""));
  return makeUnit(index, index, text, {
    position: 9,
    entities: new Set(entities),
    figures: [
      {
        id: `f${index}`,
        span: { articleId, start: at, end: at + figureText.length },
        text: figureText,
        kind: "count",
        value,
        upperValue: null,
        unit: "delegate",
        measure: "delegates",
      },
    ],
  });
}

function shared(a: AlignUnit, b: AlignUnit): boolean {
  return companionNumberShared(a, a.figures[0] as Figure, b, b.figures[0] as Figure, context);
}

describe("one tally told twice, one side alike and the other not", () => {
  const backed = unit(
    0,
    "Vint is backed by 1,040 delegates compared with 39 who back Lund.",
    "1,040",
    ["Vint", "Lund"],
  );

  it("ties two statements giving one same other number and naming one person", () => {
    const told = unit(1, "So far 520 delegates back Vint, 39 back Lund.", "520", ["Vint", "Lund"]);
    expect(shared(backed, told)).toBe(true);
  });

  it("leaves statements whose other numbers differ, are years, or name no one in common", () => {
    expect(
      shared(backed, unit(1, "So far 520 delegates back Vint, 41 back Lund.", "520", ["Vint"])),
    ).toBe(false);
    const inYear = (i: number, n: string) =>
      unit(i, `In 2012 Vint won ${n} delegates in Orvale.`, n, ["Vint"]);
    expect(shared(inYear(0, "1,040"), inYear(1, "520"))).toBe(false);
    expect(
      shared(backed, unit(1, "So far 520 delegates back Roe, 39 back Ivo.", "520", ["Roe"])),
    ).toBe(false);
  });
});
