import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a name inside a hyphenated word is no antecedent of a he/she", () => {
  it("The district’s anti-Vint lean …. “…,” he said → Brill, named before, not Vint", () => {
    const x = extract(
      "Ivo Vint is running for the seat.",
      "Ned Brill chairs the district party. The district’s anti-Vint lean is old news to him.",
      "“I’m sure we will have some delegates out there,” he said.",
    );
    expect(speakerOf(x, "I’m sure")).toBe("Ned Brill");
  });

  it("the same sentence naming the person outright still gives him", () => {
    const x = extract(
      "Ivo Vint is running for the seat.",
      "Ned Brill chairs the district party. Vint knows of the district’s lean.",
      "“I’m sure we will have some delegates out there,” he said.",
    );
    expect(speakerOf(x, "I’m sure")).toBe("Ivo Vint");
  });
});
