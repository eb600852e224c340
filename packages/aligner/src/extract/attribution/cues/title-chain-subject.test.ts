import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../../test/support/quote-speakers.ts";

// `Tomas Rand, president and CEO of the Harbour Guild stated, “…”`: a chain of titles joined by
// "and" with no closing comma before the verb; the name before it speaks, not the organisation.

describe("a name before a title chain that runs into the verb", () => {
  it("credits the name, not the last title's organisation", () => {
    const x = extractParagraphs(
      "Ivo Vint spoke at the harbour on Monday.",
      "Tomas Rand, president and CEO of Harbour Restaurant Association stated, “It is not a political problem.”",
      "Greta Moen, founder and chairman of the Harbour Guild said: “We stay.”",
    );
    expect(speakerOf(x, "not a political problem")).toBe("Tomas Rand");
    expect(speakerOf(x, "We stay")).toBe("Greta Moen");
  });

  it("leaves a list of people joined by 'and' to the subject reader", () => {
    const x = extractParagraphs(
      "Ivo Vint spoke at the harbour on Monday.",
      "Lund met the crew, the pilots and Olaf Berg said: “We go.”",
    );
    expect(speakerOf(x, "We go")).toBe("Olaf Berg");
  });
});
