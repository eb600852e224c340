import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("According to X: “…” — a colon before the quotation ends the name", () => {
  it("credits the person or outlet named before the colon", () => {
    const x = extract(
      "The Harbour Gazette covered the vote.",
      "According to the Harbour Gazette: “Senator Ada Lund has had a mixed record on the docks, but she backs the pier.”",
      "According to Ivo Vint: “The pier will open in May if the crews agree.”",
    );
    expect(speakerOf(x, "mixed record")).toBe("Harbour Gazette");
    expect(speakerOf(x, "open in May")).toBe("Ivo Vint");
  });
});
