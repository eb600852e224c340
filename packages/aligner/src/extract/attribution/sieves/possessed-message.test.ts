import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../../test/support/quote-speakers.ts";

// `Vint's reply: “…”` / `Here's Lund in May 1992: “…”`: a possessed message or a "Here's"
// presentation before the colon names the speaker.

describe("a quotation after a possessed message or a presentation", () => {
  it("credits the possessor of the message and the person presented", () => {
    const x = extractParagraphs(
      "Ivo Vint spoke at the harbour on Monday. Ada Lund arrived later.",
      "Vint's reply: “Nonsense.”",
      "Lund’s first response was: “Is the crew from Lundby?”",
      "Here’s Lund in December 1992: “Our new direction must rest on an understanding.”",
    );
    expect(speakerOf(x, "Nonsense")).toBe("Ivo Vint");
    expect(speakerOf(x, "Is the crew")).toBe("Ada Lund");
    expect(speakerOf(x, "Our new direction")).toBe("Ada Lund");
  });

  it("credits no one for a possession that is no message", () => {
    const x = extractParagraphs(
      "Ivo Vint spoke at the harbour on Monday. Ada Lund arrived later.",
      "Vint's boat: “The Sea Hawk” was its name.",
      "Lund's plan was: “Leave early.”",
    );
    expect(speakerOf(x, "The Sea Hawk")).toBe(null);
    expect(speakerOf(x, "Leave early")).toBe(null);
  });
});
