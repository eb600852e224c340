import { describe, expect, it } from "vitest";
import {
  weekdayRow as row,
  weekdayUnit as unit,
} from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { completeRows } from "./row-completion.ts";

const context: ConflictContext = { similarity: () => 0.5, entityName: (id) => id };

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
