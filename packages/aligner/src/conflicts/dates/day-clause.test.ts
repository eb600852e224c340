import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { dayClauseLemmas } from "./day-clause.ts";

/** The words of the clause the statement's one day dates. */
function words(text: string, day: string): string[] {
  const unit = withDays(0, 0, text, [[day, "2025-06-14"]]);
  return [...dayClauseLemmas(unit, unit.dates[0] as never)];
}

describe("dayClauseLemmas", () => {
  it("reads the clause after a day that opens the sentence", () => {
    const opening = words(
      "Late on Saturday night, two men steered a van into the bakery window.",
      "Saturday",
    );
    expect(opening).toEqual(expect.arrayContaining(["steer", "bakery"]));
  });

  it("keeps to the day's own clause when the day stands later in the sentence", () => {
    const later = words(
      "The bakery, which opened last spring, was closed on Saturday, and two men steered a van into it.",
      "Saturday",
    );
    expect(later).not.toContain("steer");
  });
});
