import { loadCorpus } from "@parallax/corpus";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanSentenceEnds, tokenizeText } from "./wink-document.ts";

const fragments = [
  "Kim said.",
  " ",
  "\n",
  "the U.S.",
  " U.S.-Korea",
  "Oct. 24",
  "$3.5 billion",
  '"We agree."',
  "“Yes?”",
  "(see below).",
  "Really!",
  "Wait...",
  "No. 2",
  "’",
  "it",
  "A.",
];

describe("tokenizeText", () => {
  it("proposes an end after sentence punctuation and its closing quote, not inside numbers", () => {
    const text = 'He left. "Will we?" she asked. It cost $3.5 billion in the U.S. today.';
    const ends = tokenizeText(text).sentenceEnds.map((end) => text.slice(0, end));
    expect(ends).toEqual([
      "He left.",
      'He left. "Will we?"',
      'He left. "Will we?" she asked.',
      'He left. "Will we?" she asked. It cost $3.5 billion in the U.S.',
      text,
    ]);
  });

  it("leaves ellipses to the sentence splitter", () => {
    expect(tokenizeText("Kim said... He added more.").sentenceEnds).toEqual([26]);
  });

  it("finds the same ends from wink's tokens as from the characters", () => {
    for (const file of loadCorpus().files) {
      expect(tokenizeText(file.text)).toEqual(scanSentenceEnds(file.text));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(tokenizeText(text)).toEqual(scanSentenceEnds(text));
      }),
      { numRuns: 300 },
    );
  });
});
