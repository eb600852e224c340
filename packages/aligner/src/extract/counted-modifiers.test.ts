import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";
import { isMenPlural } from "./counted-modifiers.ts";

function counts(text: string): string[] {
  return extractArticle(handBuiltArticle(text))
    .figures.filter((f: Figure) => f.kind === "count")
    .map((f) => `${f.value} ${f.unit} (${f.measure})`);
}

describe("a count whose modifiers hold a capitalised word or a model code", () => {
  it("counts the lowercase head after a proper adjective or a name", () => {
    expect(counts("The board said six Internet cables were cut near Castlebay.")).toEqual([
      "6 cable (Internet cables)",
    ]);
    expect(counts("There are 595 Norland delegates at stake in the vote.")).toEqual([
      "595 delegate (Norland delegates)",
    ]);
    expect(counts("The Harbour Board sent two F-16 jets to the coast.")).toEqual([
      "2 jet (F-16 jets)",
    ]);
  });

  it("leaves an address, a date, a share, a sum and a number inside a name", () => {
    expect(counts("Ada Roe lives at 12 Harbour Street with her sister.")).toEqual([]);
    expect(counts("Ivo Vint spoke to 12 Harbour Street residents.")).toEqual([]);
    expect(counts("On 3 March protesters marched through Castlebay.")).toEqual([]);
    expect(counts("About six in 10 Norland voters backed the plan.")).toEqual([]);
    expect(counts("The Harbour Trust paid 30 Norland dollars for it.")).toEqual([]);
    expect(counts("Ivo Vint met the Apollo 11 Norland crews.")).toEqual([]);
    expect(counts("Ada Roe drank with the Four Oaks regulars.")).toEqual([]);
  });

  it("reads no count from the number of a model or a name joined by a hyphen", () => {
    // A code longer than three capitals is not taken as a modifier: no count rather than 19.
    expect(counts("Nine COVID-19 patients were moved to Castlebay.")).toEqual([]);
    expect(counts("The bill passed by 5-to-4 votes on Friday.")).toEqual([]);
  });
});

describe("compounds of men, women and children", () => {
  it("counts 'four masked gunmen' and 'three policewomen' as people of that kind", () => {
    expect(counts("Four masked gunmen robbed the Castlebay branch.")).toEqual([
      "4 gunman (masked gunmen)",
    ]);
    expect(counts("Ada Roe said three policewomen and 20 schoolchildren were hurt.")).toEqual([
      "3 policewoman (policewomen)",
      "20 schoolchild (schoolchildren)",
    ]);
  });

  it("leaves a singular ending in -men, and counts the noun after it", () => {
    expect(counts("Two specimen jars broke in the Castlebay lab.")).toEqual([
      "2 jar (specimen jars)",
    ]);
    expect(isMenPlural("gunmen")).toBe(true);
    expect(isMenPlural("abdomen")).toBe(false);
    expect(isMenPlural("omen")).toBe(false);
  });
});
