import { loadCorpus } from "@parallax/corpus";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { isCloser, sentenceEnds } from "./sentence-ends.ts";

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
  "example.com.",
];

const wink = winkNLP(model, []);

/**
 * The ends wink-nlp's bare tokens propose: after a token ending in ".", "!" or "?" (not an
 * ellipsis), with single-character closing tokens written right after it, before whitespace or
 * the end. The reference `sentenceEnds` replaced; token offsets are recovered by walking the
 * values (wink's tokenisation is lossless).
 */
function winkTokenEnds(text: string): number[] {
  const values = wink.readDoc(text).tokens().out() as string[];
  const ends: number[] = [];
  let pos = 0;
  let pending = -1;
  for (const value of values) {
    let at = pos;
    while (text.charCodeAt(at) === 32) at += 1;
    expect(text.startsWith(value, at), `token "${value}" at ${at}`).toBe(true);
    pos = at + value.length;
    if (pending === at && value.length === 1 && isCloser(value.charCodeAt(0))) {
      pending = pos;
      continue;
    }
    if (pending >= 0 && /\s/.test(text[pending] ?? "")) ends.push(pending);
    pending = -1;
    const last = value.charCodeAt(value.length - 1);
    const dot = last === 46 && value.charCodeAt(value.length - 2) !== 46;
    if (last === 33 || last === 63 || dot) pending = pos;
  }
  if (pending >= 0) ends.push(pending);
  return ends;
}

describe("sentenceEnds", () => {
  it("proposes an end after sentence punctuation and its closing quote, not inside numbers", () => {
    const text = 'He left. "Will we?" she asked. It cost $3.5 billion in the U.S. today.';
    expect(sentenceEnds(text).map((end) => text.slice(0, end))).toEqual([
      "He left.",
      'He left. "Will we?"',
      'He left. "Will we?" she asked.',
      'He left. "Will we?" she asked. It cost $3.5 billion in the U.S.',
      text,
    ]);
  });

  it("leaves ellipses to the sentence splitter", () => {
    expect(sentenceEnds("Kim said... He added more.")).toEqual([26]);
  });

  it("finds exactly the ends wink-nlp's tokens propose, on the corpus and on generated text", () => {
    for (const file of loadCorpus().files) {
      expect(sentenceEnds(file.text)).toEqual(winkTokenEnds(file.text));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(sentenceEnds(text)).toEqual(winkTokenEnds(text));
      }),
      { numRuns: 300 },
    );
  });
});
