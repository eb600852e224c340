import { describe, expect, it } from "vitest";
import {
  entityName,
  extractParagraphs as extract,
  quoteWith,
} from "../../../../test/support/quote-speakers.ts";

const RIVALS = "Ada Lund and Ivo Vint are rivals.\n\n";

describe("a cue phrase opening on a subordinate clause", () => {
  it("gives the words to the main clause's subject, not the subordinate clause's", () => {
    const x = extract(
      `${RIVALS}While Lund has pledged to support Vint as the nominee, Peter Devine suggested that it would not be a simple process.`,
    );
    expect(entityName(x, quoteWith(x, "not be a simple process").speakerId)).toBe("Peter Devine");
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
    expect(entityName(x, quoteWith(x, "is not for sale").speakerId)).toBe("Ivo Vint");
  });
});
