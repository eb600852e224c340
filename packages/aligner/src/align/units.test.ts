import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";
import { buildStoryEntities } from "../story-entities.ts";
import { buildUnits } from "./units.ts";

describe("buildUnits: a quotation whose sentence states no content word", () => {
  it("is held, for speaker checks, by the statement of its attribution", () => {
    const article = handBuiltArticle(
      'The ferry crossed the bay after the storm.\n\n"Could we have done it without them?" Harbour master Ada Quill asked.\n\nCrews worked through the night.',
    );
    const extraction = extractArticle(article);
    const entities = buildStoryEntities([
      { articleId: extraction.articleId, entities: extraction.entities },
    ]);
    const units = buildUnits([article], [extraction], entities);
    const asked = units.find((u) => u.text.includes("Ada Quill asked"));
    expect(asked?.quotes.map((q) => q.words)).toEqual(["could we have done it without them"]);
    expect(units.some((u) => u.text.includes("Could we"))).toBe(false);
  });
});
