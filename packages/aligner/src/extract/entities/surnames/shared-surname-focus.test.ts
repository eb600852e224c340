import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a bare surname two people share, after a sentence naming both", () => {
  it("abstains when neither of them is that sentence's subject", () => {
    const x = extract(
      "Ivo Vint, a former guard for President Tarquil Lund, has written a book in which he describes the temper of Ada Lund during her years at the palace.",
      "At one point in the book, Vint gives an account of Lund telling one guard to “Go home!”",
    );
    expect(speakerOf(x, "Go home")).toBeNull();
  });

  it("keeps the one who is that sentence's subject", () => {
    const x = extract(
      "Ivo Lund met Ada Lund and Olav Vint at the palace on Monday.",
      "Later Lund told one guard to “Go home!”",
    );
    expect(speakerOf(x, "Go home")).toBe("Ivo Lund");
  });
});
