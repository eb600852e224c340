import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { titledNameStart } from "./titled-according-name.ts";

describe("a trailing “according to” reads the name after a lowercase title", () => {
  it("credits the titled person with the quotation in the clause", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      'The campaign is paying "dozens" of canvassers to go door to door, according to campaign manager Ivo Vint.',
    );
    expect(speakerOf(x, "dozens")).toBe("Ivo Vint");
  });

  it("finds the name after the title words", () => {
    const body = "election lawyer Ada Lund";
    expect(titledNameStart(body, 0, body.length)).toBe(body.indexOf("Ada"));
    const withArticle = "the harbour spokesperson Ivo Vint";
    expect(titledNameStart(withArticle, 0, withArticle.length)).toBe(withArticle.indexOf("Ivo"));
  });

  it("reads no name after words that are no title", () => {
    for (const phrase of [
      "figures her campaign released Friday",
      "calculations by Ada Lund",
      "a post from Ivo Vint",
    ])
      expect(titledNameStart(phrase, 0, phrase.length)).toBeNull();
  });

  it("leaves a quotation before a document's figures without a speaker", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      'The port earned "record" sums, according to figures her office released Friday.',
    );
    expect(speakerOf(x, "record")).toBeNull();
  });
});
