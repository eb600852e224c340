import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

// A quotation ending in "?" or "!" ends its sentence; the cue after it opens the next one.
describe("a cue in the sentence after a quotation that ends its own", () => {
  it("“Why wait?” Roe asked. — Roe's, not the previous quotation's speaker", () => {
    const x = extract(
      "Mayor Tomas Weller called the plan “a slow disaster” on Monday.",
      "“Why are you still backing it?” Ivo Lund asked the council members. “What does it say about you?”",
    );
    expect(speakerOf(x, "a slow disaster")).toBe("Tomas Weller");
    expect(speakerOf(x, "Why are you still backing it?")).toBe("Ivo Lund");
  });

  it("a cue in the next paragraph closes nothing: the quotation stays the earlier speaker's", () => {
    const x = extract(
      "“We will appeal,” said Tomas Weller, a lawyer. “Why not?”",
      "Ivo Lund said the vote was close.",
    );
    expect(speakerOf(x, "Why not?")).toBe("Tomas Weller");
  });
});
