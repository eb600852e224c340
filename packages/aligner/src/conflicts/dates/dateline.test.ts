import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { dateConflicts } from "./conflicts.ts";
import { isDateline } from "./dateline.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("datelines are not dated happenings", () => {
  it("sets no two datelines of different days against each other", () => {
    const a = withDays(
      0,
      0,
      "October 2, 2013, 15:39 (GMT+05:00)",
      [["October 2, 2013", "2013-10-02"]],
      {
        position: 0,
      },
    );
    const b = withDays(
      1,
      1,
      "September 26, 2013, 10:00 (GMT+05:00)",
      [["September 26, 2013", "2013-09-26"]],
      {
        position: 0,
      },
    );
    expect(isDateline(a)).toBe(true);
    expect(dateConflicts([a, b], alike)).toEqual([]);
  });

  it("still sets two days of one happening against each other", () => {
    const a = withDays(
      0,
      0,
      "The Harbour Council reopened the bridge on October 2, 2013.",
      [["October 2, 2013", "2013-10-02"]],
      { position: 0 },
    );
    const b = withDays(
      1,
      1,
      "The Harbour Council reopened the bridge on September 26, 2013.",
      [["September 26, 2013", "2013-09-26"]],
      { position: 0 },
    );
    expect(isDateline(a)).toBe(false);
    expect(dateConflicts([a, b], alike).map((c) => c.values.map((v) => v.text))).toEqual([
      ["October 2, 2013", "September 26, 2013"],
    ]);
  });
});

describe("a dateline set with the horizontal bar", () => {
  it("is a dateline as with an em dash, and a happening after a bar is not", () => {
    const line = (dash: string) =>
      withDays(0, 0, `October 2, 2013 ${dash} 15:39 (GMT+05:00)`, [
        ["October 2, 2013", "2013-10-02"],
      ]);
    expect(isDateline(line("―"))).toBe(true);
    expect(isDateline(line("—"))).toBe(true);
    const told = withDays(0, 0, "October 2, 2013 ― The Harbour Council reopened the bridge.", [
      ["October 2, 2013", "2013-10-02"],
    ]);
    expect(isDateline(told)).toBe(false);
  });
});
