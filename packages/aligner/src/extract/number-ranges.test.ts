import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

function figures(text: string): string[] {
  return extractArticle(handBuiltArticle(text)).figures.map(
    (f: Figure) => `${f.text} ${f.kind} ${f.value}..${f.upperValue} ${f.unit}`,
  );
}

describe("a range of counted things", () => {
  it("reads 'between X and Y' and 'X-Y' before a counted noun as one range", () => {
    expect(figures("The storm destroyed between 10 and 12 houses in Brellin.")).toEqual([
      "between 10 and 12 count 10..12 house",
    ]);
    expect(figures("The storm destroyed 10-12 houses in Brellin.")).toEqual([
      "10-12 count 10..12 house",
    ]);
  });

  it("keeps a count alone when the words before it are no range", () => {
    expect(figures("Crews cleared 10 and 12 houses in Brellin.")).toEqual([
      "12 count 12..null house",
    ]);
  });

  it("reads the same range of percentages and years as before", () => {
    expect(figures("Prices rose between 10 and 12 percent.")).toEqual([
      "between 10 and 12 percent percent 10..12 percent",
    ]);
    expect(figures("Prices rose from 10 to 12 percent.")).toEqual([
      "12 percent percent 12..null percent",
    ]);
  });
});

describe("a pair of numbers after a determiner", () => {
  it("reads neither end as a count: it names something", () => {
    expect(figures("Vigils marked the 4-17 bombings in Tarvo.")).toEqual([]);
  });
});

describe("a score before a counted noun", () => {
  it("reads no count from digits joined by a dash that fall", () => {
    expect(figures("The Tarvo side posted 3-2 wins over Brellin.")).toEqual([]);
  });
});
