import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// An inverted cue's phrase ends with its sentence: a short last word ("Ivo.", "Vint.") reads like
// an abbreviation, and the phrase used to run on into the next sentence's person.
describe("an inverted trailing cue whose phrase ends its sentence", () => {
  it("“…,” wrote a man calling himself Ivo. Another user, Ned Lund, … — never Lund", () => {
    const x = extract(
      "“We will never sell,” wrote a man calling himself Ivo. Another user, Ned Lund, wrote that the port was lost.",
    );
    expect(speakerOf(x, "We will never sell")).not.toBe("Ned Lund");
  });

  it("“…,” wrote a user named Ivo Vint. Another user, Ned Lund, … — Vint", () => {
    const x = extract(
      "“We will never sell,” wrote a user named Ivo Vint. Another user, Ned Lund, wrote that the port was lost.",
    );
    expect(speakerOf(x, "We will never sell")).toBe("Ivo Vint");
  });

  it("still reads a title abbreviation inside the phrase", () => {
    const x = extract("“We will wait,” said Sen. Ada Roe. Ned Lund spoke next.");
    expect(speakerOf(x, "We will wait")).toBe("Ada Roe");
  });
});
