import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("according to a bare name nobody read: the outlet speaks", () => {
  it("makes the name an organisation and credits the quotation in its statement", () => {
    const x = extract(
      "Ed Moss spoke on Monday.",
      "According to the Lakeside Ledger, “Moss also coordinated with aides to post a kind quote.”",
      "According to Harbourwatch, the men wore shirts that read “Settle for Moss.”",
    );
    expect(speakerOf(x, "coordinated with aides")).toBe("Lakeside Ledger");
    expect(speakerOf(x, "Settle for Moss")).toBe("Harbourwatch");
    expect(x.entities.find((e) => e.name === "Harbourwatch")?.kind).toBe("organization");
  });

  it("leaves descriptions and times without a speaker", () => {
    const x = extract(
      "According to the exit polls in Ohio, voters wanted a mayor who would “tell it like it is.”",
      "According to some on social media, the mayor was “incognito.”",
    );
    expect(speakerOf(x, "tell it like it is")).toBeNull();
    expect(speakerOf(x, "incognito")).toBeNull();
  });
});
