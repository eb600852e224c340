import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../../test/support/quote-speakers.ts";

// `Vint, visibly delighted, chided Lund for “…”`: a short aside between the subject and its verb
// is read past, so the subject speaks (subject-aside.ts).

describe("an aside between the sentence's subject and its verb", () => {
  it("reads past an adverb and a participle", () => {
    const x = extractParagraphs(
      "The harbour board met on Monday.",
      "Ivo Vint, visibly delighted, chided Ada Lund for “dragging her feet.”",
    );
    expect(speakerOf(x, "dragging her feet")).toBe("Ivo Vint");
  });

  it("reads past an appositive before a colon cue", () => {
    const x = extractParagraphs(
      "The harbour board met on Monday.",
      "Harbour Watch, a pro-Lund group, emailed a link to the video with one sentence: “We will win.”",
    );
    expect(speakerOf(x, "We will win")).toBe("Harbour Watch");
  });

  it("leaves an aside that holds a reporting verb of its own", () => {
    const x = extractParagraphs(
      "The harbour board met on Monday.",
      "Ivo Vint, the paper said, chided Ada Lund for “dragging her feet.”",
    );
    expect(speakerOf(x, "dragging her feet")).not.toBe("Ivo Vint");
  });

  it("does not give a passive subject the quotation", () => {
    const x = extractParagraphs(
      "The harbour board met on Monday.",
      "Ivo Vint, visibly tired, was asked by Ada Lund about “the pier.”",
    );
    expect(speakerOf(x, "the pier")).not.toBe("Ivo Vint");
  });
});
