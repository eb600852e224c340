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
