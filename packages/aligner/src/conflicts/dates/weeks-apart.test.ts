import { describe, expect, it } from "vitest";
import { happeningRows, toldNaming } from "../../../test/fixtures/alignment-gold/happening-rows.ts";
import { unresolvedWeekdays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { dateConflicts } from "./conflicts.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };
const apart: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };
const told = toldNaming(["trust"]);
const text = (day: string) => `The Harbour Trust released a batch of its letters on ${day}.`;

describe("days a week or more apart are two happenings", () => {
  // Two outlets a month apart, each telling "its" release: two batches, not one disagreement.
  const march = told(0, 0, text("Friday"), [["Friday", "2026-03-06"]]);
  const april = told(1, 1, text("Monday"), [["Monday", "2026-04-06"]]);
  const sameWeek = told(1, 1, text("Monday"), [["Monday", "2026-03-09"]]);

  it("sets no days a month apart against each other, in a group or as one happening", () => {
    expect(dateConflicts([march, april], alike)).toEqual([]);
    expect(happeningRows([march, april], "announce", apart)).toEqual([]);
  });

  it("still sets two days of one week against each other", () => {
    expect(dateConflicts([march, sameWeek], alike).map((c) => c.values.map((v) => v.text))).toEqual(
      [["Friday", "Monday"]],
    );
    expect(happeningRows([march, sameWeek], "announce", apart)).toEqual([["a:Friday", "b:Monday"]]);
  });

  it("still sets weekdays no publication day resolves against each other", () => {
    const unresolved = (unit: AlignUnit) => ({ ...unit, weekdays: unresolvedWeekdays(unit) });
    const friday = unresolved(told(0, 0, text("Friday"), []));
    const monday = unresolved(told(1, 1, text("Monday"), []));
    expect(dateConflicts([friday, monday], alike)).toHaveLength(1);
  });
});
