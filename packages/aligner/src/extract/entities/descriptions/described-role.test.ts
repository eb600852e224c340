import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a description by the person's role in the story", () => {
  it("takes up the person the sentence before opens with", () => {
    const x = extract(
      "Ivo Vint told the Harbour Ledger in a statement, “I do not want their support.”",
      "The candidate added, “If they do not back me, they will lose.”",
    );
    expect(speakerOf(x, "they will lose")).toBe("Ivo Vint");
  });

  it("stays someone unnamed between two people so described", () => {
    const x = extract(
      "Republican candidate Ivo Vint and Democratic candidate Ada Lund met on Monday.",
      "“We disagree on everything,” the candidate said.",
    );
    expect(speakerOf(x, "disagree on everything")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "disagree on everything")).not.toBe("Ada Lund");
  });
});
