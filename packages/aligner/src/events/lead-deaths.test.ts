import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { leadDeathsApart } from "./lead-deaths.ts";

/** A unit naming the people its test says (the entity reader is tested elsewhere). */
function unit(index: number, article: number, text: string, people: string[] = []) {
  return makeUnit(index, article, text, { entities: new Set(people) });
}

describe("leadDeathsApart", () => {
  const units = [
    unit(0, 0, "Ada Roe, the former harbour chief, died on Sunday at 81.", ["roe"]),
    unit(1, 1, "Ivo Vint, who ran the Harbour Board for a decade, has died.", ["vint"]),
    unit(2, 2, "Former harbour chief Ada Roe died at home.", ["roe"]),
    unit(3, 3, "Ivo Vint has died.", ["vint"]),
    unit(4, 3, "Vint succeeded Ada Roe at the Harbour Board.", ["vint", "roe"]),
    unit(5, 4, "Ivo Vint was named to lead the Harbour Board.", ["vint"]),
    unit(6, 5, "Three people were killed when a ferry sank off Norland.", []),
    unit(7, 6, "Two men were killed when a ferry sank off Norland.", []),
  ];
  const people = units.map((u) => [...u.entities]);
  const apart = leadDeathsApart(units, people);

  it("parts two leads telling deaths of people the other article never names", () => {
    expect(apart(0, 1)).toBe(-1);
    expect(apart(2, 1)).toBe(-1);
  });

  it("says nothing of two reports of one death", () => {
    expect(apart(0, 2)).toBe(0);
  });

  it("says nothing when one article names the other lead's dead anywhere", () => {
    expect(apart(0, 3)).toBe(0);
  });

  it("says nothing when a lead tells no death, or a toll naming nobody", () => {
    expect(apart(0, 4)).toBe(0);
    expect(apart(5, 6)).toBe(0);
    expect(apart(0, 5)).toBe(0);
  });
});
