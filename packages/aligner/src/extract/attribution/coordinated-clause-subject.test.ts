import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("a participle clause hung on a coordinated subject has no one speaker", () => {
  it("gives no speaker when the subject names a body and a person", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met.",
      "Harbour Radio and former ferry captain Ada Lund has backed a plain style in her lectures, telling the graduates of 2019, “Sweep the deck before you steer the ship.”",
    );
    expect(speakerOf(x, "Sweep the deck")).toBeNull();
  });

  it("gives no speaker when the subject names two people", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met.",
      "Lund and other harbour elders snubbed Vint on his tour, insisting that he is “no friend of the tides.”",
    );
    expect(speakerOf(x, "no friend of the tides")).toBeNull();
  });

  it("still credits a single subject", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met.",
      "Ivo Vint went after Ada Lund on Wednesday, calling it “disqualifying.”",
    );
    expect(speakerOf(x, "disqualifying")).toBe("Ivo Vint");
  });
});
