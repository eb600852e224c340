import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, quoteWith } from "../../../test/support/quote-speakers.ts";

describe("an outer report after a quotation that closes on its own stop", () => {
  it("credits the outlet closing the cue's sentence as the quote's via", () => {
    const x = extract(
      "“Is this a priority for them, or only an election-year promise?” Tessa Marlow said at a press conference, according to the Lakeside Ledger.",
    );
    const quote = quoteWith(x, "election-year promise", true);
    const via = x.entities.find((e) => e.id === quote.via?.entityId)?.name ?? null;
    const speaker = x.entities.find((e) => e.id === quote.speakerId)?.name ?? null;
    expect(via).toBe("Lakeside Ledger");
    expect(speaker).toBe("Tessa Marlow");
  });

  it("leaves a quotation without an outer report first-hand", () => {
    const x = extract(
      "“Is this a priority for them, or only an election-year promise?” Tessa Marlow said at a press conference in Lakeside.",
    );
    expect(quoteWith(x, "election-year promise", true).via).toBeNull();
  });
});
