import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

function counts(text: string): [number, string, string | null][] {
  return extractArticle(handBuiltArticle(text))
    .figures.filter((f: Figure) => f.kind === "count")
    .map((f) => [f.value, f.unit, f.measure]);
}

describe("partitive counts", () => {
  it("reads the noun after 'N of the': 'two of the sailors died'", () => {
    expect(counts("Two of the sailors died in the storm off Vintholm.")).toEqual([
      [2, "sailor", "sailors"],
    ]);
  });

  it("takes the harm verb as the measure: 'three of the guards were injured'", () => {
    expect(counts("Three of the guards were injured at the Harbour Council depot.")).toEqual([
      [3, "guard", "injured"],
    ]);
  });

  it("reads 'N others' with the unit of the earlier count in the same sentence", () => {
    expect(
      counts("The blast at the Lund mill killed two workers and wounded four others."),
    ).toEqual([
      [2, "worker", "workers"],
      [4, "worker", "wounded"],
    ]);
  });

  it("reads 'N of them' with the earlier count's unit and the words after as its measure", () => {
    expect(
      counts("Six robbers entered the Vint gallery, four of them dressed as porters."),
    ).toEqual([
      [6, "robber", "robbers"],
      [4, "robber", "dressed as porters"],
    ]);
  });

  it("reads 'killing N of them' after a count of people shot", () => {
    expect(counts("Ivo Vint is accused of shooting three clerks, killing two of them.")).toEqual([
      [3, "clerk", "clerks"],
      [2, "clerk", "killed"],
    ]);
    expect(counts("A gunman gunned down five shoppers, killing three of them.")).toEqual([
      [5, "shopper", "shoppers"],
      [3, "shopper", "killed"],
    ]);
  });

  it("leaves 'killing N of them' unread after a group that was not harmed", () => {
    expect(counts("Police said two men robbed the Vint bank, killing two of them.")).toEqual([
      [2, "man", "men"],
    ]);
  });

  it("names no measure from a place or an aside after 'N of them'", () => {
    expect(counts("Six robbers fled, four of them on foot.")).toEqual([
      [6, "robber", "robbers"],
      [4, "robber", null],
    ]);
  });

  it("leaves 'N others' unread when no count stands earlier in the sentence", () => {
    expect(counts("Ada Lund was hurt. Police said four others were injured.")).toEqual([]);
  });

  it("leaves 'wounding N others' unread when the earlier count is no harmed group", () => {
    expect(
      counts("The trial of two men accused of killing Ada Lund and wounding four others opened."),
    ).toEqual([[2, "man", "men"]]);
  });

  it("leaves 'N of them' unread when the earlier count is in another sentence", () => {
    expect(counts("Six robbers fled. Four of them were caught by Ivo Vint.")).toEqual([
      [6, "robber", "robbers"],
    ]);
  });

  it("does not read 'N of the most …', 'N of the three …' or a time span", () => {
    expect(counts("Two of the most senior clerks left.")).toEqual([]);
    expect(counts("Two of the three wardens resigned.")).toEqual([]);
    expect(counts("Two of the years were dry.")).toEqual([]);
    expect(counts("The storm broke all three of the cables near Vintholm.")).toEqual([]);
  });
});
