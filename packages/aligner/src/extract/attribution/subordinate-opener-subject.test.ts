import type { Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../test/support/quote-speakers.ts";

const nameOf = (x: Extraction, id: string | null | undefined) =>
  x.entities.find((e) => e.id === id)?.name ?? null;

function quoteWith(x: Extraction, words: string) {
  const quote = x.quotes.find((q) => q.text.includes(words));
  if (quote === undefined) throw new Error(`no quote with "${words}"`);
  return quote;
}

const RIVALS = "Ada Lund and Ivo Vint are rivals.\n\n";

describe("a cue phrase opening on a subordinate clause", () => {
  it("gives the words to the main clause's subject, not the subordinate clause's", () => {
    const x = extract(
      `${RIVALS}While Lund has pledged to support Vint as the nominee, Peter Devine suggested that it would not be a simple process.`,
    );
    expect(nameOf(x, quoteWith(x, "not be a simple process").speakerId)).toBe("Peter Devine");
  });

  it("leaves the speaker unknown when the main clause names no one", () => {
    const x = extract(
      `${RIVALS}While Lund has pledged to support Vint as the nominee, many suggested that it would not be a simple process.`,
    );
    const quote = quoteWith(x, "not be a simple process");
    expect(quote.speakerId).toBeNull();
  });

  it("keeps an “as X put it” clause, which is the cue itself", () => {
    const x = extract(`${RIVALS}As Ivo Vint put it, the harbour “is not for sale.”`);
    expect(nameOf(x, quoteWith(x, "is not for sale").speakerId)).toBe("Ivo Vint");
  });
});
