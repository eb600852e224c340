import { describe, expect, it } from "vitest";
import { ageFigure, makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { ageHolder } from "./age-holders.ts";

/** The holder of the first age ("<n>-year-old") in an invented statement. */
function holderIn(text: string): string | null {
  const age = ageFigure(0, text, 0);
  return ageHolder(makeUnit(0, 0, text, { figures: [age] }), age);
}

describe("ageHolder", () => {
  it("reads the name beside the age, before or after it", () => {
    expect(holderIn("Police questioned 40-year-old Ivo Brandt on Monday.")).toBe("Ivo Brandt");
    expect(holderIn("Ivo Brandt, 40-year-old, was questioned.")).toBe("Ivo Brandt");
    expect(holderIn("Police questioned a 40-year-old Riverton man.")).toBeNull();
  });

  it("reads a name set off by commas after a description of the aged person", () => {
    expect(
      holderIn(
        "The trial of the 17-year-old accused of starting the mill fire, Dora Pell, opened.",
      ),
    ).toBe("Dora Pell");
    expect(holderIn("They met the 30-year-old owner of the bakery, Ivo Brandt.")).toBe(
      "Ivo Brandt",
    );
  });

  it("leaves a name after a clause of its own or before more words", () => {
    expect(holderIn("The 17-year-old was charged on Friday, Dora Pell said.")).toBeNull();
    expect(holderIn("The 17-year-old was charged, Dora Pell said.")).toBeNull();
    expect(holderIn("The 17-year-old fled the scene, Dora Pell told reporters.")).toBeNull();
  });
});
