import { describe, expect, it } from "vitest";
import { capitalisedWordBefore } from "./capitalised-word-before.ts";

const PATTERN = /\p{Lu}[\p{L}’'-]* $/u;
const PATTERN_OR_THE = /(?:\p{Lu}[\p{L}’'-]*|\bthe) $/u;
/** What the name readers asked before: the pattern on the 30 characters before `at`. */
const byPattern = (body: string, at: number, orThe: boolean) =>
  body.charCodeAt(at - 1) === 32 &&
  (orThe ? PATTERN_OR_THE : PATTERN).test(body.slice(Math.max(0, at - 30), at));

describe("capitalisedWordBefore", () => {
  it("finds a capitalised word, or 'the', right before a space", () => {
    const body = "Mayor Vell Orlo met the Orlo family and said Orlo";
    expect(capitalisedWordBefore(body, body.indexOf("Orlo"), false)).toBe(true);
    expect(capitalisedWordBefore(body, body.indexOf("Orlo family"), false)).toBe(false);
    expect(capitalisedWordBefore(body, body.indexOf("Orlo family"), true)).toBe(true);
    expect(capitalisedWordBefore(body, body.lastIndexOf("Orlo"), true)).toBe(false);
  });

  it("reads a hyphened or accented word, and 'the' only as a whole word", () => {
    const accented = "the Ébrel-anvik Orlo";
    expect(capitalisedWordBefore(accented, accented.indexOf("Orlo"), false)).toBe(true);
    expect(capitalisedWordBefore("lathe Orlo", 6, true)).toBe(false);
    expect(capitalisedWordBefore("Vell, Orlo", 6, true)).toBe(false);
  });

  it("answers as the pattern does at every offset of invented texts", () => {
    const pieces = [
      "Vell",
      "orlo",
      "the",
      "lathe",
      "É",
      "é",
      "’",
      "'",
      "-",
      ",",
      " ",
      "  ",
      "9",
      "_",
      "𝐀",
      "ŉ",
    ];
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    for (let n = 0; n < 400; n += 1) {
      let body = "";
      while (body.length < 50) body += pieces[Math.floor(next() * pieces.length)];
      for (let at = 0; at <= body.length; at += 1)
        for (const orThe of [false, true])
          expect([body, at, orThe, capitalisedWordBefore(body, at, orThe)]).toEqual([
            body,
            at,
            orThe,
            byPattern(body, at, orThe),
          ]);
    }
  });
});
