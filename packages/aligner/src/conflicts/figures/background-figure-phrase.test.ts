import type { Conflict } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { compareStory } from "../../compare-story.ts";

// An invented story whose last statement lies past each article's lead (six statements).
const LEAD = [
  "Police in Dunmore said a baker was shot dead on Monday.",
  "Ilse Varga fled the shop.",
  "Officers found her at a bus stop.",
  "Neighbours left flowers at the door.",
  "The mayor spoke to reporters.",
  "The bakery will stay closed.",
].join("\n\n");

function figureRows(first: string, second: string): string[][] {
  const story = compareStory([
    handBuiltArticle(`${LEAD}\n\n${first}`, "Coast Herald"),
    handBuiltArticle(`${LEAD}\n\n${second}`, "Daily Ledger"),
  ]);
  return story.groups
    .flatMap((g) => g.conflicts)
    .filter((c: Conflict) => c.kind === "figure")
    .map((c) => c.values.map((v) => v.text).sort());
}

describe("background figures told in one phrase about one holder", () => {
  it("sets 'charged with four counts of murder' against 'charged with two counts of murder'", () => {
    expect(
      figureRows(
        "Varga was charged with four counts of murder, one count of arson and other charges.",
        "Officers arrested Ilse Varga while she hid in an attic and she has been charged with two counts of murder.",
      ),
    ).toEqual([["four", "two"]]);
  });

  it("leaves counts of two different things apart", () => {
    expect(
      figureRows(
        "Varga was charged with four counts of murder, one count of arson and other charges.",
        "Officers arrested Ilse Varga while she hid in an attic and she has been charged with two counts of fraud.",
      ),
    ).toEqual([]);
  });

  it("leaves counts of no holder both name apart", () => {
    expect(
      figureRows(
        "Varga was charged with four counts of murder, one count of arson and other charges.",
        "Officers arrested a neighbour while he hid in an attic and he has been charged with two counts of murder.",
      ),
    ).toEqual([]);
  });
});
