import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a possessive surname names the person the article calls only by a title and surname", () => {
  it("reads “Mr. Vint's” and “Vint's” as President Vint", () => {
    const x = extract(
      "President Vint said on Monday that the port would open.",
      "It was Mr. Vint's lyrical rejection of “a politics of fear” that won the crowd.",
      "Vint's attack on “cheap berths” drew cheers.",
    );
    expect(speakerOf(x, "a politics of fear")).toBe("President Vint");
    expect(speakerOf(x, "cheap berths")).toBe("President Vint");
  });

  it("abstains when two people or two honorifics share the surname, or on a place", () => {
    const x = extract(
      "President Vint said on Monday that the port would open. Mrs. Vint said nothing.",
      "It was Mr. Vint's lyrical rejection of “a politics of fear” that won the crowd.",
    );
    expect(speakerOf(x, "a politics of fear")).toBeNull();
    const y = extract(
      "Governor Lund said the port would open.",
      "Oregon's rejection of “cheap berths” was expected.",
    );
    expect(speakerOf(y, "cheap berths")).toBeNull();
  });
});
