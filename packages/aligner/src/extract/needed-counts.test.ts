import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

function counts(text: string): [number, string, string | null][] {
  return extractArticle(handBuiltArticle(text))
    .figures.filter((f: Figure) => f.kind === "count")
    .map((f) => [f.value, f.unit, f.measure]);
}

describe("a bar whose counted noun is left out", () => {
  it("takes the noun of the count before it in the sentence", () => {
    expect(counts("Ivo Vint needs 40 seats to reach the 412 needed to win.")).toEqual([
      [40, "seat", "seats"],
      [412, "seat", "seats"],
    ]);
    expect(
      counts("Ada Lund is 30 votes short of the magic number of 1,200 required for a majority."),
    ).toEqual([
      [30, "vote", "votes"],
      [1200, "vote", "votes"],
    ]);
  });

  it("stays unread with no count before it in the sentence, or a year", () => {
    expect(counts("Lund won 40 seats. She now has the 412 needed to win.")).toEqual([
      [40, "seat", "seats"],
    ]);
    expect(counts("Vint is far from the 412 needed to win.")).toEqual([]);
    expect(counts("Vint won 40 seats, fewer than the 2014 needed.")).toEqual([
      [40, "seat", "seats"],
    ]);
  });
});
