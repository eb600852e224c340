import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { happeningDateConflicts } from "./event-dates.ts";

/** A statement of one article naming the keeper, with its days placed where their text stands. */
function told(index: number, text: string, days: [string, string][]): AlignUnit {
  return withDays(index, index, text, days, { entities: new Set(["keeper"]) });
}

/** The guards a sink hears for one happening told by the given statements, and the rows found. */
function heard(told: AlignUnit[], action: string) {
  const units: AlignUnit[] = [];
  for (const unit of told) units[unit.index] = unit;
  const guards: string[] = [];
  const context: ConflictContext = {
    similarity: () => 0.1,
    entityName: (id) => id,
    // A pair the check never compared is told as unmet (refusals.ts).
    refused: (r) => guards.push(r.unmet ? `${r.guard} (unmet)` : r.guard),
  };
  const happening = { action, units: told.map((u) => u.index) };
  const rows = happeningDateConflicts(units, [happening], context, []);
  return { rows: rows.length, guards };
}

describe("happeningDateConflicts refusals", () => {
  const thursday = told(0, "The lighthouse keeper died on Thursday in a harbour clinic.", [
    ["Thursday", "2025-03-13"],
  ]);

  it("tells a pair it sets against each other as found", () => {
    const saturday = told(1, "The old keeper of the lighthouse died Saturday, aged 90.", [
      ["Saturday", "2025-03-15"],
    ]);
    expect(heard([thursday, saturday], "die")).toEqual({ rows: 1, guards: ["date:event.found"] });
  });

  it("names a day another verb dates: it never meets the other day as a pair", () => {
    const buried = told(1, "The keeper, who died last week, was buried on Saturday.", [
      ["Saturday", "2025-03-15"],
    ]);
    expect(heard([thursday, buried], "die")).toEqual({
      rows: 0,
      guards: ["date:event.anotherVerb (unmet)"],
    });
  });
});
