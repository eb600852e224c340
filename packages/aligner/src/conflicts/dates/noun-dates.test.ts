import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { datesHappeningNoun } from "./noun-dates.ts";

/** Whether the statement's one day dates the happening (its verb lemma) through a noun. */
function dates(text: string, day: string, action: string): boolean {
  const unit = withDays(0, 0, text, [[day, "2025-06-14"]]);
  return datesHappeningNoun(unit, unit.dates[0] as never, action);
}

describe("datesHappeningNoun", () => {
  it("reads the day of a happening told by its noun", () => {
    expect(
      dates("The explosion happened shortly before 7:10 a.m. Saturday.", "Saturday", "explode"),
    ).toBe(true);
    expect(dates("A blaze on Saturday gutted the old mill.", "Saturday", "blaze")).toBe(true);
    expect(
      dates("A fire broke out at the mill on Saturday night.", "Saturday night", "blaze"),
    ).toBe(true);
    expect(
      dates(
        "Families left their flats after a large fire at the mill on Saturday.",
        "Saturday",
        "blaze",
      ),
    ).toBe(true);
    expect(
      dates(
        "The valley was shaken by a strong earthquake early Saturday.",
        "Saturday",
        "earthquake",
      ),
    ).toBe(true);
  });

  it("reads the day the noun's own relative clause gives its onset", () => {
    expect(
      dates(
        "Two engines were sent to the barn blaze which broke out before dawn on Saturday.",
        "Saturday",
        "blaze",
      ),
    ).toBe(true);
    expect(
      dates(
        "Schools reopened a week after the quake, which hit the valley on Saturday.",
        "Saturday",
        "earthquake",
      ),
    ).toBe(true);
    // A relative clause of another verb leaves the day to that verb.
    expect(
      dates(
        "Two engines were sent to the barn blaze that neighbours reported on Saturday.",
        "Saturday",
        "blaze",
      ),
    ).toBe(false);
  });

  it("leaves a day another verb of the clause takes", () => {
    expect(
      dates("Detectives arrested a lodger in the stabbing on Saturday.", "Saturday", "stab"),
    ).toBe(false);
    expect(dates("The stabbing sparked protests on Saturday.", "Saturday", "stab")).toBe(false);
    expect(dates("The mill burned down on Saturday.", "Saturday", "blaze")).toBe(false);
  });

  it("leaves a noun a verb governs after the moment's preposition, or one inside a body", () => {
    // The moment is the suspending, not the campaign (issue 12).
    expect(
      dates(
        "Ada Lund laid off her staff after suspending her campaign on Saturday night.",
        "Saturday night",
        "campaign",
      ),
    ).toBe(false);
    expect(
      dates(
        "Ivo Vint, after ending his campaign Saturday, thanked his staff.",
        "Saturday",
        "campaign",
      ),
    ).toBe(false);
    // "within the campaign": the body the clause is set in, not a happening it dates.
    expect(
      dates(
        "Within the Lund campaign on Saturday night, relief mixed with worry.",
        "Saturday night",
        "campaign",
      ),
    ).toBe(false);
  });
});
