import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

function counts(text: string): [string, number, string, string | null][] {
  return extractArticle(handBuiltArticle(text))
    .figures.filter((f: Figure) => f.kind === "count")
    .map((f) => [f.text, f.value, f.unit, f.measure]);
}

describe("a count whose noun follows capitalised modifiers (NUM PROPN NOUN)", () => {
  it("counts the lowercase head after a demonym, a name or an initialism", () => {
    expect(counts("Navy ships seized 23 Korlandic fishermen off Tessel.")).toEqual([
      ["23", 23, "fisherman", "Korlandic fishermen"],
    ]);
    expect(counts("The patrol freed 52 Norvan sailors and two Vellish pilots.")).toEqual([
      ["52", 52, "sailor", "Norvan sailors"],
      ["two", 2, "pilot", "Vellish pilots"],
    ]);
    expect(counts("Four U.S. soldiers were hurt and six Internet cables were cut.")).toEqual([
      ["Four", 4, "soldier", "U.S. soldiers"],
      ["six", 6, "cable", "Internet cables"],
    ]);
    expect(counts("About 20 Harbour Guard cadets and some 30 Korlandic troops left.")).toEqual([
      ["20", 20, "cadet", "Harbour Guard cadets"],
      ["30", 30, "troop", "Korlandic troops"],
    ]);
  });

  it("leaves a month, a weekday or a clock's hour, and a number inside a name", () => {
    expect(counts("On 12 May students marched to the Tessel quay.")).toEqual([]);
    expect(counts("Ivo Vint said that at 5 PM officers arrived.")).toEqual([]);
    expect(counts("Route 66 Diner workers struck on Friday.")).toEqual([]);
    expect(counts("The No. 3 Senate leaders met on Friday.")).toEqual([]);
  });

  it("keeps the rule for a definite count: 'the two Korlandic sailors' refers back", () => {
    expect(counts("The two Korlandic sailors smiled.")).toEqual([]);
    expect(counts("The 12 Korlandic fishermen were freed.")).toEqual([
      ["12", 12, "fisherman", "Korlandic fishermen"],
    ]);
  });

  it("reads no source as a count: 'according to two Vellish officials'", () => {
    expect(counts("According to two Vellish officials, the offer grew.")).toEqual([]);
    expect(counts("The offer grew, according to three diplomats.")).toEqual([]);
  });
});

describe("plurals of a compound of 'man' or 'woman'", () => {
  it("counts 'fishermen', 'gunmen', 'policewomen' by their singular", () => {
    expect(counts("Eleven gunmen fled and 23 fishermen and two policewomen stayed.")).toEqual([
      ["Eleven", 11, "gunman", "gunmen"],
      ["23", 23, "fisherman", "fishermen"],
      ["two", 2, "policewoman", "policewomen"],
    ]);
  });

  it("leaves a word that only ends so: 'three specimen jars' counts jars", () => {
    expect(counts("Three specimen jars broke in the Tessel lab.")).toEqual([
      ["Three", 3, "jar", "specimen jars"],
    ]);
  });
});
