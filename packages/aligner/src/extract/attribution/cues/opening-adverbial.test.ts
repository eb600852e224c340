import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { isOpeningAdverbial } from "./opening-adverbial.ts";

describe("isOpeningAdverbial", () => {
  it("takes time and place adverbials that open a sentence before its subject", () => {
    for (const opening of [
      "On Monday",
      "Hours later",
      "Back in 1999",
      "Here in Lakeside",
      "Just last week",
      "Soon after the vote",
      "Late Tuesday",
      "In one memo, however",
    ])
      expect(isOpeningAdverbial(opening), opening).toBe(true);
  });

  it("reads past a sentence adverb after the adverbial: In one memo, however, Roe wrote …", () => {
    const x = extract(
      "Ada Lund met the board on Monday.",
      "In one memo, however, Ada Lund wrote that the request was “worth a second look.”",
    );
    expect(speakerOf(x, "worth a second look")).toBe("Ada Lund");
  });

  it("takes a sequencing adverb before the subject: First, Roe attacked … as “…”", () => {
    for (const opening of ["First", "Second", "Next", "Finally", "Indeed", "Elsewhere"])
      expect(isOpeningAdverbial(opening), opening).toBe(true);
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "First, Ada Lund attacked Ivo Vint for being a “failed harbour master.”",
    );
    expect(speakerOf(x, "failed harbour master")).toBe("Ada Lund");
  });

  it("refuses a clause of its own, a subordinate clause and a list", () => {
    for (const opening of [
      "When Roe spoke",
      "Roe announced her run for the harbour board last week",
      "Pell",
      "Roe, Pell",
    ])
      expect(isOpeningAdverbial(opening), opening).toBe(false);
  });
});

describe("a speaker after an opening adverbial", () => {
  it("gives a participle clause the subject after the adverbial, not the object", () => {
    const x = extract(
      "The harbour board met on Monday.",
      "Hours later, Tomas Weller returned the favour to Ada Lund, telling the Harbour Gazette, " +
        "“Ada and I go back a long way.”",
    );
    expect(speakerOf(x, "go back a long way")).toBe("Tomas Weller");
  });

  it("reads a name through an appositive chain after a time adverbial", () => {
    const x = extract(
      "The port plan is in trouble.",
      "Just last week, Maria Okafor, editor of the Lakeside Review, a weekly paper, wrote, " +
        "“When we think of the port, we should think of jobs.”",
    );
    expect(speakerOf(x, "think of jobs")).toBe("Maria Okafor");
  });
});
