import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("quote paragraph after a report: a paragraph of only a quotation after one speaker's report", () => {
  it("takes the speaker of the reported statement closing the paragraph before", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Lund said that for years the crews had been predicting the closure, but it would not come.",
      "“The docks are the heart of this town, and they will stay open as long as I sit here.”",
    );
    expect(speakerOf(x, "heart of this town")).toBe("Ada Lund");
  });

  it("takes the subject of a report with no clause of its own, after an opening phrase", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "If anything, Lund argued in her letter, the vote is a reason to keep the harbour open.",
      "“Nobody here wants the cranes to stand idle through the winter.”",
    );
    expect(speakerOf(x, "cranes to stand idle")).toBe("Ada Lund");
  });

  it("abstains on a speaker label, a heading, or a word outside the marks", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Lund said that the crews had been predicting the closure for years.",
      "“Vint: We never promised the crews anything at all.”",
      "Vint said that the board would meet again in the spring.",
      "“THE BOARD MEETS AGAIN”",
      "Lund said that the board wants out before the vote.",
      "“The crews will not wait for the spring,” a docker shouted.",
    );
    expect(speakerOf(x, "never promised the crews")).not.toBe("Ada Lund");
    expect(speakerOf(x, "BOARD MEETS")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "will not wait")).not.toBe("Ada Lund");
  });

  it("abstains after two speakers' verbs, a he/she guess, or a quotation naming the speaker", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "The plan had failed, Vint said, and Kara Moss told the crews that the yard would close.",
      "“Nobody listens to the docks any more, not even the mayor.”",
      "Also, Vint is no friend of the crews, he said.",
      "“He is a banker who never worked a day on the water!”",
      "Lund said that the board would vote again.",
      "“Lund will carry the day, as she always does.”",
    );
    expect(speakerOf(x, "Nobody listens")).not.toBe("Kara Moss");
    expect(speakerOf(x, "He is a banker")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "carry the day")).not.toBe("Ada Lund");
  });

  it("reads a clause before a colon inside the quotation as words, not a speaker label", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Tarquil Moss, a pilot, said that given the crop of captains on both sides:",
      "“There is only one: Vint. He pays his own way and owes nobody a favour.”",
    );
    expect(speakerOf(x, "There is only one")).toBe("Tarquil Moss");
  });

  it("abstains after a passive: the one asked does not ask the question after the colon", () => {
    const x = extract(
      "Ada Roe chairs the harbour council.",
      "Roe was asked about the levy:",
      "“Will you pay it?”",
      "Ivo Vint was later told by the board:",
      "“The pier closes on Friday.”",
    );
    expect(speakerOf(x, "Will you pay it")).toBeNull();
    expect(speakerOf(x, "The pier closes")).toBeNull();
  });

  it("keeps a passive that gives its subject the words: reported or quoted as saying", () => {
    const x = extract(
      "Ada Roe chairs the harbour council.",
      "Roe was reported as saying about the levy:",
      "“Nobody will pay it, and nobody should.”",
    );
    expect(speakerOf(x, "Nobody will pay it")).toBe("Ada Roe");
  });
});
