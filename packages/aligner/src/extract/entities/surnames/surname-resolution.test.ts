import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";

describe("surname mentions", () => {
  it("never reads a given name before the body's start (a surname opening the text)", () => {
    // The person's given name equals its surname, so the body's first words look like it when
    // read from a negative position.
    const article = handBuiltArticle("Vint said the pier shut. Vint Vint said more.");
    const x = extractArticle(article);
    const mentions = x.entities.flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(m.span.start).toBeGreaterThanOrEqual(0);
      expect(article.body.slice(m.span.start, m.span.end)).toBe(m.text);
    }
  });
});
