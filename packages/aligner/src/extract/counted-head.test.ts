import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

function counts(text: string): [string, number, string, string | null][] {
  return extractArticle(handBuiltArticle(text))
    .figures.filter((f: Figure) => f.kind === "count")
    .map((f) => [f.text, f.value, f.unit, f.measure]);
}

describe("the head noun of a counted phrase", () => {
  it("counts the noun after a plural-looking modifier: 'two plainclothes officers'", () => {
    expect(counts("Ada Lund pointed at two plainclothes officers who stopped her.")).toEqual([
      ["two", 2, "officer", "plainclothes officers"],
    ]);
    expect(counts("Ivo Vint met three sports fans near the Harbour Council.")).toEqual([
      ["three", 3, "fan", "sports fans"],
    ]);
    expect(counts("The Harbour Council froze four savings accounts on Monday.")).toEqual([
      ["four", 4, "account", "savings accounts"],
    ]);
  });

  it("lets an abbreviation stand in the phrase: 'two plainclothes HCX officers'", () => {
    expect(counts("Two plainclothes HCX officers shot at Ivo Vint.")).toEqual([
      ["Two", 2, "officer", "plainclothes HCX officers"],
    ]);
    expect(counts("Ada Lund fired two officers TUESDAY.")).toEqual([
      ["two", 2, "officer", "officers"],
    ]);
  });

  it("reads a definite count the words after the whole phrase define", () => {
    expect(counts("The two plainclothes officers accused of lying were suspended.")).toEqual([
      ["two", 2, "officer", "plainclothes officers"],
    ]);
  });

  it("stops at a verb, an adverb or punctuation after the plural", () => {
    expect(counts("Ada Lund said five suspects remains a guess.")).toEqual([
      ["five", 5, "suspect", "suspects"],
    ]);
    expect(counts("Ivo Vint saw six officers always on patrol.")).toEqual([
      ["six", 6, "officer", "officers"],
    ]);
    expect(counts("Ada Lund scored 23 points thanks to Ivo Vint.")).toEqual([
      ["23", 23, "point", "points"],
    ]);
    expect(counts("Ivo Vint saw six officers, bikes and vans.")).toEqual([
      ["six", 6, "officer", "officers"],
    ]);
  });
});
