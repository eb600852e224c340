import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { happeningDateConflicts } from "./event-dates.ts";
import { namesAnotherThing } from "./named-days.ts";

const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

function told(index: number, article: number, text: string, days: [string, string][]): AlignUnit {
  return withDays(index, article, text, days, { entities: new Set(["lund"]) });
}

/** Whether the statement's one day names a thing, not the day of the happening (its lemma). */
function names(text: string, day: string, action: string): boolean {
  const unit = told(0, 0, text, [[day, "2025-03-04"]]);
  return namesAnotherThing(unit, unit.dates[0] as never, action);
}

describe("namesAnotherThing", () => {
  it("reads a day between a determiner and a noun as naming that noun's thing", () => {
    expect(
      names("Ada Lund defended her response to the March 4 floods.", "March 4", "defend"),
    ).toBe(true);
    expect(names("Ada Lund spoke angrily about the Friday raids.", "Friday", "speak")).toBe(true);
  });

  it("leaves the happening's own noun and a dated verb's direct object", () => {
    expect(names("Ada Lund was hurt in the March 4 floods.", "March 4", "flood")).toBe(false);
    // Winning the vote happens on the vote's day.
    expect(names("Ada Lund won the March 4 vote in Orvale.", "March 4", "win")).toBe(false);
    // Not a noun after the day: a plain date.
    expect(names("Ada Lund defended the plan on March 4 in Orvale.", "March 4", "defend")).toBe(
      false,
    );
  });

  it("keeps a day naming another thing out of the happening's days", () => {
    const named = told(
      0,
      0,
      "Ada Lund spent her speech defending her response to the March 4 floods.",
      [["March 4", "2025-03-04"]],
    );
    const saturday = told(1, 1, "Ada Lund defended herself on Saturday over the harbour plan.", [
      ["Saturday", "2025-03-15"],
    ]);
    const units = [named, saturday];
    const happening = { action: "defend", units: [0, 1] };
    expect(happeningDateConflicts(units, [happening], context, [])).toEqual([]);
  });
});
