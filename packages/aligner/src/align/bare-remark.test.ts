import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";
import { buildStoryEntities } from "../story-entities.ts";
import { buildUnits } from "./units.ts";

/** The statements an invented article is read into, by their text. */
function statements(body: string): string[] {
  const article = handBuiltArticle(body);
  const extractions = [extractArticle(article)];
  return buildUnits(
    [article],
    extractions,
    buildStoryEntities(extractions.map((x) => ({ articleId: x.articleId, entities: x.entities }))),
  ).map((u) => u.text);
}

const OPENING = "The Harbour Council voted on Monday to close the old ferry pier in Norrvik.";

describe("statements holding a remark of common words only", () => {
  it("keeps one whose quotation is credited to a speaker named at the attribution", () => {
    const said = '"If there was any more I could do for you, I would," Ada Lund said.';
    expect(statements(`${OPENING}\n\n${said}`)).toContain(said);
  });

  it("drops one whose remark is short, or whose speaker is not named there", () => {
    const short = '"We will see," Ada Lund said.';
    expect(statements(`${OPENING}\n\n${short}`)).not.toContain(short);
    const unnamed = '"If there was any more I could do for you, I would," a spokesman said.';
    expect(statements(`${OPENING}\n\n${unnamed}`)).not.toContain(unnamed);
  });
});
