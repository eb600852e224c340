import { ExtractionSchema } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "./extract-article.ts";

describe("extractArticle", () => {
  it("returns an Extraction valid against ExtractionSchema for every corpus article", () => {
    for (const file of loadCorpus().files) {
      const article = handBuiltArticle(file.text, file.outlet);
      const extraction = extractArticle(article);
      expect(ExtractionSchema.parse(extraction)).toEqual(extraction);
      expect(extraction.articleId).toBe(article.id);
      expect(extraction.claims.length).toBeGreaterThan(0);
    }
  });
});
