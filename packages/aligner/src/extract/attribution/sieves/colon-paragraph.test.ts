import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a paragraph ending on a colon presents the quotation paragraph after it", () => {
  it("the known person or organisation opening the colon sentence speaks", () => {
    const x = extract(
      "Ada Roe chairs the harbour council, and Ivo Vint leads the dockers.",
      "Ada Roe was blunt when asked about the harbour levy:",
      "“We will not pay it.”",
      "On Tuesday, Vint struck a different tone in his weekly bulletin:",
      "“The levy is fair and it will stay.”",
    );
    expect(speakerOf(x, "We will not pay it")).toBe("Ada Roe");
    expect(speakerOf(x, "The levy is fair")).toBe("Ivo Vint");
  });

  it("abstains when the colon sentence names someone else, a verb brings another speaker or the name is in a subordinate clause", () => {
    const x = extract(
      "Ada Roe and Ivo Vint met on Monday.",
      "Roe then read out the letter Vint had sent:",
      "“We will not pay it.”",
      "Roe kept a note from a docker who wrote about the levy in May:",
      "“Nobody pays the levy.”",
      "When Roe walked into the hall after the vote:",
      "“Sit down, all of you.”",
      "The old charter is clear on the point:",
      "“The port belongs to the town.”",
    );
    expect(speakerOf(x, "We will not pay it")).toBeNull();
    expect(speakerOf(x, "Nobody pays the levy")).toBeNull();
    expect(speakerOf(x, "Sit down")).toBeNull();
    expect(speakerOf(x, "The port belongs")).toBeNull();
  });

  it("needs the colon to end the paragraph before the one the quotation opens", () => {
    const x = extract(
      "Ada Roe chairs the harbour council.",
      "Ada Roe was blunt when asked about the harbour levy.",
      "Then the crowd shouted back: “Pay it!”",
    );
    expect(speakerOf(x, "Pay it")).toBeNull();
  });
});
