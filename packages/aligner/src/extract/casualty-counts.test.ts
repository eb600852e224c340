import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

function counts(text: string): string[] {
  return extractArticle(handBuiltArticle(text))
    .figures.filter((f: Figure) => f.kind === "count")
    .map((f) => `${f.text} ${f.value} ${f.unit} (${f.measure})`);
}

describe("a number told as harmed with no noun", () => {
  it("counts people when the number opens the sentence or a clause after 'and'", () => {
    expect(counts("Eleven were killed in the blast at the Corvo depot.")).toEqual([
      "Eleven 11 people (killed)",
    ]);
    expect(counts("Four people were killed and 30 were injured when the roof fell.")).toEqual([
      "Four 4 people (killed)",
      "30 30 people (injured)",
    ]);
  });

  it("reads no count after a determiner, a comma or a speech verb", () => {
    expect(counts("The two were arrested in Corvo on Monday.")).toEqual([]);
    expect(counts("Of the crew at the depot, 11 were injured.")).toEqual([]);
    expect(counts("Police said 11 were killed.")).toEqual([]);
  });
});

describe("a number left harmed", () => {
  it("counts people between 'left'/'leaving' and a harm adjective", () => {
    expect(counts("The blast at the Corvo depot left 11 dead.")).toEqual(["11 11 people (killed)"]);
    expect(counts("Fire swept the Tamsel mill, leaving at least 20 injured on Friday.")).toEqual([
      "20 20 people (injured)",
    ]);
  });

  it("leaves a harm adjective that describes a noun, and other adjectives", () => {
    expect(counts("The coach left 3 injured players out of the Brellin squad.")).toEqual([
      "3 3 player (injured players)",
    ]);
    expect(counts("The vote left 11 undecided on Tuesday.")).toEqual([]);
  });
});
