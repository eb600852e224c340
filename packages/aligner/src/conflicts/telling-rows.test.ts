import type { Conflict } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { makeUnit, unresolvedWeekdays } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import type { ConflictContext } from "./guards.ts";
import { completeRows } from "./row-completion.ts";

/** A unit naming the weekdays of its text and the given story entities. */
function unit(index: number, text: string, entities: string[]): AlignUnit {
  const base = makeUnit(index, index, text, { entities: new Set(entities) });
  return { ...base, weekdays: unresolvedWeekdays(base) };
}

const context: ConflictContext = { similarity: () => 0.5, entityName: (id) => id };

function row(a: AlignUnit, b: AlignUnit): Conflict {
  const value = (u: AlignUnit) => {
    const d = u.weekdays[0];
    if (!d) throw new Error("no day");
    return { articleId: u.articleId, text: d.text, span: d.span };
  };
  return { kind: "date", subject: "date of the event", values: [value(a), value(b)], evidence: [] };
}

describe("a row of days of telling", () => {
  // Invented: two outlets date the lawyer's report of a check-in on two days.
  const saidThursday = unit(
    0,
    "Ada Lund's lawyer said Thursday the singer checked into a clinic.",
    ["Ada Lund"],
  );
  const saidSaturday = unit(
    1,
    "Ada Lund's lawyer said Saturday the singer checked into a clinic.",
    ["Ada Lund"],
  );
  const checkedIn = unit(2, "Ada Lund checked into the harbour clinic on Thursday night.", [
    "Ada Lund",
  ]);
  const left = unit(3, "Ada Lund left the harbour clinic on Thursday night.", ["Ada Lund"]);

  it("takes an outlet dating the happening told, in the very same verb, on one of its days", () => {
    const found = row(saidSaturday, saidThursday);
    completeRows([saidThursday, saidSaturday, checkedIn], [found], context);
    expect(found.values.map((v) => v.articleId)).toEqual([
      saidSaturday.articleId,
      saidThursday.articleId,
      checkedIn.articleId,
    ]);
  });

  it("leaves out an outlet dating another happening on that day", () => {
    const found = row(saidSaturday, saidThursday);
    completeRows([saidThursday, saidSaturday, left], [found], context);
    expect(found.values).toHaveLength(2);
  });
});
