import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// A name after "in", "on" or "at" inside the cue's subject says where the speakers are.
describe("a name placed in the cue's subject", () => {
  it("“Staff for the Harbour Committee on Norland said” — never Norland", () => {
    const x = extract(
      "Ada Lund spoke on Monday.",
      "Staff for the Harbour Committee on Norland said the port would close.",
    );
    expect(speakerOf(x, "the port would close")).toBeNull();
  });

  it("still reads the inverted “said Ivo Vint in Castlebay”", () => {
    const x = extract("“We wait,” said Ivo Vint in Castlebay.");
    expect(speakerOf(x, "We wait")).toBe("Ivo Vint");
  });
});
