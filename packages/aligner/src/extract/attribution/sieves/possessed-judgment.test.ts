import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quoted phrase a possessor's judging noun takes as its object is the possessor's", () => {
  it("reads the name before a judging noun and its preposition", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "But Lund’s broadside against “printing money” leaves room to be read as an attack on the port.",
      "It was Mr. Vint's lyrical rejection of “a politics of fear” years ago that made his name.",
    );
    expect(speakerOf(x, "printing money")).toBe("Ada Lund");
    expect(speakerOf(x, "a politics of fear")).toBe("Ivo Vint");
  });

  it("abstains on a title, a noun of no judging, or no name", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Lund’s attack on “Harbour Nights” drew a crowd.",
      "Vint's home near “the old locks” is for sale.",
      "The mayor's criticism of “cheap berths” went unanswered.",
    );
    expect(speakerOf(x, "Harbour Nights")).toBeNull();
    expect(speakerOf(x, "the old locks")).toBeNull();
    expect(speakerOf(x, "cheap berths")).toBeNull();
  });
});
