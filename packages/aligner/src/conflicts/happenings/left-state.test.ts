import { describe, expect, it } from "vitest";
import { measuredUnit as counted } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { measureConflictTexts as conflictsOf } from "../../../test/support/figure-conflicts.ts";

describe("a count left in a state by a happening ('left four people dead')", () => {
  it("counts those who died, against a count told with 'died'", () => {
    const died = counted(0, "Eight Austrians died in the Velden blast.", "Eight", 8, "Austrians");
    const left = counted(
      1,
      "The Velden blast left four Austrians dead on Friday.",
      "four",
      4,
      "Austrians",
    );
    expect(conflictsOf([died, left])).toEqual([["Eight", "four"]]);
  });

  it("counts the hurt as injured, never the dead", () => {
    const hurt = counted(
      0,
      "The storm injured 12 workers at the Orvale depot.",
      "12",
      12,
      "workers",
    );
    const left = counted(
      1,
      "The storm left 15 workers injured at the Orvale depot.",
      "15",
      15,
      "workers",
    );
    expect(conflictsOf([hurt, left])).toEqual([["12", "15"]]);
    const dead = counted(
      1,
      "The storm left 15 workers dead at the Orvale depot.",
      "15",
      15,
      "workers",
    );
    expect(conflictsOf([hurt, dead])).toEqual([]);
  });

  it("is no death when the left are not said to be dead ('left four workers behind')", () => {
    const died = counted(0, "Eight workers died at the Orvale depot.", "Eight", 8, "workers");
    const behind = counted(
      1,
      "The crew left four workers behind at the Orvale depot.",
      "four",
      4,
      "workers",
    );
    expect(conflictsOf([died, behind])).toEqual([]);
  });
});
