import { describe, expect, it } from "vitest";
import { happeningRows, toldNaming } from "../../../test/fixtures/alignment-gold/happening-rows.ts";
import type { ConflictContext } from "../guards.ts";

// Invented: one meeting of two people, said to come in one outlet and told as held in another.
const PEOPLE = new Set(["Ada Lund", "Ivo Vint", "Eva Roe"]);
const context: ConflictContext = {
  similarity: () => 0.1,
  entityName: (id) => id,
  isPerson: (id) => PEOPLE.has(id),
};
const both = toldNaming(["Ada Lund", "Ivo Vint"]);

const PLANNED =
  "Ada Lund's office announced Friday that Lund will meet with Ivo Vint on Saturday at the harbour.";
const HELD =
  "Ivo Vint and Ada Lund pledged to work together after they met Thursday at the harbour.";

describe("a meeting said to come against one told as held", () => {
  it("sets the planned day against the day it was held, the same two people named", () => {
    const planned = both(0, 0, PLANNED, [
      ["Friday", "2025-03-14"],
      ["Saturday", "2025-03-15"],
    ]);
    const held = both(1, 1, HELD, [["Thursday", "2025-03-13"]]);
    expect(happeningRows([planned, held], "meet", context)).toEqual([["a:Saturday", "b:Thursday"]]);
  });

  it("leaves a meeting told as one of several, or of other people", () => {
    const again = both(0, 0, PLANNED.replace("will meet", "will meet again"), [
      ["Friday", "2025-03-14"],
      ["Saturday", "2025-03-15"],
    ]);
    const held = both(1, 1, HELD, [["Thursday", "2025-03-13"]]);
    expect(happeningRows([again, held], "meet", context)).toEqual([]);
    const third = toldNaming(["Ada Lund", "Ivo Vint", "Eva Roe"])(
      2,
      1,
      "Ivo Vint, Eva Roe and Ada Lund pledged to work together after they met Thursday at the harbour.",
      [["Thursday", "2025-03-13"]],
    );
    const planned = both(0, 0, PLANNED, [
      ["Friday", "2025-03-14"],
      ["Saturday", "2025-03-15"],
    ]);
    expect(happeningRows([planned, third], "meet", context)).toEqual([]);
  });

  it("leaves the tenses apart without a person reading (unit tests of one check)", () => {
    const planned = both(0, 0, PLANNED, [
      ["Friday", "2025-03-14"],
      ["Saturday", "2025-03-15"],
    ]);
    const held = both(1, 1, HELD, [["Thursday", "2025-03-13"]]);
    const bare = { similarity: () => 0.1, entityName: (id: string) => id };
    expect(happeningRows([planned, held], "meet", bare)).toEqual([]);
  });
});
