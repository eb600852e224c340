import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { datedThing, thingsDiffer } from "./dated-things.ts";

/** A statement of its own article with one day, placed where its text stands. */
function dated(index: number, text: string, day: string, value: string) {
  return withDays(index, index, text, [[day, value]], { position: 0 });
}

const apart = (left: string, leftDay: string, right: string, rightDay: string) => {
  const a = dated(0, left, leftDay, "2025-05-08");
  const b = dated(1, right, rightDay, "2025-05-06");
  return thingsDiffer(a, a.dates[0] as never, b, b.dates[0] as never);
};

// Invented: Velden's vote and Ivo Vint's rally, each held on a day.
describe("two things held (HOLDING_VERBS)", () => {
  it("reads a hyphenated modifier as a word of the object", () => {
    const unit = dated(
      0,
      "Velden was the only state holding a semi-open primary Thursday.",
      "Thursday",
      "2025-05-08",
    );
    expect(datedThing(unit, unit.dates[0] as never)).toBe("primary");
  });

  it("are two happenings when the things held differ", () => {
    expect(
      apart(
        "Velden was the only state holding a semi-open primary Thursday.",
        "Thursday",
        "Ivo Vint held a rally at the Orvale harbour on Tuesday night.",
        "Tuesday",
      ),
    ).toBe(true);
  });

  it("stay one happening when the same thing is held and one outlet names it as known", () => {
    expect(
      apart(
        "Ivo Vint held a rally at the Orvale harbour on Thursday.",
        "Thursday",
        "Vint held the rally in Orvale on Tuesday night.",
        "Tuesday",
      ),
    ).toBe(false);
  });

  it("are two when each outlet brings in one more of them", () => {
    expect(
      apart(
        "Ivo Vint held a rally Saturday while Ada Roe met voters.",
        "Saturday",
        "Mr. Vint held a rally at the Orvale harbour on Tuesday night.",
        "Tuesday",
      ),
    ).toBe(true);
  });

  it("stay one when a statement writes the other's thing, or one names none", () => {
    expect(
      apart(
        "The Harbour Board held a hearing on Thursday on the primary rules.",
        "Thursday",
        "The board held the primary on Tuesday.",
        "Tuesday",
      ),
    ).toBe(false);
    expect(
      apart(
        "The Harbour Board held on Thursday that the rules stand.",
        "Thursday",
        "The board held a hearing on Tuesday.",
        "Tuesday",
      ),
    ).toBe(false);
  });
});
