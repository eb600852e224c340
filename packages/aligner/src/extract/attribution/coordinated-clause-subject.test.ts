import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("a participle clause hung on a coordinated subject has no one speaker", () => {
  it("gives no speaker when the subject names a body and a person", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met.",
      "Harbour Radio and former network anchor Ada Lund has promoted a humble approach in speeches, telling the class of 2014, “If you are too big for a small job, you are too small for a big one.”",
    );
    expect(speakerOf(x, "too big for a small job")).toBeNull();
  });

  it("gives no speaker when the subject names two people", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met.",
      "Lund and other harbour leaders shunned Vint during his visit, claiming that he is “against the docks.”",
    );
    expect(speakerOf(x, "against the docks")).toBeNull();
  });

  it("still credits a single subject", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met.",
      "Ivo Vint went after Ada Lund on Wednesday, calling it “disqualifying.”",
    );
    expect(speakerOf(x, "disqualifying")).toBe("Ivo Vint");
  });
});
