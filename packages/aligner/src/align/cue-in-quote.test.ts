import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";
import { cueInOtherQuote } from "./cue-in-quote.ts";
import { quoteReadings, quoteWordings } from "./unit-quotes.ts";

/** The reading of the direct quotation holding `words` in an invented article. */
function reading(text: string, words: string) {
  const article = handBuiltArticle(text);
  const extraction = extractArticle(article);
  const quote = extraction.quotes.find((q) => q.direct && q.text.includes(words));
  if (!quote) return null;
  const read = quoteReadings(extraction, article.body, (id) => id, quoteWordings());
  return { inside: cueInOtherQuote(quote, extraction), named: read(quote).named };
}

describe("cueInOtherQuote", () => {
  it("credits no one for sure with a partial quote whose cue is inside another's claim", () => {
    const text =
      "The harbour vote was close.\n\nDuring the hearing, Ada Lund claimed that remarks made by " +
      "trustee Ivo Vint calling for a toll on every ferry make him “the harbour's worst friend.”";
    expect(reading(text, "worst friend")).toEqual({ inside: true, named: false });
  });

  it("keeps a speaker named at a cue of their own", () => {
    const text =
      "The harbour vote was close.\n\n“He is the harbour's worst friend,” Ada Lund said at the hearing.";
    expect(reading(text, "worst friend")).toEqual({ inside: false, named: true });
  });
});
