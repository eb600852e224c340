import { describe, expect, it } from "vitest";
import { withDays } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { happeningDateConflicts } from "./event-dates.ts";
import type { ConflictContext } from "./guards.ts";

const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

/** A statement of one article naming the Harbour Party, its days placed where their text stands. */
function told(index: number, article: number, text: string, days: [string, string][]): AlignUnit {
  return withDays(index, article, text, days, { entities: new Set(["Harbour Party"]) });
}

/** The rows found for one happening told by the given statements. */
function rows(units: AlignUnit[], action: string): string[][] {
  const all: AlignUnit[] = [];
  for (const unit of units) all[unit.index] = unit;
  const happening = { action, units: units.map((u) => u.index) };
  return happeningDateConflicts(all, [happening], context, []).map((r) =>
    r.conflict.values.map((v) => `${v.articleId[0]}:${v.text}`),
  );
}

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
    expect(rows([restated, saturday], "hold").map((row) => row.slice(0, 2))).toEqual([
      ["c:Friday", "b:Saturday"],
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
