import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

const OPENING = "Ada Lund opened the new quay in Orvale on Monday.";

describe("a description whose name stands only in its describing clause names someone unnamed", () => {
  it("“said a person close to Ada Lund” is never Lund", () => {
    const x = extract(OPENING, "“We lost the vote,” said a person close to Ada Lund.");
    expect(speakerOf(x, "We lost the vote")).toBe("a person close to Ada Lund");
  });

  it("“said a senior Harbour Trust member who backs Lund” is never Lund", () => {
    const x = extract(
      OPENING,
      "“The harbour is finished,” said a senior Harbour Trust member who backs Lund.",
    );
    expect(speakerOf(x, "The harbour is finished")).toBe(
      "a senior Harbour Trust member who backs Lund",
    );
  });

  it("reads the subject before the verb the same way, and keeps a name heading the phrase", () => {
    const x = extract(
      OPENING,
      "“The ferry will sink,” a person close to Lund said.",
      "“The pier will hold,” said Ivo Vint, who backs Lund.",
    );
    expect(speakerOf(x, "The ferry will sink")).toBe("a person close to Lund");
    expect(speakerOf(x, "The pier will hold")).toBe("Ivo Vint");
  });
});
