import { describe, expect, it } from "vitest";
import { happeningRows, toldNaming } from "../../../test/fixtures/alignment-gold/happening-rows.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";

const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

const told = toldNaming(["Harbour Party"]);

const rows = (units: AlignUnit[], action: string) => happeningRows(units, action, context);

describe("a statement listing a series of dated happenings", () => {
  const series = told(
    0,
    0,
    "The Harbour Party holds its first meetings on March 4 and then on March 11.",
    [
      ["March 4", "2025-03-04"],
      ["March 11", "2025-03-11"],
    ],
  );

  it("dates each member, not the happening another outlet dates on a third day", () => {
    const saturday = told(1, 1, "The Harbour Party holds its meeting on Saturday.", [
      ["Saturday", "2025-03-08"],
    ]);
    expect(rows([series, saturday], "hold")).toEqual([]);
  });

  it("reads a weekday restated by its calendar date as one day, not a series", () => {
    const restated = told(3, 2, "The Harbour Party held its meeting on Friday, 7 March 2025.", [
      ["Friday", "2025-03-07"],
      ["7 March 2025", "2025-03-07"],
    ]);
    const wrong = told(4, 2, "The Harbour Party held its meeting on Monday, 7 March 2025.", [
      ["Monday", "2025-03-10"],
      ["7 March 2025", "2025-03-07"],
    ]);
    const saturday = told(1, 1, "The Harbour Party held its meeting on Saturday.", [
      ["Saturday", "2025-03-08"],
    ]);
    // The row shows the day as written whole, weekday and date (restated-days.ts).
    expect(rows([restated, saturday], "hold").map((row) => row.slice(0, 2))).toEqual([
      ["c:Friday, 7 March 2025", "b:Saturday"],
    ]);
    expect(rows([wrong, saturday], "hold")).not.toEqual([]);
  });

  it("still sets one outlet's single day against another's", () => {
    const friday = told(2, 2, "The Harbour Party holds its meeting on Friday.", [
      ["Friday", "2025-03-07"],
    ]);
    const saturday = told(1, 1, "The Harbour Party holds its meeting on Saturday.", [
      ["Saturday", "2025-03-08"],
    ]);
    expect(rows([friday, saturday], "hold")).toEqual([["c:Friday", "b:Saturday"]]);
  });
});
