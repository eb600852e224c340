import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a message from its sender: “…,” read a statement from X", () => {
  it("gives the quotation to the sender a message that reads it names", () => {
    const x = extract(
      "Ada Lund and the Harbour Council answered the union on Monday.",
      "“We will not yield,” read a statement from Ada Lund.",
      "“The docks stay open,” the letter from the Harbour Council read.",
      "A brief memo from Ada Lund read: “Every crew keeps its shift.”",
    );
    expect(speakerOf(x, "We will not yield")).toBe("Ada Lund");
    expect(speakerOf(x, "The docks stay open")).toBe("Harbour Council");
    expect(speakerOf(x, "Every crew keeps")).toBe("Ada Lund");
  });

  it("names no one when the sender is not the name ending the phrase, or the thing is no message", () => {
    const x = extract(
      "Ada Lund and Ivo Vint answered the union on Monday.",
      "“We will not yield,” read a statement from Ada Lund’s office.",
      "The sign from Ivo Vint read: “Closed for the winter.”",
      "“No more shifts,” read a letter from Ada Lund and Ivo Vint.",
    );
    expect(speakerOf(x, "We will not yield")).toBeNull();
    expect(speakerOf(x, "Closed for the winter")).toBeNull();
    expect(speakerOf(x, "No more shifts")).toBeNull();
  });
});

describe("a possessed message and what it answers", () => {
  it("reads `Lund’s response to the ruling:` and `,” Lund’s statement read.`", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met the board on Monday.",
      "Ada Lund’s response to the ruling: “We will not yield to the board.”",
      "“The docks stay open,” Ivo Vint’s brief statement read.",
    );
    expect(speakerOf(x, "We will not yield")).toBe("Ada Lund");
    expect(speakerOf(x, "docks stay open")).toBe("Ivo Vint");
  });
});
