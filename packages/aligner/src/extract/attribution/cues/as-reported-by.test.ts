import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// according-cues.ts reads a sentence-opening "As reported by X," as "According to X,";
// not-a-report.ts keeps its "reported" from making a cue with no speaker.
describe("a sentence opening 'As reported by X,'", () => {
  it("credits the rest of the sentence to X (was unknown)", () => {
    const x = extract(
      "Ivo Vint spoke on Monday.",
      "As reported by the Castlebay Ledger, the mayor was “deeply shaken” by the vote.",
      "As reported by Harbourwatch, former pilot Ada Lund found both plans “disqualifying.”",
    );
    expect(speakerOf(x, "deeply shaken")).toBe("Castlebay Ledger");
    expect(speakerOf(x, "disqualifying")).toBe("Harbourwatch");
  });

  it("leaves a reporting verb of the main clause its own subject, and a description unknown", () => {
    const x = extract(
      "Ivo Vint spoke on Monday.",
      "As reported by the Castlebay Ledger, Vint said the vote was “a farce.”",
      "As reported by several outlets, the levy will “double” next year.",
    );
    expect(speakerOf(x, "a farce")).toBe("Ivo Vint");
    expect(speakerOf(x, "double")).toBeNull();
  });
});
