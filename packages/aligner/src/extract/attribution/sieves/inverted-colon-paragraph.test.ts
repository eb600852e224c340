import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a paragraph of an inverted cue and a colon hands on the next paragraph's quotation", () => {
  it("reads the name after the capitalised reporting verb", () => {
    const x = extract(
      "Ada Lund met Ivo Vint at the harbour on Monday.",
      "Added Vint:",
      "“I think the stakes are so high that the board would do anything to stay.”",
    );
    expect(speakerOf(x, "I think the stakes")).toBe("Ivo Vint");
  });

  it("abstains when no one is named after the verb", () => {
    const x = extract(
      "Ada Lund met Ivo Vint at the harbour on Monday.",
      "Stated the obvious:",
      "“The stakes are so high that the board would do anything to stay.”",
    );
    expect(speakerOf(x, "The stakes are so high")).toBeNull();
  });
});
