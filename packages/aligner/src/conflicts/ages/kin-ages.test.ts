import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { ageFigure, makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { agesOfRelatives } from "./kin-ages.ts";

/** An invented statement with its first age ("<n>-year-old" or "<name>, <n>,") as a figure. */
function aged(index: number, text: string): { unit: AlignUnit; age: Figure } {
  const age = ageFigure(index, text, 0);
  return { unit: makeUnit(0, index, text, { figures: [age] }), age };
}

function relatives(first: string, second: string): boolean {
  const a = aged(0, first);
  const b = aged(1, second);
  return agesOfRelatives(a.unit, a.age, b.unit, b.age);
}

describe("agesOfRelatives", () => {
  it("parts a relative's age from the age of the person who names that relative", () => {
    expect(
      relatives(
        "Cameras caught the moment a woman was shot while collecting her 9-year-old son outside a school.",
        "The video shows 41-year-old Ada Lund collecting her son from the school gate.",
      ),
    ).toBe(true);
  });

  it("keeps two ages of one described person comparable", () => {
    expect(
      relatives(
        "Police said her 9-year-old son was hurt in the crash.",
        "Police said her 10-year-old son was hurt in the crash.",
      ),
    ).toBe(false);
    expect(
      relatives(
        "A 16-year-old boy was stabbed near the Harbour pier.",
        "Ivo Vint, 17, was stabbed near the pier and the boy died later.",
      ),
    ).toBe(false);
  });
});
