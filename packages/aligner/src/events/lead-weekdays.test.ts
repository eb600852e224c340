import { describe, expect, it } from "vitest";
import { makeUnit, unresolvedWeekdays } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { leadWeekdayAgreement } from "./lead-weekdays.ts";

/** A unit naming the weekdays of its text. */
function unit(index: number, article: number, text: string) {
  const base = makeUnit(index, article, text);
  return { ...base, weekdays: unresolvedWeekdays(base) };
}

describe("leadWeekdayAgreement", () => {
  const units = [
    unit(0, 0, "A strong quake shook the island on Sunday."),
    unit(1, 0, "Ferries stopped for the day."),
    unit(2, 1, "An earthquake hit the island early Sunday, officials said."),
    unit(3, 2, "A quake struck the island on Tuesday."),
    unit(4, 3, "The island was shaken by a quake."),
    unit(5, 3, "Roads were closed."),
    unit(6, 3, "Officials counted damaged homes."),
    unit(7, 3, "A first tremor had been felt on Tuesday."),
  ];
  const agree = leadWeekdayAgreement(units);

  it("agrees when two leads name the same weekday", () => {
    expect(agree(0, 1)).toBe(1);
  });

  it("disagrees when two leads name different weekdays", () => {
    expect(agree(0, 2)).toBe(-1);
    expect(agree(1, 2)).toBe(-1);
  });

  it("says nothing when a lead names no weekday, whatever later statements name", () => {
    expect(agree(0, 3)).toBe(0);
    expect(agree(2, 3)).toBe(0);
  });
});
