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

describe("one acting group counted past the lead around one named holder", () => {
  it("sets 'at four masked robbers who stormed her bakery' against 'two masked robbers shot Varga'", () => {
    expect(
      figureRows(
        "Ilse Varga was shot after she fired at four masked robbers who stormed her bakery, police said.",
        "The police said that two masked robbers shot Ilse Varga in her bakery on Monday.",
      ),
    ).toEqual([["four", "two"]]);
  });

  it("leaves a group something befell apart", () => {
    expect(
      figureRows(
        "Ilse Varga was shot after she fired at four masked robbers who stormed her bakery, police said.",
        "Ilse Varga said that two masked robbers were arrested in her bakery on Monday.",
      ),
    ).toEqual([]);
  });

  it("leaves groups around no holder both name apart", () => {
    expect(
      figureRows(
        "Ilse Varga was shot after she fired at four masked robbers who stormed her bakery, police said.",
        "The police said that two masked robbers shot a guard in a bank on Monday.",
      ),
    ).toEqual([]);
  });
});
