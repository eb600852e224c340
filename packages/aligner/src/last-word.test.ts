import { describe, expect, it } from "vitest";
import { lastWordBefore } from "./last-word.ts";

// What the backward read replaces: the leftmost match of a word and trailing space at the end.
const byRegex = (text: string, end: number) => /([\p{L}'’]+)\s*$/u.exec(text.slice(0, end))?.[1];
const hyphenedByRegex = (text: string, end: number) =>
  /([\p{L}'’-]+)\s*$/u.exec(text.slice(0, end))?.[1];

describe("lastWordBefore", () => {
  it("reads the word before the end, trailing space aside", () => {
    expect(lastWordBefore("Ada Lund has not ", 17)).toBe("not");
    expect(lastWordBefore("Ivo Vint wasn’t", 15)).toBe("wasn’t");
    expect(lastWordBefore("the Harbour Trust said", 11)).toBe("Harbour");
    expect(lastWordBefore("Orvale, ", 8)).toBeUndefined();
    expect(lastWordBefore("", 0)).toBeUndefined();
    expect(lastWordBefore("the well-known ", 15)).toBe("known");
    expect(lastWordBefore("the well-known ", 15, true)).toBe("well-known");
  });

  it("gives what the regular expression gives, on any mix of letters, marks and spaces", () => {
    const pieces = [
      "a",
      "Z",
      "'",
      "’",
      " ",
      "\u00a0",
      "\n",
      ",",
      "7",
      "é",
      "Ж",
      "\u3000",
      "-",
      "𝒜",
      "\u2009",
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 3000; n += 1) {
      let text = "";
      const length = Math.floor(next() * 9);
      for (let i = 0; i < length; i += 1) text += pieces[Math.floor(next() * pieces.length)];
      for (let end = 0; end <= text.length; end += 1) {
        expect(lastWordBefore(text, end)).toBe(byRegex(text, end));
        expect(lastWordBefore(text, end, true)).toBe(hyphenedByRegex(text, end));
      }
    }
  });
});
