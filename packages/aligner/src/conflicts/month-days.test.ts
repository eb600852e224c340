import { describe, expect, it } from "vitest";
import { withDays } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { dateConflicts } from "./date-conflicts.ts";
import { dayOf } from "./day-values.ts";
import type { ConflictContext } from "./guards.ts";
import { monthDayWritten } from "./month-days.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("a day restated by its calendar date", () => {
  it("reads 'Saturday, 8 October 2011' as one day, valued as the calendar date says", () => {
    const unit = withDays(
      0,
      0,
      "The Harbour Council closed the pier on Saturday, 8 October 2011, after a storm.",
      [
        // The weekday read from a later publication day: the calendar date is the day meant.
        ["Saturday", "2011-10-15"],
        ["8 October 2011", "2011-10-08"],
      ],
      { position: 0 },
    );
    expect(dayOf(unit)).toMatchObject({ text: "Saturday, 8 October 2011", value: "2011-10-08" });
    const bracketed = withDays(
      1,
      1,
      "Ivo Vint reopened the pier today (17 October 2011) after repairs.",
      [
        ["today", "2011-10-17"],
        ["17 October 2011", "2011-10-17"],
      ],
      { position: 0 },
    );
    expect(dayOf(bracketed)?.text).toBe("today (17 October 2011)");
    // Two days of two clauses stay two: no day is read for the statement.
    const two = withDays(
      2,
      2,
      "The pier closed on Saturday and reopened on 17 October 2011.",
      [
        ["Saturday", "2011-10-08"],
        ["17 October 2011", "2011-10-17"],
      ],
      { position: 0 },
    );
    expect(dayOf(two)).toBeNull();
  });

  it("sets it against another outlet's calendar day, and lists the outlet giving its weekday", () => {
    const restated = withDays(
      0,
      0,
      "The Harbour Council closed the pier on Saturday 8 October 2011.",
      [
        ["Saturday", "2011-10-08"],
        ["8 October 2011", "2011-10-08"],
      ],
      { position: 0 },
    );
    const other = withDays(
      1,
      1,
      "The Harbour Council closed the pier on 11 October 2011.",
      [["11 October 2011", "2011-10-11"]],
      { position: 0 },
    );
    const weekday = withDays(
      2,
      2,
      "The Harbour Council closed the pier on Saturday.",
      [["Saturday", "2011-10-08"]],
      { position: 0 },
    );
    expect(
      dateConflicts([restated, other, weekday], alike).map((c) => c.values.map((v) => v.text)),
    ).toEqual([["Saturday 8 October 2011", "11 October 2011", "Saturday"]]);
  });

  it("reads the month and day a calendar date writes, either way round", () => {
    const written = (text: string) =>
      monthDayWritten({
        id: "d",
        text,
        span: { articleId: "a", start: 0, end: text.length },
        value: null,
        endValue: null,
        precision: "day",
        status: "unresolved",
      });
    expect(written("Dec. 6")).toBe("12-06");
    expect(written("6th December 2008")).toBe("12-06");
    expect(written("Friday")).toBeNull();
  });
});
