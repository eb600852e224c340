import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

function counts(text: string): string[] {
  return extractArticle(handBuiltArticle(text))
    .figures.filter((f: Figure) => f.kind === "count")
    .map((f) => `${f.value} ${f.unit} (${f.measure})`);
}

describe("a definite count defined by what its relative clause accuses someone of", () => {
  it("counts 'the four women she is accused of shooting' as 'four women shot' is", () => {
    expect(counts("And so were the four women she's accused of gunning down at the mill.")).toEqual(
      ["4 woman (women)"],
    );
    expect(counts("The two guards he was convicted of robbing spoke in court.")).toEqual([
      "2 guard (guards)",
    ]);
  });

  it("leaves a definite group the clause only refers back to", () => {
    expect(counts("The two leaders she met on Friday spoke of trade.")).toEqual([]);
  });
});

describe("a count of a capitalised plural (a people, a party's members)", () => {
  it("counts 'Eight Norlanders died' and 'left four Norlanders dead'", () => {
    expect(counts("Eight Norlanders died as a result of the raid.")).toEqual([
      "8 Norlander (Norlanders)",
    ]);
    expect(counts("The raid left four Norlanders dead in Castlebay.")).toEqual([
      "4 Norlander (Norlanders)",
    ]);
    expect(counts("About 300 Norlanders were evacuated from Castlebay.")).toEqual([
      "300 Norlander (Norlanders)",
    ]);
  });

  it("leaves a name: a capitalised word after the plural, or a capitalised number inside a sentence", () => {
    expect(counts("They met at the Four Oaks Inn in Castlebay.")).toEqual([]);
    expect(counts("Ada Roe saw Four Oaks last week.")).toEqual([]);
    expect(counts("He sued the three Rivers Trust on Friday.")).toEqual([]);
    // A name ending "as" is no plural ("two Velas senators" is no count of Velas).
    expect(counts("Two Velas state senators met in Orvale.")).toEqual([]);
  });
});
