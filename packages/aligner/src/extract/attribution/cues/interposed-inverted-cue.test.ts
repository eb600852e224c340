import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../../test/support/quote-speakers.ts";

// `The paradox of Vint, says Karl Moe, a historian, is that he was “…”`: an inverted cue set off
// by commas inside its sentence; the name after the verb speaks, not the name before it.

describe("an inverted cue set off by commas inside its sentence", () => {
  it("credits the name after the verb", () => {
    const x = extractParagraphs(
      "Ivo Vint spoke at the harbour on Monday.",
      "The paradox of Vint, says Karl Moe, historian at the Harbour Library, is that he was “one of the most powerful chiefs in the era.”",
    );
    expect(speakerOf(x, "most powerful chiefs")).toBe("Karl Moe");
  });

  it("takes no description after the verb for a name", () => {
    const x = extractParagraphs(
      "Ivo Vint spoke at the harbour on Monday.",
      "The paradox of the port, says the historian, is that it was “one of the busiest in the era.”",
    );
    expect(speakerOf(x, "busiest in the era")).not.toBe("Ivo Vint");
  });
});
