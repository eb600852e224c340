import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/extract-article.ts";

function namesIn(...paragraphs: string[]): string[] {
  const x = extractArticle(parseArticle({ text: paragraphs.join("\n\n"), outlet: "Test Wire" }));
  return x.entities.map((e) => e.name);
}

describe("clause starters open no name", () => {
  it("reads a sentence adverb before a surname as no part of the name", () => {
    const names = namesIn(
      "The race is close and the polls move daily.",
      "Maybe Vint is the favourite and, against his record, he wants donors to like him.",
      "Perhaps Vint knew it all along. Vint said nothing.",
    );
    expect(names.filter((n) => /^(?:Maybe|Perhaps)\b/.test(n))).toEqual([]);
  });
});
