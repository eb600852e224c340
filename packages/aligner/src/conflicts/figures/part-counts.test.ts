import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { givesAsPart } from "./part-counts.ts";

describe("givesAsPart", () => {
  it("reads a number before 'of them' or 'of whom' as a part the statement gives", () => {
    const shot = makeUnit(0, 0, "The gunman shot three guards at the depot, killing two of them.");
    expect(givesAsPart(shot, 2)).toBe(true);
    expect(givesAsPart(shot, 3)).toBe(false);
    const robbers = makeUnit(1, 1, "Four robbers, 2 of whom wore masks, raided the Vint bakery.");
    expect(givesAsPart(robbers, 2)).toBe(true);
  });

  it("does not read a part of a named whole", () => {
    const unit = makeUnit(0, 0, "Two of the guards were hurt when the Harbour depot burned.");
    expect(givesAsPart(unit, 2)).toBe(false);
  });
});
