import { describe, expect, it } from "vitest";
import {
  weekdayRow as row,
  weekdayUnit as unit,
} from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { daysOf } from "./day-values.ts";
import { completeRows } from "./row-completion.ts";
import { reportHappenings } from "./told-report.ts";

// Statements worded apart: no alignment vouches for a completion, only what the reports tell.
const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

// Invented: outlets tell one report (a keeper's death after his arrest), each dating the telling.
const friday = unit(
  0,
  "The harbour keeper Ivo Rask hanged himself in his cell, hours after he was arrested in a raid, police said Friday.",
  ["Ivo Rask"],
);
const wednesday = unit(
  1,
  "Ivo Rask, a harbour keeper who was caught on tape, hanged himself in his cell hours after he was arrested, police said Wednesday.",
  ["Ivo Rask"],
);
const otherOrder = unit(
  2,
  "Ivo Rask, arrested in a dawn raid, has hanged himself in his prison cell, police sources said Wednesday.",
  ["Ivo Rask"],
);
const otherReport = unit(
  3,
  "Ivo Rask was charged with smuggling at a court hearing, police said Wednesday.",
  ["Ivo Rask"],
);

describe("the happenings a report dated by its telling tells", () => {
  it("reads every verb before the telling clause, not only the last", () => {
    const day = daysOf(friday)[0];
    expect(day).toBeDefined();
    const told = reportHappenings(friday, day as NonNullable<typeof day>);
    expect(told.has("die")).toBe(true);
    expect(told.has("arrest")).toBe(true);
  });

  it("leaves out a verb that only describes a noun", () => {
    const day = daysOf(wednesday)[0];
    const told = reportHappenings(wednesday, day as NonNullable<typeof day>);
    expect(told.has("catch")).toBe(false);
    expect(told.has("die")).toBe(true);
  });
});

describe("a row of days of telling, completed by what the reports tell", () => {
  it("takes an outlet telling the report in another order on one of the row's days", () => {
    const found = row(friday, wednesday);
    completeRows([friday, wednesday, otherOrder], [found], context);
    expect(found.values.map((v) => v.articleId)).toEqual([
      friday.articleId,
      wednesday.articleId,
      otherOrder.articleId,
    ]);
  });

  it("leaves out an outlet whose report on that day tells another happening", () => {
    const found = row(friday, wednesday);
    completeRows([friday, wednesday, otherReport], [found], context);
    expect(found.values).toHaveLength(2);
  });
});
