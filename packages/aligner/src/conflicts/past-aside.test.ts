import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { clauseLemmasPastAside } from "./past-aside.ts";

/** The clause words of the figure `figure` in an invented statement. */
function wordsAround(text: string, figure: string, head: string): string[] {
  const at = text.indexOf(figure);
  return [...clauseLemmasPastAside(makeUnit(0, 0, text), at, at + figure.length, head)].sort();
}

describe("clauseLemmasPastAside", () => {
  it("reads what the counted things did after an aside between commas", () => {
    expect(
      wordsAround(
        "The six burglars, three of whom wore masks, emptied the safe.",
        "six",
        "burglar",
      ),
    ).toEqual(["burglar", "empty", "safe"]);
  });

  it("leaves a clause that tells something besides the counted noun", () => {
    expect(
      wordsAround("Six burglars fled, police said, and left the safe open.", "Six", "burglar"),
    ).toEqual(["burglar", "flee"]);
  });
});
