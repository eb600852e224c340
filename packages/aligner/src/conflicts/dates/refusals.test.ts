import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import type { ConflictRefusal } from "../refusals.ts";
import { dateConflicts } from "./conflicts.ts";

/** A statement of its own article with its days placed where their text stands. */
function dated(index: number, text: string, days: [string, string][]) {
  return withDays(index, index, text, days, { position: 0 });
}

/** The date check run with a sink: its conflicts and the guards the sink heard. */
function heard(units: Parameters<typeof dateConflicts>[0]) {
  const refusals: ConflictRefusal[] = [];
  const context: ConflictContext = {
    similarity: () => 0.9,
    entityName: (id) => id,
    refused: (r) => refusals.push(r),
  };
  const conflicts = dateConflicts(units, context);
  return { conflicts, guards: refusals.map((r) => r.guard), refusals };
}

describe("dateConflicts refusals", () => {
  it("names the guard that refused a pair: one outlet names the other's day too", () => {
    const first = dated(0, "The ferry sank off the northern cape on Saturday.", [
      ["Saturday", "2025-06-07"],
    ]);
    const second = dated(
      1,
      "The ferry, due in port on Saturday, sank off the northern cape on Monday.",
      [["Monday", "2025-06-09"]],
    );
    const { conflicts, guards, refusals } = heard([first, second]);
    expect(conflicts).toEqual([]);
    expect(guards).toEqual(["date:namesTheOtherDay"]);
    expect(refusals[0]?.a).toEqual({ articleId: first.articleId, span: first.span });
    expect(refusals[0]?.b).toEqual({ articleId: second.articleId, span: second.span });
  });

  it("names no refusing guard for a pair it reports, and the same conflict as without a sink", () => {
    const first = dated(0, "The ferry sank off the northern cape on Saturday.", [
      ["Saturday", "2025-06-07"],
    ]);
    const second = dated(1, "The ferry sank off the northern cape on Monday.", [
      ["Monday", "2025-06-09"],
    ]);
    const { conflicts, guards } = heard([first, second]);
    expect(guards).toEqual(["date:found"]);
    expect(conflicts).toEqual(
      dateConflicts([first, second], { similarity: () => 0.9, entityName: (id) => id }),
    );
    expect(conflicts).toHaveLength(1);
  });

  it("tells two statements giving one day as never compared: no day of the group disagrees", () => {
    const first = dated(0, "The ferry sank off the northern cape on Saturday.", [
      ["Saturday", "2025-06-07"],
    ]);
    const second = dated(1, "The ferry went down off the cape on Saturday.", [
      ["Saturday", "2025-06-07"],
    ]);
    expect(heard([first, second]).guards).toEqual(["date:represented"]);
  });

  it("tells the pairs after the first disagreement as never compared: one row per group", () => {
    const first = dated(0, "The ferry sank off the northern cape on Saturday.", [
      ["Saturday", "2025-06-07"],
    ]);
    const second = dated(1, "The ferry sank off the northern cape on Monday.", [
      ["Monday", "2025-06-09"],
    ]);
    const third = dated(2, "The ferry sank off the northern cape on Sunday.", [
      ["Sunday", "2025-06-08"],
    ]);
    const { conflicts, guards } = heard([first, second, third]);
    expect(conflicts).toHaveLength(1);
    expect(guards).toEqual(["date:found", "date:afterFirstRow", "date:afterFirstRow"]);
  });

  it("tells a statement giving two days as never read against another outlet's day", () => {
    const first = dated(0, "The ferry sank off the northern cape on Saturday.", [
      ["Saturday", "2025-06-07"],
    ]);
    const both = dated(1, "The ferry sank on Monday and was raised on Thursday.", [
      ["Monday", "2025-06-09"],
      ["Thursday", "2025-06-12"],
    ]);
    const { conflicts, guards } = heard([first, both]);
    expect(conflicts).toEqual([]);
    expect(guards).toEqual(["date:oneDayEach", "date:oneDayEach"]);
  });
});
