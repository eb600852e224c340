import { describe, expect, it } from "vitest";
import { readCompoundCounts } from "./compound-figures.ts";

function compounds(body: string): [string, number, string, string | null][] {
  // The measure's first word is what the count describes ("crew" of "crew off Tessel").
  return readCompoundCounts(body).map((c) => [
    body.slice(c.start, c.end),
    c.value,
    c.unit,
    c.measure?.split(" ")[0] ?? null,
  ]);
}

describe("a number joined to the singular noun it counts, before the noun it describes", () => {
  it("reads the hyphenated compound: 'a three-member crew'", () => {
    expect(compounds("Rescuers freed a three-member crew off Tessel.")).toEqual([
      ["three-member", 3, "member", "crew"],
    ]);
  });

  it("reads it written with a space after 'a'/'an': 'a three member crew', 'an 8 man team'", () => {
    expect(compounds("Rescuers freed a three member crew off Tessel.")).toEqual([
      ["three member", 3, "member", "crew"],
    ]);
    expect(compounds("An 8 man team and a 12 person jury met.")).toEqual([
      ["8 man", 8, "man", "team"],
      ["12 person", 12, "person", "jury"],
    ]);
  });

  it("leaves the spaced form without a noun after it, and a model's or a service's number", () => {
    expect(compounds("He was a three pointer was it.")).toEqual([]);
    expect(compounds("It was a 747 jumbo jet and a 911 call center.")).toEqual([]);
    expect(compounds("She served a two year term and a ten percent share.")).toEqual([]);
    expect(compounds("The three member states met.")).toEqual([]);
  });
});
