import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { dateVerb } from "./day-values.ts";
import { datesLightVerbObject } from "./light-verb-object.ts";

/** Whether the statement's one day dates the happening (its key) through a light verb's object. */
function dates(text: string, day: string, action: string): boolean {
  const unit = withDays(0, 0, text, [[day, "2025-06-14"]]);
  const date = unit.dates[0] as never;
  return datesLightVerbObject(unit, date, dateVerb(unit, date), action);
}

describe("datesLightVerbObject", () => {
  it("reads the happening a light verb's object names", () => {
    expect(
      dates("Vintco on Friday took the rare step of issuing the patch.", "Friday", "announce"),
    ).toBe(true);
    expect(
      dates("Dorrow police on Friday carried out the arrest of the keeper.", "Friday", "arrest"),
    ).toBe(true);
  });

  it("leaves an object closed before the happening, or naming another one first", () => {
    expect(
      dates("Vintco on Friday took part in the release of the patch.", "Friday", "announce"),
    ).toBe(false);
    expect(
      dates(
        "Vintco on Friday took the step of suing over the patch release.",
        "Friday",
        "announce",
      ),
    ).toBe(false);
  });

  it("leaves verbs of intent and days of other verbs", () => {
    expect(dates("Vintco on Friday planned the release of the patch.", "Friday", "announce")).toBe(
      false,
    );
    expect(dates("Vintco released the patch on Friday.", "Friday", "announce")).toBe(false);
  });
});
