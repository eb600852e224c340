import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { person } from "../../../../test/support/entity-lookups.ts";
import { extractArticle } from "../../../extract-article.ts";

describe("a full name with a second family name ('Ada Rodham Lund') is one person", () => {
  it("her bare surname stays hers, not another Lund's of the article", () => {
    const x = extractArticle(
      handBuiltArticle(
        'Ken Moss, a former aide to Piet Lund, spoke first. Ada Rodham Lund said taxes were small. "It is there," Lund said.',
      ),
    );
    const ada = person(x, "Ada Rodham Lund");
    expect(x.entities.filter((e) => e.name === "Ada Rodham")).toEqual([]);
    expect(person(x, "Piet Lund").mentions.map((m) => m.text)).toEqual(["Piet Lund"]);
    expect(x.quotes.find((q) => q.text.startsWith("It is there"))?.speakerId).toBe(ada.id);
  });
});
