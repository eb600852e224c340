import { describe, expect, it } from "vitest";
import { unresolvedWeekdays, withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { dateConflicts } from "./conflicts.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

/** A statement of its own article with its days placed where their text stands. */
function dated(index: number, text: string, days: [string, string][]) {
  return withDays(index, index, text, days, { position: 0 });
}

describe("dateConflicts and days in parentheses", () => {
  it("reads a day in parentheses as a restatement in another time zone, not the day told", () => {
    const local = dated(0, "The old lighthouse keeper died in a harbour hospital on Thursday.", [
      ["Thursday", "2025-03-13"],
    ]);
    const zone = dated(
      1,
      "The old lighthouse keeper died in a harbour hospital at 18:41 this evening (02:41 GMT Friday).",
      [["Friday", "2025-03-14"]],
    );
    expect(dateConflicts([local, zone], alike)).toEqual([]);
    const other = dated(2, "The old lighthouse keeper died in a harbour hospital on Friday.", [
      ["Friday", "2025-03-14"],
    ]);
    expect(dateConflicts([local, other], alike).map((c) => c.values.map((v) => v.text))).toEqual([
      ["Thursday", "Friday"],
    ]);
  });
});

describe("dateConflicts rows", () => {
  it("lists every outlet naming a disputed weekday, however each outlet's day resolves it", () => {
    const first = dated(0, "The ferry sank off the northern cape on Saturday.", [
      ["Saturday", "2025-06-07"],
    ]);
    const second = dated(1, "The ferry sank off the northern cape on Monday.", [
      ["Monday", "2025-06-09"],
    ]);
    // Published a week later: its "Saturday" resolves to another calendar day, yet says Saturday.
    const third = dated(2, "The ferry sank off the northern cape on Saturday night.", [
      ["Saturday night", "2025-06-14"],
    ]);
    expect(
      dateConflicts([first, second, third], alike).map((c) => c.values.map((v) => v.text)),
    ).toEqual([["Saturday", "Monday", "Saturday night"]]);
  });
});

describe("dateConflicts rows of weekdays no publication day resolves", () => {
  /** A statement of an article with no publication day: its weekday is named, not resolved. */
  const undated = (index: number, text: string) => {
    const unit = dated(index, text, []);
    return { ...unit, weekdays: unresolvedWeekdays(unit) };
  };

  it("adds a calendar date on the side whose weekday another outlet resolves to that day", () => {
    const first = undated(0, "The ferry sank off the northern cape on Saturday.");
    const second = undated(1, "The ferry sank off the northern cape on Monday.");
    const calendar = dated(2, "The ferry sank off the northern cape on June 7.", [
      ["June 7", "2025-06-07"],
    ]);
    const resolved = dated(3, "The ferry sank off the northern cape on Saturday night.", [
      ["Saturday night", "2025-06-07"],
    ]);
    const rows = (units: ReturnType<typeof dated>[]) =>
      dateConflicts(units, alike).map((c) => c.values.map((v) => v.text));
    expect(rows([first, second, calendar, resolved])).toEqual([
      ["Saturday", "Monday", "June 7", "Saturday night"],
    ]);
    // Nobody resolves either weekday: the calendar date is on no side.
    expect(rows([first, second, calendar])).toEqual([["Saturday", "Monday"]]);
  });
});
