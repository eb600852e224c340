import { describe, expect, it } from "vitest";
import { ageFigure, makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { ageHolder, differentDescribed } from "./holders.ts";

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

/** Whether the first ages of two invented statements describe two different nouns. */
function twoPeople(first: string, second: string): boolean {
  const fa = ageFigure(0, first, 0);
  const fb = ageFigure(1, second, 1000);
  return differentDescribed(
    makeUnit(0, 0, first, { figures: [fa] }),
    fa,
    makeUnit(1, 1, second, { figures: [fb] }),
    fb,
  );
}

describe("differentDescribed", () => {
  it("tells two people by the nouns their ages describe", () => {
    expect(
      twoPeople("The 72-year-old climber fell 200 metres.", "His 40-year-old guide fell."),
    ).toBe(true);
    expect(twoPeople("A 72-year-old woman was hurt.", "A 40-year-old officer was hurt.")).toBe(
      true,
    );
  });

  it("keeps one noun, with its modifiers or a place before it, as one person", () => {
    expect(
      twoPeople("The 72-year-old retired climber fell.", "The 64-year-old climber fell."),
    ).toBe(false);
    expect(twoPeople("A 72-year-old Tessel man fell.", "A 64-year-old man fell.")).toBe(false);
    expect(twoPeople("Two 72-year-old climbers fell.", "A 64-year-old climber fell.")).toBe(false);
  });

  it("says nothing when one age describes no noun", () => {
    expect(twoPeople("The 72-year-old fell 200 metres.", "His 40-year-old guide fell.")).toBe(
      false,
    );
  });
});
