import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";
import { runsOnFromNamedCue } from "./run-on-quote.ts";

/** Whether the quote holding `words` in an invented article runs on from a named attribution. */
function runsOn(text: string, words: string): boolean | null {
  const article = handBuiltArticle(text);
  const extraction = extractArticle(article);
  const quote = extraction.quotes.find((q) => q.direct && q.text.includes(words));
  if (!quote) return null;
  return runsOnFromNamedCue(quote, extraction, article.body);
}

const OPENING = "The Harbour Council voted on Monday to close the old ferry pier in Norrvik.";

describe("runsOnFromNamedCue", () => {
  it("takes a quotation opening the paragraph after the attribution naming its speaker", () => {
    const text = `${OPENING}\n\n"The vote was hard for all of us," Ada Lund said at the town hall after the vote.\n\n"We cannot ask families to walk on a pier that is falling into the sea."`;
    expect(runsOn(text, "We cannot ask families")).toBe(true);
  });

  it("not when another person is named after the attribution", () => {
    const text = `${OPENING}\n\n"The vote was hard for all of us," Ada Lund said after a speech by Ivo Vint.\n\n"We cannot ask families to walk on a pier that is falling into the sea."`;
    expect(runsOn(text, "We cannot ask families")).toBe(false);
  });

  it("not when a paragraph without the quotation stands between", () => {
    const text = `${OPENING}\n\n"The vote was hard for all of us," Ada Lund said at the town hall.\n\nThe pier was built in 1931 and has been closed twice.\n\n"We cannot ask families to walk on a pier that is falling into the sea."`;
    expect(runsOn(text, "We cannot ask families")).toBe(false);
  });

  it("not for the quotation beside the attribution, nor one credited through a pronoun", () => {
    const text = `${OPENING}\n\nAda Lund spoke after the vote.\n\n"We cannot ask families to walk on a pier that is falling into the sea," she said.`;
    expect(runsOn(text, "We cannot ask families")).toBe(false);
  });
});
